// Property tests: thousands of seeded random scenarios per profile must end, keep every invariant, report
// no engine self-check failure, and replay bit-identically (also after a save and reload).
//
// Reproduce one failure: TASKLETLAB_PROPERTY_SEED=<seed> TASKLETLAB_PROPERTY_SCENARIOS=1 tst_property <test>
// (the failing scenario is also written as property-failure-<profile>-<seed>.json in the working dir).
#include "random_scenario.h"

#include <engine/engine.h>
#include <io/scenario_loader.h>
#include <io/scenario_writer.h>
#include <trace/invariant_checker.h>
#include <trace/trace_query.h>

#include <QtTest/QtTest>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace tl;

namespace {

std::uint64_t env_u64(const char* name, std::uint64_t fallback) {
    const char* v = std::getenv(name);
    if (v == nullptr || *v == '\0') return fallback;
    return std::strtoull(v, nullptr, 10);
}

// A run that never ends by itself (livelock at one instant, event explosion) hits this guard; the
// generator keeps legitimate runs far below it.
constexpr std::uint64_t kMaxEvents = 2'000'000;

struct Totals {
    std::uint64_t scenarios = 0;
    std::uint64_t events = 0;
    std::uint64_t panics = 0;
    std::uint64_t reads = 0;
    EventCounts counts{};
    double wall_s = 0;
};

std::string check_reads(const Engine& eng) {
    for (const ProcRead& r : eng.proc_reads()) {
        const std::string where = "read " + std::to_string(r.index) + " (" + proc_file_name(r.file) + "): ";
        if (r.text.rfind(kJitHeader, 0) != 0) return where + "output does not start with the jit header";
        if (r.lines.empty()) return where + "no data lines";
        // §8, oracle 19: inirq is 0 for the reader's line and 1 for every callback line.
        if (r.lines[0].inirq != 0) return where + "reader line has inirq != 0";
        if (r.lines[0].delta != 0) return where + "reader line has delta != 0";
        for (std::size_t k = 1; k < r.lines.size(); ++k) {
            const JitLine& l = r.lines[k];
            const JitLine& p = r.lines[k - 1];
            if (l.inirq != 1) return where + "line " + std::to_string(k) + " has inirq != 1";
            if (l.delta < 0) return where + "line " + std::to_string(k) + " has a negative delta";
            if (l.time != p.time + static_cast<std::uint64_t>(l.delta))
                return where + "line " + std::to_string(k) + ": time != previous time + delta";
            // The tasklet (or timer) is queued on the reader's CPU and nothing moves it (R-SCHED).
            if (l.cpu != r.cpu)
                return where + "line " + std::to_string(k) + " ran on another CPU than the reader";
        }
        if (r.completed < r.started) return where + "completed before it started";
    }
    return {};
}

// Runs one scenario and returns what went wrong ("" when every property holds).
std::string check_scenario(const Scenario& s, Totals& totals) {
    try {
        const auto t0 = std::chrono::steady_clock::now();
        Engine eng(s, EngineOptions{.fine_steps = false, .max_events = kMaxEvents});
        eng.run();
        totals.wall_s += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const EventLog& log = eng.log();
        ++totals.scenarios;
        totals.events += log.size();
        totals.reads += eng.proc_reads().size();
        if (eng.panicked()) ++totals.panics;
        const auto counts = count_by_type(log);
        for (std::size_t i = 0; i < counts.size(); ++i)
            totals.counts[i] += counts[i];

        if (!eng.finished()) return "run() returned but finished() is false";
        if (log.size() >= kMaxEvents)
            return "hit the " + std::to_string(kMaxEvents) +
                   "-event guard at t=" + std::to_string(eng.now()) + " ns (livelock or event explosion)";
        if (!eng.panicked() && eng.now() != eng.end_time())
            return "ended at " + std::to_string(eng.now()) + " ns, before the end " +
                   std::to_string(eng.end_time()) + " ns, without a panic";
        std::string why;
        for (const auto& e : eng.internal_errors())
            why += "\n  engine self-check: " + e;
        for (const auto& v : check_invariants(log, s.cpus))
            why += "\n  invariant: " + v;
        const auto reads = check_reads(eng);
        if (!reads.empty()) why += "\n  jit: " + reads;
        return why;
    } catch (const std::exception& e) {
        return std::string("exception: ") + e.what();
    }
}

struct RunFingerprint {
    std::uint64_t fp = 0;
    std::size_t events = 0;
    std::string reads;
};

RunFingerprint fingerprint_run(const Scenario& s, bool fine, std::uint64_t chunk_seed) {
    Engine eng(s, EngineOptions{.fine_steps = fine, .max_events = kMaxEvents});
    if (chunk_seed == 0) {
        eng.run();
    } else {
        // Advance in random slices, as playback does: the stream must not depend on where it pauses.
        prop::SplitMix64 rng(chunk_seed);
        while (!eng.finished())
            eng.run_until(eng.now() + rng.range(1, 700 * kNsPerUs));
    }
    RunFingerprint r{fingerprint(eng.log()), eng.log().size(), {}};
    for (const auto& p : eng.proc_reads())
        r.reads += p.text;
    return r;
}

} // namespace

class PropertyTest : public QObject {
    Q_OBJECT

private:
    void runProfile(const char* profile);

private slots:
    void ldd3Book() { runProfile("ldd3-book"); }
    void linux2610() { runProfile("linux-2.6.10"); }
    void linux61() { runProfile("linux-6.1"); }
    void linux69() { runProfile("linux-6.9"); }
    void sameScenarioSameFingerprint();
    void lessonsKeepInvariantsUnderEveryProfile();
};

void PropertyTest::runProfile(const char* profile) {
    const std::uint64_t first = env_u64("TASKLETLAB_PROPERTY_SEED", 1);
    const std::uint64_t count = env_u64("TASKLETLAB_PROPERTY_SCENARIOS", 1000);
    Totals totals;
    std::vector<std::string> failures;
    for (std::uint64_t seed = first; seed < first + count; ++seed) {
        const Scenario s = prop::random_scenario(profile, seed);
        const std::string why = check_scenario(s, totals);
        if (why.empty()) continue;
        const std::string file =
            std::string("property-failure-") + profile + "-" + std::to_string(seed) + ".json";
        std::ofstream(file) << write_scenario(s);
        failures.push_back("profile=" + std::string(profile) + " seed=" + std::to_string(seed) + " (" + file +
                           "): " + why);
        qWarning("FAILED %s", failures.back().c_str());
        if (failures.size() >= 10) break; // enough to diagnose; keep the log readable
    }
    qInfo("%s: %llu scenarios, %llu events, %llu panics, %llu tasklet runs, %llu reads, engine %.2f s "
          "(%.1f M events/s)",
          profile, static_cast<unsigned long long>(totals.scenarios),
          static_cast<unsigned long long>(totals.events), static_cast<unsigned long long>(totals.panics),
          static_cast<unsigned long long>(count_of(totals.counts, EventType::TaskletEntry)),
          static_cast<unsigned long long>(totals.reads), totals.wall_s,
          totals.wall_s > 0 ? static_cast<double>(totals.events) / totals.wall_s / 1e6 : 0.0);
    QVERIFY2(failures.empty(), (std::to_string(failures.size()) + " failing scenario(s); first: " +
                                (failures.empty() ? std::string() : failures.front()))
                                   .c_str());
    QCOMPARE(totals.scenarios, count);

    // The generator must actually reach the interesting paths, or the properties above prove little.
    if (count >= 200) {
        for (const EventType t :
             {EventType::TaskletEntry, EventType::TaskletRequeue, EventType::TaskletSchedule,
              EventType::TaskletHiSchedule, EventType::TaskletDisable, EventType::TaskletDisableNosync,
              EventType::TaskletEnable, EventType::TaskletKill, EventType::TaskletApiReturn,
              EventType::DoSoftirqEntry, EventType::SoftirqRaise, EventType::IrqHandlerEntry,
              EventType::SchedSwitch, EventType::SchedWakeup, EventType::SchedSleep,
              EventType::LocalBhDisable, EventType::LocalBhEnable, EventType::ProcRead,
              EventType::TimerTick}) {
            QVERIFY2(count_of(totals.counts, t) > 0,
                     (std::string("no scenario produced a ") + event_type_name(t) + " event").c_str());
        }
        QVERIFY2(totals.reads > 0, "no /proc read completed in any scenario");
    }
}

void PropertyTest::sameScenarioSameFingerprint() {
    const std::uint64_t count = env_u64("TASKLETLAB_PROPERTY_DETERMINISM", 25);
    std::uint64_t compared = 0;
    for (const auto& p : all_profiles()) {
        for (std::uint64_t seed = 1; seed <= count; ++seed) {
            const Scenario s = prop::random_scenario(p.name, seed * 7919);
            const auto a = fingerprint_run(s, false, 0);
            const auto b = fingerprint_run(s, false, 0);
            const auto fine = fingerprint_run(s, true, 0);
            const auto sliced = fingerprint_run(s, false, seed);
            const std::string id = std::string(p.name) + " seed=" + std::to_string(seed * 7919);
            QVERIFY2(a.events > 0, id.c_str());
            QVERIFY2(a.fp == b.fp, ("two runs differ: " + id).c_str());
            QVERIFY2(a.fp == fine.fp, ("fine_steps changes the stream: " + id).c_str());
            QVERIFY2(a.fp == sliced.fp, ("run_until slices change the stream: " + id).c_str());
            QVERIFY2(a.reads == b.reads && a.reads == fine.reads && a.reads == sliced.reads,
                     ("/proc output differs: " + id).c_str());
            // Saving the scenario and loading it back (the GUI's Save As, the CLI) replays the same run.
            const auto loaded = load_scenario_text(write_scenario(s), id);
            QVERIFY2(loaded.ok(),
                     (id + ": " + (loaded.ok() ? std::string() : loaded.error->to_string())).c_str());
            QVERIFY2(fingerprint_run(loaded.scenario, false, 0).fp == a.fp,
                     ("written and reloaded scenario runs differently: " + id).c_str());
            ++compared;
        }
    }
    QCOMPARE(compared, count * all_profiles().size());
}

void PropertyTest::lessonsKeepInvariantsUnderEveryProfile() {
    const char* src = std::getenv("TASKLETLAB_SOURCE_DIR");
    QVERIFY2(src != nullptr, "TASKLETLAB_SOURCE_DIR is not set");
    const std::filesystem::path dir = std::filesystem::path(src) / "resources" / "scenarios";
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    QVERIFY2(!files.empty(), ("no lessons in " + dir.string()).c_str());
    std::size_t runs = 0;
    for (const auto& file : files) {
        const auto own = load_scenario_file(file);
        QVERIFY2(own.ok(), own.ok() ? "" : own.error->to_string().c_str());
        for (const auto& p : all_profiles()) {
            ScenarioOverrides profile_only;
            profile_only.profile = std::string(p.name);
            const auto r = load_scenario_file(file, profile_only);
            // A lesson may use what only some kernels have (BH workqueues): the loader rejects the rest.
            if (!r.ok() && p.name != own.scenario.profile) continue;
            QVERIFY2(r.ok(), r.ok() ? "" : r.error->to_string().c_str());
            Totals totals;
            const std::string why = check_scenario(r.scenario, totals);
            QVERIFY2(why.empty(),
                     (file.filename().string() + " under " + std::string(p.name) + ": " + why).c_str());
            ++runs;
        }
    }
    QVERIFY(runs >= files.size());
}

QTEST_GUILESS_MAIN(PropertyTest)
#include "tst_property.moc"
