// Benchmarks (never pass/fail on time): an IRQ storm through the engine, compared with a bare
// std::priority_queue event loop over the same number of events, and the trace checker's throughput.
//
// TASKLETLAB_BENCH_SMOKE=1 shrinks every workload to milliseconds and makes the program exit 1 if a run
// breaks an invariant: ctest runs it that way as a smoke test; timings then mean nothing.
#include <engine/engine.h>
#include <trace/invariant_checker.h>
#include <trace/trace_query.h>

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <queue>
#include <string>
#include <vector>

using namespace tl;

namespace {

bool smoke() {
    return std::getenv("TASKLETLAB_BENCH_SMOKE") != nullptr;
}

bool g_failed = false;

struct Summary {
    std::string name;
    std::size_t events = 0;
    double engine_s = 0;
    double pq_s = 0;
    double bytes_per_event = 0;
};
std::vector<Summary> g_summaries;

constexpr int kStormCpus = 8;

// 8 CPUs at HZ=1000, a CPU-bound task on each, and 8 device IRQ sources of 12,500 IRQs/s each (100,000/s
// in all; even ones periodic, odd ones Poisson) whose handlers schedule two tasklets each (hi on the
// periodic ones).
Scenario storm(const char* profile, Nanos duration) {
    Scenario s;
    s.title = "IRQ storm";
    s.profile = profile;
    s.cpus = kStormCpus;
    s.hz = 1000;
    s.seed = 42;
    s.duration = duration;
    for (int c = 0; c < kStormCpus; ++c) {
        s.tasks.push_back({"busy" + std::to_string(c), 1000 + c, c, 0, true});
        s.tasklets.push_back({"rx" + std::to_string(c), 2 * kNsPerUs, false, 0, {}});
        s.tasklets.push_back({"tx" + std::to_string(c), 1 * kNsPerUs, false, 0, {}});
        IrqSpec q;
        q.name = "eth" + std::to_string(c);
        q.irq = 30 + c;
        q.cpu = c;
        q.handler = 1 * kNsPerUs;
        q.schedule = {"rx" + std::to_string(c), "tx" + std::to_string(c)};
        q.hi = c % 2 == 0;
        if (c % 2 == 0)
            q.every = 80 * kNsPerUs; // 12,500/s
        else
            q.rate_hz = 12'500;
        s.irqs.push_back(q);
    }
    return s;
}

Nanos storm_duration() {
    return smoke() ? 10 * kNsPerMs : 10 * kNsPerSec;
}

// The minimal discrete-event loop: a binary heap of (time, seq) pending items, one pop and one push per
// event, with as many items pending as the storm has event sources. The engine's cost over this is what
// its kernel model adds per event.
double time_priority_queue(std::size_t events) {
    struct Item {
        std::int64_t time;
        std::uint64_t seq;
        bool operator>(const Item& o) const { return time != o.time ? time > o.time : seq > o.seq; }
    };
    std::priority_queue<Item, std::vector<Item>, std::greater<>> q;
    std::uint64_t x = 88172645463325252ull; // xorshift64: cheap deltas that the compiler cannot fold
    std::uint64_t seq = 0;
    for (int i = 0; i < 2 * kStormCpus; ++i)
        q.push({static_cast<std::int64_t>(i), seq++});
    const auto t0 = std::chrono::steady_clock::now();
    std::int64_t sink = 0;
    for (std::size_t i = 0; i < events; ++i) {
        const Item top = q.top();
        q.pop();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        sink += top.time;
        q.push({top.time + static_cast<std::int64_t>(x % 100'000), seq++});
    }
    benchmark::DoNotOptimize(sink);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

void BM_EngineStorm(benchmark::State& state, const char* profile) {
    const Scenario s = storm(profile, storm_duration());
    std::size_t events = 0;
    double bytes_per_event = 0;
    double engine_s = 0;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        Engine eng(s);
        eng.run();
        engine_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        events = eng.log().size();
        bytes_per_event = eng.log().bytes_per_event();
        state.PauseTiming();
        if (!eng.internal_errors().empty() || eng.panicked() || !eng.finished()) {
            g_failed = true;
            state.SkipWithError("engine self-check failed, panicked or did not finish");
        }
        if (smoke()) {
            const auto v = check_invariants(eng.log(), s.cpus);
            if (!v.empty()) {
                g_failed = true;
                std::fprintf(stderr, "%s\n", v.front().c_str());
                state.SkipWithError("invariant violated");
            }
        }
        state.ResumeTiming();
    }
    // Outside the timed loop: the benchmark's own time is the engine's alone.
    const double pq_s = time_priority_queue(events);
    state.counters["events"] = static_cast<double>(events);
    state.counters["events_per_s"] =
        benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
    state.counters["bytes_per_event"] = bytes_per_event;
    state.counters["engine_ns_per_event"] = events ? engine_s * 1e9 / static_cast<double>(events) : 0;
    state.counters["pq_ns_per_event"] = events ? pq_s * 1e9 / static_cast<double>(events) : 0;
    state.counters["engine_over_pq"] = pq_s > 0 ? engine_s / pq_s : 0;
    g_summaries.push_back({std::string("storm/") + profile, events, engine_s, pq_s, bytes_per_event});
}

// One simulated second of the storm, shared by the trace benchmarks.
const Engine& storm_log() {
    static const std::unique_ptr<Engine> eng = [] {
        auto e = std::make_unique<Engine>(storm("linux-6.1", smoke() ? 10 * kNsPerMs : kNsPerSec));
        e->run();
        return e;
    }();
    return *eng;
}

void BM_CheckInvariants(benchmark::State& state) {
    const Engine& eng = storm_log();
    std::size_t violations = 0;
    for (auto _ : state) {
        const auto v = check_invariants(eng.log(), eng.scenario().cpus);
        violations = v.size();
        benchmark::DoNotOptimize(v.data());
    }
    if (violations != 0) {
        g_failed = true;
        state.SkipWithError("the storm breaks invariants");
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * eng.log().size()));
    state.counters["events"] = static_cast<double>(eng.log().size());
}

void BM_Fingerprint(benchmark::State& state) {
    const Engine& eng = storm_log();
    for (auto _ : state)
        benchmark::DoNotOptimize(fingerprint(eng.log()));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * eng.log().size()));
}

void BM_TraceIndexAndRangeQueries(benchmark::State& state) {
    const Engine& eng = storm_log();
    const Nanos end = eng.end_time();
    for (auto _ : state) {
        const TraceIndex idx(eng.log(), eng.scenario().cpus);
        std::size_t n = 0;
        // 1,000 visible windows of 1/1000 of the run on every CPU, as a timeline would redraw them.
        for (int w = 0; w < 1000; ++w)
            for (int c = 0; c < idx.cpu_count(); ++c)
                n += idx.events_in_range(c, end / 1000 * w, end / 1000 * (w + 1)).size();
        benchmark::DoNotOptimize(n);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * eng.log().size()));
}

} // namespace

BENCHMARK_CAPTURE(BM_EngineStorm, linux_6_1, "linux-6.1")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_EngineStorm, linux_2_6_10, "linux-2.6.10")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_CheckInvariants)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Fingerprint)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TraceIndexAndRangeQueries)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    for (const auto& s : g_summaries) {
        std::printf("%s: %zu events, engine %.3f s (%.1f M events/s, %.1f bytes/event), bare priority_queue "
                    "%.3f s, engine/pq = %.1f\n",
                    s.name.c_str(), s.events, s.engine_s,
                    s.engine_s > 0 ? static_cast<double>(s.events) / s.engine_s / 1e6 : 0.0,
                    s.bytes_per_event, s.pq_s, s.pq_s > 0 ? s.engine_s / s.pq_s : 0.0);
    }
    return g_failed ? 1 : 0;
}
