// Going back in a live run. The engine's state cannot be copied (its kernel code is coroutines), but the
// engine is deterministic: a fresh engine over the same scenario (with every action recorded so far)
// replayed to a step boundary is the state the run had there. Unlike Playback, no look-ahead timeline is
// needed: the run's own log is the reference, so a GUI can go back without simulating the future first.
// Plain C++20.
#pragma once

#include <engine/engine.h>

#include <cstddef>
#include <memory>
#include <string>

namespace tl {

struct Rewound {
    std::unique_ptr<Engine> engine; // null when error is set
    std::size_t boundary = 0;       // engine->log().size()
    std::string error;              // why the past could not be reproduced
};

// Replays `scenario` to the smallest step boundary >= n. When n < limit <= reference.size() (going back
// must move back) and that boundary is not below `limit`, to the greatest step boundary below `limit`
// instead. A limit beyond the reference (e.g. SIZE_MAX) sets no such constraint. `reference` is the log of
// the run being rewound; its events [0, limit) must be reproduced exactly, otherwise (a change that rewrote
// the past, e.g. an IRQ source added at run time) the result is an error and nothing is lost.
Rewound rewind_to(const Scenario& scenario, const EngineOptions& options, const EventLog& reference,
                  std::size_t n, std::size_t limit);

// Replays `scenario` with run_until(t) (t <= 0: the fresh engine), i.e. exactly where going forward by
// time stops; the same check against `reference` as rewind_to().
Rewound rewind_to_time(const Scenario& scenario, const EngineOptions& options, const EventLog& reference,
                       Nanos t);

} // namespace tl
