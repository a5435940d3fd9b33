#include "rewind.h"

#include "playback.h"

#include <algorithm>
#include <stdexcept>

namespace tl {

namespace {

// A fresh engine run to the instant just before event n-1's, with fewer than n events: run_until()
// stops at a step boundary after every step whose time is <= t (the bulk, without per-step cost). A step
// can emit events stamped later than its start (a softirq action's cost), so the bulk can overshoot n;
// then it aims earlier, further each time (rare: a few extra replays at most).
std::unique_ptr<Engine> bulk_before(const Scenario& scenario, const EngineOptions& options,
                                    const EventLog& reference, std::size_t n) {
    std::size_t aim = std::min(n, reference.size());
    std::size_t backoff = 16;
    for (;;) {
        auto e = std::make_unique<Engine>(scenario, options);
        if (aim == 0 || e->log().size() >= n) return e;
        const Nanos t = reference[aim - 1].time - 1;
        if (t < 0) return e;
        e->run_until(t);
        if (e->log().size() < n) return e;
        aim = aim > backoff ? aim - backoff : 0;
        backoff *= 2;
    }
}

// The replayed events must be the recorded ones (as far as both go), else the past was rewritten.
Rewound checked(std::unique_ptr<Engine> e, const EventLog& reference) {
    Rewound r;
    const std::size_t got = e->log().size();
    std::string why;
    if (!same_events(e->log(), reference, std::min(got, reference.size()), &why)) {
        r.error = "the replayed run differs from the recorded one (" + why +
                  "): a change made during the run rewrote its past";
        return r;
    }
    r.boundary = got;
    r.engine = std::move(e);
    return r;
}

} // namespace

Rewound rewind_to(const Scenario& scenario, const EngineOptions& options, const EventLog& reference,
                  std::size_t n, std::size_t limit) {
    n = std::min(n, reference.size());
    // Going back must move back: only when the target is below a limit within the recorded run.
    const bool back = limit <= reference.size() && n < limit;
    try {
        std::unique_ptr<Engine> e = bulk_before(scenario, options, reference, n);
        std::size_t previous = e->log().size(); // the greatest boundary seen below n
        while (e->log().size() < n) {
            previous = e->log().size();
            if (!e->step()) break;
        }
        if (back && e->log().size() >= limit && previous < limit) {
            // The events [n, limit) came out of one step with earlier ones: the boundary before is the
            // answer. A second replay, since an engine cannot be taken back one step.
            const std::size_t target = previous;
            e = bulk_before(scenario, options, reference, target);
            while (e->log().size() < target && e->step()) {
            }
        }
        return checked(std::move(e), reference);
    } catch (const std::exception& ex) {
        Rewound r;
        r.error = ex.what();
        return r;
    }
}

Rewound rewind_to_time(const Scenario& scenario, const EngineOptions& options, const EventLog& reference,
                       Nanos t) {
    try {
        auto e = std::make_unique<Engine>(scenario, options);
        if (t > 0) e->run_until(t);
        return checked(std::move(e), reference);
    } catch (const std::exception& ex) {
        Rewound r;
        r.error = ex.what();
        return r;
    }
}

} // namespace tl
