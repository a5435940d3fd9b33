// rewind_to: going back in a live run by replay reaches exactly the state the run had at that boundary.
#include "trace_test_support.h"

#include <engine/engine.h>
#include <trace/playback/playback.h>
#include <trace/playback/rewind.h>

#include <QtTest>

#include <map>
#include <vector>

using namespace tl;

namespace {

EngineOptions fine() {
    EngineOptions o;
    o.fine_steps = true;
    return o;
}

// A forward walk that records every step boundary and the state at each of a few of them.
struct Walk {
    std::unique_ptr<Engine> engine;
    std::vector<std::size_t> bounds; // ascending, with the constructor's boundary
    std::map<std::size_t, MachineState> states;
};

Walk walk(const Scenario& sc, std::size_t every) {
    Walk w;
    w.engine = std::make_unique<Engine>(sc, fine());
    w.bounds.push_back(w.engine->log().size());
    w.states[w.bounds.back()] = w.engine->snapshot();
    while (w.engine->step()) {
        const std::size_t n = w.engine->log().size();
        if (n == w.bounds.back()) continue;
        w.bounds.push_back(n);
        if (w.bounds.size() % every == 0) w.states[n] = w.engine->snapshot();
    }
    return w;
}

std::size_t smallestAtOrAfter(const std::vector<std::size_t>& b, std::size_t n) {
    for (std::size_t x : b)
        if (x >= n) return x;
    return b.back();
}

std::size_t greatestBelow(const std::vector<std::size_t>& b, std::size_t n) {
    std::size_t best = b.front();
    for (std::size_t x : b)
        if (x < n) best = x;
    return best;
}

} // namespace

class TstRewind : public QObject {
    Q_OBJECT

private slots:
    // Rewinding to recorded boundaries gives their recorded states (every profile, several scenarios).
    void rewoundStateIsTheRecordedState() {
        for (auto& [name, sc] : tltest::allScenarios(6 * kNsPerMs)) {
            const std::size_t steps = walk(sc, 1u << 30).bounds.size();
            const Walk w = walk(sc, std::max<std::size_t>(1, steps / 12));
            QVERIFY2(w.states.size() > 3, name.c_str());
            for (const auto& [n, state] : w.states) {
                const Rewound r = rewind_to(w.engine->scenario(), fine(), w.engine->log(), n, SIZE_MAX);
                QVERIFY2(r.error.empty(), (name + ": " + r.error).c_str());
                QCOMPARE(r.boundary, n);
                const std::string diff = state_difference(r.engine->snapshot(), state);
                QVERIFY2(diff.empty(), (name + " at " + std::to_string(n) + ": " + diff).c_str());
            }
        }
    }

    // A target inside a step lands on the step's end; "one event back" from a boundary lands on the
    // previous boundary (never stays put, never skips one).
    void boundariesAreChosenAsDocumented() {
        for (auto& [name, sc] : tltest::allScenarios(4 * kNsPerMs)) {
            const Walk w = walk(sc, 1000000);
            const EventLog& log = w.engine->log();
            for (std::size_t k = 1; k < w.bounds.size();
                 k += std::max<std::size_t>(1, w.bounds.size() / 12)) {
                const std::size_t L = w.bounds[k];
                const Rewound back = rewind_to(w.engine->scenario(), fine(), log, L - 1, L);
                QVERIFY2(back.error.empty(), back.error.c_str());
                QCOMPARE(back.boundary, greatestBelow(w.bounds, L));
                const std::size_t mid = (w.bounds[k - 1] + L + 1) / 2;
                const Rewound in = rewind_to(w.engine->scenario(), fine(), log, mid, SIZE_MAX);
                QVERIFY2(in.error.empty(), in.error.c_str());
                QCOMPARE(in.boundary, smallestAtOrAfter(w.bounds, mid));
            }
        }
    }

    // Forward again from a rewound engine continues the very same stream.
    void forwardAfterRewindIsTheSameRun() {
        for (auto& [name, sc] : tltest::allScenarios(4 * kNsPerMs)) {
            const Walk w = walk(sc, 1000000);
            const std::size_t total = w.engine->log().size();
            Rewound r = rewind_to(w.engine->scenario(), fine(), w.engine->log(), total / 3, SIZE_MAX);
            QVERIFY2(r.error.empty(), r.error.c_str());
            while (r.engine->step()) {
            }
            std::string why;
            QCOMPARE(r.engine->log().size(), total);
            QVERIFY2(same_events(r.engine->log(), w.engine->log(), total, &why), (name + ": " + why).c_str());
        }
    }

    // Back to a time: the state going forward to that time has (run_until), checked like rewind_to.
    void rewindToTimeIsForwardToTime() {
        for (auto& [name, sc] : tltest::allScenarios(4 * kNsPerMs)) {
            Engine live(sc, fine());
            live.run_until(sc.duration);
            for (const Nanos t : {Nanos{0}, sc.duration / 3, sc.duration / 2}) {
                Engine fwd(sc, fine());
                if (t > 0) fwd.run_until(t);
                const Rewound r = rewind_to_time(live.scenario(), fine(), live.log(), t);
                QVERIFY2(r.error.empty(), r.error.c_str());
                QCOMPARE(r.boundary, fwd.log().size());
                const std::string diff = state_difference(r.engine->snapshot(), fwd.snapshot());
                QVERIFY2(diff.empty(), (name + ": " + diff).c_str());
            }
        }
    }

    // A run whose past cannot be reproduced from its scenario is refused, not silently changed.
    void aRewrittenPastIsReported() {
        const Scenario sc = tltest::lessonLike("linux-6.1", 4 * kNsPerMs);
        Engine e(sc, fine());
        e.run_until(2 * kNsPerMs);
        Scenario other = e.scenario();
        IrqSpec extra;
        extra.name = "early";
        extra.irq = 9;
        extra.at = {100 * kNsPerUs};
        other.irqs.push_back(extra);
        const Rewound r = rewind_to(other, fine(), e.log(), e.log().size() / 2, e.log().size());
        QVERIFY(r.engine == nullptr);
        QVERIFY2(r.error.find("rewrote its past") != std::string::npos, r.error.c_str());
        const Rewound rt = rewind_to_time(other, fine(), e.log(), kNsPerMs);
        QVERIFY(rt.engine == nullptr);
        QVERIFY2(rt.error.find("rewrote its past") != std::string::npos, rt.error.c_str());
    }
};

QTEST_GUILESS_MAIN(TstRewind)
#include "tst_rewind.moc"
