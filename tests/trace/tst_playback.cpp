// Playback: going back and forward reaches exactly the same state as going forward only.
#include "trace_test_support.h"

#include <engine/engine.h>
#include <trace/playback/playback.h>
#include <trace/trace_query.h>

#include <QtTest>

#include <algorithm>
#include <map>
#include <random>

using namespace tl;

class TstPlayback : public QObject {
    Q_OBJECT

    static void noDivergence(const Playback& p, const std::string& name) {
        if (!p.divergences().empty())
            QFAIL(qPrintable(QString::fromStdString(name + ": " + p.divergences().front())));
    }

private slots:
    // The timeline (fine-stepped) is the engine's ordinary stream.
    void timelineIsTheEngineStream() {
        for (auto& [name, sc] : tltest::allScenarios(10 * kNsPerMs)) {
            Playback p(sc);
            Engine plain(sc);
            plain.run();
            QVERIFY2(p.total_events() > 10, name.c_str());
            std::string why;
            QVERIFY2(plain.log().size() == p.total_events(), name.c_str());
            QVERIFY2(same_events(plain.log(), p.timeline(), p.total_events(), &why), (name + ": " + why).c_str());
        }
    }

    // Random positions visited in random order (forward moves, backward replays, seeks) give the state
    // and event prefix that a forward-only walk gives.
    void randomSeeksMatchForwardWalk() {
        std::mt19937_64 rng(12345);
        for (auto& [name, sc] : tltest::allScenarios(8 * kNsPerMs)) {
            Playback ref(sc);
            const std::size_t total = ref.total_events();
            std::vector<std::size_t> points;
            for (int i = 0; i < 25; ++i) points.push_back(std::uniform_int_distribution<std::size_t>(0, total)(rng));
            points.push_back(0);
            points.push_back(total);
            std::sort(points.begin(), points.end());
            points.erase(std::unique(points.begin(), points.end()), points.end());
            std::map<std::size_t, MachineState> expected;
            for (std::size_t n : points) { // forward only: never replays
                ref.seek(n);
                QCOMPARE(ref.position(), n);
                expected[n] = ref.snapshot();
            }
            QCOMPARE(ref.replays(), std::uint64_t{0});
            noDivergence(ref, name);

            Playback p(sc);
            std::vector<std::size_t> order = points;
            std::shuffle(order.begin(), order.end(), rng);
            for (std::size_t n : order) {
                p.seek(n);
                QCOMPARE(p.position(), n);
                const std::string d = state_difference(expected[n], p.snapshot());
                QVERIFY2(d.empty(), (name + " @" + std::to_string(n) + ": " + d).c_str());
                // The live engine's events are the timeline's prefix.
                std::string why;
                QVERIFY2(same_events(p.engine().log(), ref.timeline(), n, &why), (name + ": " + why).c_str());
                QCOMPARE(p.events().size(), n);
            }
            QVERIFY2(p.replays() > 0, name.c_str());
            noDivergence(p, name);
        }
    }

    // Back k events then forward k events: the same state and events as before, at every point.
    void backThenForwardIsIdentity() {
        std::mt19937_64 rng(99);
        for (auto& [name, sc] : tltest::allScenarios(6 * kNsPerMs)) {
            Playback p(sc);
            const std::size_t total = p.total_events();
            for (int i = 0; i < 12; ++i) {
                const std::size_t n = std::uniform_int_distribution<std::size_t>(1, total)(rng);
                const std::size_t k = std::uniform_int_distribution<std::size_t>(1, std::min<std::size_t>(n, 40))(rng);
                p.seek(n);
                const MachineState before = p.snapshot();
                const std::size_t L = p.state_events();
                for (std::size_t j = 0; j < k; ++j) QVERIFY(p.back());
                QCOMPARE(p.position(), n - k);
                QVERIFY(p.state_events() >= n - k);
                for (std::size_t j = 0; j < k; ++j) QVERIFY(p.forward());
                QCOMPARE(p.position(), n);
                QCOMPARE(p.state_events(), L);
                const std::string d = state_difference(before, p.snapshot());
                QVERIFY2(d.empty(), (name + ": " + d).c_str());
            }
            noDivergence(p, name);
        }
    }

    // seek(N) then forward k == seek(N + k), in a second Playback.
    void seekThenForwardEqualsSeek() {
        std::mt19937_64 rng(7);
        for (auto& [name, sc] : tltest::allScenarios(6 * kNsPerMs)) {
            Playback a(sc), b(sc);
            const std::size_t total = a.total_events();
            for (int i = 0; i < 10; ++i) {
                const std::size_t n = std::uniform_int_distribution<std::size_t>(0, total - 1)(rng);
                const std::size_t k = std::uniform_int_distribution<std::size_t>(1, std::min<std::size_t>(total - n, 30))(rng);
                a.seek(total); // from the far end: seek replays
                a.seek(n);
                for (std::size_t j = 0; j < k; ++j) QVERIFY(a.forward());
                b.seek(n + k);
                QCOMPARE(a.position(), b.position());
                QCOMPARE(a.state_events(), b.state_events());
                const std::string d = state_difference(a.snapshot(), b.snapshot());
                QVERIFY2(d.empty(), (name + ": " + d).c_str());
                QCOMPARE(a.engine().proc_reads().size(), b.engine().proc_reads().size());
            }
            noDivergence(a, name);
            noDivergence(b, name);
        }
    }

    // The snapshot is exact at step boundaries: its event count is the position there.
    void boundariesAreExact() {
        Playback p(tltest::lessonLike("linux-6.1", 5 * kNsPerMs));
        int exact = 0, inexact = 0;
        for (std::size_t n = 0; n < 400; ++n) {
            p.seek(n);
            QCOMPARE(p.state_events(), p.boundary_at_or_after(n));
            QCOMPARE(p.snapshot().events, static_cast<std::uint64_t>(p.state_events()));
            (p.exact() ? exact : inexact) += 1;
        }
        QVERIFY(exact > 200); // fine steps pause after most events
        QVERIFY(inexact > 0); // but an IRQ entry and its TimerTick come out of one step
    }

    void tickNavigation() {
        Playback p(tltest::lessonLike("ldd3-book", 5 * kNsPerMs));
        QVERIFY(p.forward_tick());
        QCOMPARE(p.event(p.position() - 1).type, EventType::TimerTick);
        const std::size_t first = p.position();
        QVERIFY(p.forward_tick());
        QCOMPARE(p.event(p.position() - 1).type, EventType::TimerTick);
        const std::size_t second = p.position();
        QVERIFY(second > first);
        for (std::size_t i = first; i < second - 1; ++i) QVERIFY(p.event(i).type != EventType::TimerTick);
        const MachineState at_second = p.snapshot();
        QVERIFY(p.back_tick());
        QCOMPARE(p.position(), first);
        QVERIFY(p.forward_tick());
        QCOMPARE(p.position(), second);
        QVERIFY(state_difference(at_second, p.snapshot()).empty());
        QVERIFY(p.back_tick());
        QVERIFY(p.back_tick());
        QCOMPARE(p.position(), std::size_t{0});
        QVERIFY(!p.back_tick());
        p.seek(p.total_events());
        QVERIFY(!p.forward_tick());
        QVERIFY(!p.forward());
    }

    void lessonSteps() {
        Playback p(tltest::loadShipped("ldd3-busy-cpu.json"));
        const auto& steps = p.scenario().steps;
        QCOMPARE(steps.size(), std::size_t{4});
        QCOMPARE(p.lesson_step(), -1);
        for (std::size_t k = 0; k < steps.size(); ++k) {
            QVERIFY(p.forward_step());
            QCOMPARE(p.lesson_step(), static_cast<int>(k));
            QCOMPARE(p.position(), p.step_position(k));
            // Before the step's instant: nothing at or after `at` has happened, the next event is at it.
            if (p.position() > 0) QVERIFY(p.event(p.position() - 1).time < steps[k].at);
            QVERIFY(p.event(p.position()).time >= steps[k].at);
        }
        QVERIFY(!p.forward_step());
        // Step 1 (1 ms): the next tick runs the tasklet in cc1 — forward_tasklet_run finds it.
        p.seek_step(1);
        QVERIFY(p.forward_tasklet_run());
        const MachineState s = p.snapshot();
        QCOMPARE(s.cpus[0].tasklet, std::string("jitasklet"));
        QCOMPARE(s.cpus[0].current_comm, std::string("cc1"));
        QVERIFY(p.back_step());
        QCOMPARE(p.lesson_step(), 1);
        QVERIFY(p.back_step());
        QCOMPARE(p.lesson_step(), 0);
        QVERIFY(p.back_step());
        QCOMPARE(p.position(), std::size_t{0});
        QCOMPARE(p.lesson_step(), -1);
        QVERIFY(p.divergences().empty());
    }

    void seekTime() {
        Playback p(tltest::lessonLike("linux-6.9", 5 * kNsPerMs));
        p.seek_time(2 * kNsPerMs);
        QVERIFY(p.position() > 0);
        QVERIFY(p.event(p.position() - 1).time <= 2 * kNsPerMs);
        QVERIFY(p.event(p.position()).time > 2 * kNsPerMs);
        p.seek_time(-1);
        QCOMPARE(p.position(), std::size_t{0});
        p.seek_time(kForever);
        QCOMPARE(p.position(), p.total_events());
    }

    // An action injected at a point becomes part of the scenario: going back before it and forward
    // again replays it, and the new timeline keeps the past.
    void injectIsReplayed() {
        Scenario sc = tltest::lessonLike("linux-6.1", 6 * kNsPerMs);
        Playback p(sc);
        p.seek_time(2500 * kNsPerUs);
        const std::size_t n = p.position();
        const std::uint64_t runs_before = p.snapshot().tasklets[0].runs;
        ActionSpec a;
        a.cpu = 0;
        a.op = Op::TaskletDisable;
        a.tasklet = "rx";
        QCOMPARE(p.inject(a), std::string());
        QCOMPARE(p.scenario().actions.size(), sc.actions.size() + 1);
        QCOMPARE(p.position(), n);
        QCOMPARE(p.snapshot().tasklets[0].runs, runs_before);
        p.seek(n + 200);
        const MachineState after = p.snapshot();
        QVERIFY(after.tasklets[0].count >= 1);
        p.seek(n / 2); // replay from the scenario including the action
        p.seek(n + 200);
        QVERIFY(state_difference(after, p.snapshot()).empty());
        // An impossible action is refused and changes nothing.
        ActionSpec bad = a;
        bad.pid = 4368; // cc1 runs on CPU0: fine; ask CPU1 to use it
        bad.cpu = 1;
        QVERIFY(!p.inject(bad).empty());
        QCOMPARE(p.scenario().actions.size(), sc.actions.size() + 1);
        QVERIFY2(p.divergences().empty(), p.divergences().empty() ? "" : p.divergences().front().c_str());
        // The injected scenario, run from scratch, gives the timeline.
        Engine e(p.scenario());
        e.run();
        QVERIFY(same_events(e.log(), p.timeline(), p.total_events()));
    }
};

QTEST_GUILESS_MAIN(TstPlayback)
#include "tst_playback.moc"
