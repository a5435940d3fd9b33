#include "rewind.h"

#include "playback.h"

#include <algorithm>
#include <stdexcept>

namespace tl {

namespace {

// A fresh engine run to the instant just before event n-1's: run_until() stops at a step boundary that
// holds exactly the events with time <= t, so at most n - 1 of them (the bulk, without per-step cost).
std::unique_ptr<Engine> bulk_before(const Scenario& scenario, const EngineOptions& options,
                                    const EventLog& reference, std::size_t n) {
    auto e = std::make_unique<Engine>(scenario, options);
    if (n > 0 && n <= reference.size()) {
        const Nanos t = reference[n - 1].time - 1;
        if (t >= 0 && e->log().size() < n) e->run_until(t);
    }
    return e;
}

} // namespace

Rewound rewind_to(const Scenario& scenario, const EngineOptions& options, const EventLog& reference,
                  std::size_t n, std::size_t limit) {
    Rewound r;
    limit = std::min(limit, reference.size());
    n = std::min(n, limit);
    try {
        std::unique_ptr<Engine> e = bulk_before(scenario, options, reference, n);
        std::size_t previous = e->log().size(); // the greatest boundary seen below n
        while (e->log().size() < n) {
            previous = e->log().size();
            if (!e->step()) break;
        }
        if (e->log().size() >= limit && limit > 0 && previous < limit) {
            // The events [n, limit) came out of one step with earlier ones: the boundary before is the
            // answer. A second replay, since an engine cannot be taken back one step.
            const std::size_t target = previous;
            e = bulk_before(scenario, options, reference, target);
            while (e->log().size() < target && e->step()) {
            }
        }
        const std::size_t got = e->log().size();
        std::string why;
        if (!same_events(e->log(), reference, std::min(got, limit), &why)) {
            r.error = "the replayed run differs from the recorded one (" + why +
                      "): a change made during the run rewrote its past";
            return r;
        }
        r.boundary = got;
        r.engine = std::move(e);
    } catch (const std::exception& ex) {
        r.error = ex.what();
    }
    return r;
}

} // namespace tl
