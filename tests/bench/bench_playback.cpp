// Playback latency: going back one event, one tick or one lesson step near the end of a 10-simulated-
// second run means replaying it (the engine cannot copy its coroutine state). Target: <= 200 ms.
//
//   cmake --build <build> --target bench_playback && <build>/tests/trace/bench_playback
//
// TASKLETLAB_BENCH_SMOKE=1 shrinks the run to 100 ms (timings then mean nothing).
#include <trace/playback/playback.h>
#include <trace/playback/rewind.h>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <string>

using namespace tl;

namespace {

Nanos duration() {
    return std::getenv("TASKLETLAB_BENCH_SMOKE") ? 100 * kNsPerMs : 10 * kNsPerSec;
}

// Lesson-like: 2 CPUs, HZ 1000, a busy task on each, periodic IRQs (every 500 us on CPU0, 1 ms on CPU1)
// scheduling two tasklets, one of them self-rescheduling twice, and a /proc/jitasklet read each second.
Scenario lesson_like(const char* profile) {
    Scenario s;
    s.title = "bench playback";
    s.profile = profile;
    s.cpus = 2;
    s.hz = 1000;
    s.seed = 3;
    s.duration = duration();
    s.tasks.push_back({"cc1", 4368, 0, 0, true});
    s.tasks.push_back({"make", 4400, 1, 0, true});
    s.tasklets.push_back({"rx", 3 * kNsPerUs, false, 2, {}});
    s.tasklets.push_back({"tx", 2 * kNsPerUs, false, 0, {}});
    for (int c = 0; c < 2; ++c) {
        IrqSpec q;
        q.name = "eth" + std::to_string(c);
        q.irq = 30 + c;
        q.cpu = c;
        q.handler = 1 * kNsPerUs;
        q.schedule = {"rx", "tx"};
        q.every = (c == 0 ? 500 : 1000) * kNsPerUs;
        s.irqs.push_back(q);
    }
    for (Nanos t = 300 * kNsPerUs; t < s.duration; t += kNsPerSec) {
        ActionSpec a;
        a.at = t;
        a.cpu = 1;
        a.op = Op::ReadProc;
        a.pid = 5000;
        s.actions.push_back(a);
    }
    for (Nanos t = kNsPerSec; t < s.duration; t += kNsPerSec)
        s.steps.push_back({t, "step", "", "", ""});
    return s;
}

const char* profile_of(int i) {
    static const char* p[] = {"ldd3-book", "linux-2.6.10", "linux-6.1", "linux-6.9"};
    return p[i];
}

void BM_Timeline(benchmark::State& state) {
    const Scenario sc = lesson_like(profile_of(static_cast<int>(state.range(0))));
    std::size_t events = 0;
    for (auto _ : state) {
        Playback p(sc);
        events = p.total_events();
        benchmark::DoNotOptimize(events);
    }
    state.counters["events"] = static_cast<double>(events);
    state.SetLabel(profile_of(static_cast<int>(state.range(0))));
}

// Going back one event from an exact position 100 events before the end (a replay of the whole run).
void BM_BackOneEvent(benchmark::State& state) {
    const Scenario sc = lesson_like(profile_of(static_cast<int>(state.range(0))));
    Playback p(sc);
    std::size_t n = p.total_events() - 100;
    while (p.boundary_at_or_after(n - 1) == p.boundary_at_or_after(n))
        --n; // back() must replay
    p.seek(n);
    for (auto _ : state) {
        p.back();
        state.PauseTiming();
        p.forward();
        state.ResumeTiming();
    }
    state.counters["events"] = static_cast<double>(n);
    state.counters["replays"] = static_cast<double>(p.replays());
    state.counters["divergences"] = static_cast<double>(p.divergences().size());
    state.SetLabel(profile_of(static_cast<int>(state.range(0))));
}

void BM_BackOneTick(benchmark::State& state) {
    const Scenario sc = lesson_like(profile_of(static_cast<int>(state.range(0))));
    Playback p(sc);
    p.seek(p.total_events() - 100);
    p.forward_tick();
    const std::size_t n = p.position();
    for (auto _ : state) {
        p.back_tick();
        state.PauseTiming();
        p.seek(n);
        state.ResumeTiming();
    }
    state.counters["events"] = static_cast<double>(n);
    state.counters["divergences"] = static_cast<double>(p.divergences().size());
    state.SetLabel(profile_of(static_cast<int>(state.range(0))));
}

void BM_BackOneLessonStep(benchmark::State& state) {
    const Scenario sc = lesson_like(profile_of(static_cast<int>(state.range(0))));
    Playback p(sc);
    p.seek(p.total_events());
    const std::size_t n = p.position();
    for (auto _ : state) {
        p.back_step();
        state.PauseTiming();
        p.seek(n);
        state.ResumeTiming();
    }
    state.counters["divergences"] = static_cast<double>(p.divergences().size());
    state.SetLabel(profile_of(static_cast<int>(state.range(0))));
}

// The desktop app's path (SimulationController::stepBackEvent): no look-ahead timeline, the live run's
// own log is the reference; rewind_to() replays to the step boundary before the current one. From the
// end of the 10 s run, so the whole run is replayed (once or twice: see rewind.h).
void BM_GuiStepBackEvent(benchmark::State& state) {
    const Scenario sc = lesson_like(profile_of(static_cast<int>(state.range(0))));
    EngineOptions o;
    o.fine_steps = true;
    Engine live(sc, o);
    live.run_until(sc.duration - 50 * kNsPerUs);
    while (live.step() && live.log()[live.log().size() - 1].type != EventType::TaskletEntry) {
    }
    const std::size_t size = live.log().size();
    std::size_t landed = 0;
    for (auto _ : state) {
        Rewound r = rewind_to(live.scenario(), o, live.log(), size - 1, size);
        landed = r.boundary;
        benchmark::DoNotOptimize(r.engine);
    }
    state.counters["events"] = static_cast<double>(size);
    state.counters["landed"] = static_cast<double>(landed);
    state.SetLabel(profile_of(static_cast<int>(state.range(0))));
}

// The desktop app's back by tick / lesson step / scrub: a fresh engine run to the target time.
void BM_GuiBackToTime(benchmark::State& state) {
    const Scenario sc = lesson_like(profile_of(static_cast<int>(state.range(0))));
    EngineOptions o;
    o.fine_steps = true;
    const Nanos t = sc.duration - kNsPerMs;
    for (auto _ : state) {
        Engine e(sc, o);
        e.run_until(t);
        benchmark::DoNotOptimize(e.log().size());
    }
    state.SetLabel(profile_of(static_cast<int>(state.range(0))));
}

} // namespace

BENCHMARK(BM_GuiStepBackEvent)->DenseRange(0, 3)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_GuiBackToTime)->DenseRange(0, 3)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_Timeline)->DenseRange(0, 3)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_BackOneEvent)->DenseRange(0, 3)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_BackOneTick)->DenseRange(0, 3)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_BackOneLessonStep)->DenseRange(0, 3)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK_MAIN();
