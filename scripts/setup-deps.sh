#!/usr/bin/env bash
# Installs the Debian 12 packages TaskletLab needs to build, test and run. Non-interactive, idempotent:
# it does nothing (and needs no network) when every package is already installed.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build g++ git
    clang-14 libclang-rt-14-dev                      # ASan/UBSan/libFuzzer runtimes, fuzz builds
    qt6-base-dev qt6-tools-dev qt6-l10n-tools        # Qt 6 Core/Gui/Widgets/Test, LinguistTools
    qt6-translations-l10n                            # Qt's own translations (standard dialogs)
    libqcustomplot-dev libxkbcommon-dev
    libbenchmark-dev                                 # tests/bench
    xvfb xauth fonts-dejavu-core imagemagick         # running the app without a display, screenshots
    fonts-wqy-microhei                               # CJK glyphs for the Simplified Chinese UI
)

missing=()
for p in "${PACKAGES[@]}"; do
    if [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" != "install ok installed" ]]; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "setup-deps: all ${#PACKAGES[@]} packages are installed"
    exit 0
fi

SUDO=()
if ((EUID != 0)); then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        echo "setup-deps: missing packages (${missing[*]}) and not root; run as root" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
APT=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=600)

# The package lists are needed only if some missing package has no install candidate yet
# (a fresh image ships without lists).
needs_update=0
for p in "${missing[@]}"; do
    candidate="$(apt-cache policy "$p" 2>/dev/null | sed -n 's/^ *Candidate: //p')"
    if [[ -z "$candidate" || "$candidate" == "(none)" ]]; then
        needs_update=1
        break
    fi
done

echo "setup-deps: installing ${missing[*]}"
if ((needs_update)); then
    "${APT[@]}" update
fi
if ! "${APT[@]}" install --no-install-recommends "${missing[@]}"; then
    # Stale lists (a package version gone from the mirror): refresh once and retry.
    "${APT[@]}" update
    "${APT[@]}" install --no-install-recommends "${missing[@]}"
fi
