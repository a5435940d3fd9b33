#!/usr/bin/env bash
# Installs what is missing, builds Release and starts the desktop app on the built-in default lesson.
# Extra arguments go to the app (e.g. a scenario file, --profile NAME). Without a display it runs
# under Xvfb.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup-deps.sh

cmake --preset release
cmake --build --preset release --target taskletlab

app=build/release/app/taskletlab
if [[ -z "${XDG_RUNTIME_DIR:-}" ]]; then
    # Qt wants a private runtime directory; root sessions without a login manager have none.
    export XDG_RUNTIME_DIR="$PWD/build/xdg-runtime"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 0700 "$XDG_RUNTIME_DIR"
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "run-app: no display, starting under Xvfb" >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
fi
exec "$app" "$@"
