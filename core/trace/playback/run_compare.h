// One scenario under two or three profiles, side by side: the /proc reads line by line, each tasklet's
// runs, and summary statistics, with the differences marked. Plain C++20.
#pragma once

#include <engine/event.h>
#include <engine/scenario.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tl {

struct AlignedTextLine {
    int line = 0;                   // 0-based (line 0 of a jit read is the header)
    std::vector<std::string> text;  // one per run; "" where that run's text has fewer lines
    std::vector<bool> present;      // whether that run has the line at all
    bool differs = false;           // not identical in every run
};

struct ProcReadComparison {
    int read = 0; // the read's 1-based index (ProcRead::index)
    std::vector<AlignedTextLine> lines;
    std::vector<int> differing_lines() const;
};

struct TaskletRunInfo {
    Nanos time = 0;
    std::uint64_t jiffies = 0;
    int cpu = 0;
    std::string comm; // `current` during the callback
    int pid = 0;
    Context context = Context::SoftIrq;
};

struct AlignedRun {
    std::size_t index = 0;                           // k-th run of the tasklet
    std::vector<std::optional<TaskletRunInfo>> runs; // one per run; empty where it ran fewer times
    bool differs = false;                            // time, cpu or comm differ (or a run is missing)
};

struct TaskletRunComparison {
    std::string tasklet;
    std::vector<AlignedRun> runs;
};

struct ProfileRunStats {
    std::string profile;
    bool panicked = false;
    std::size_t events = 0;
    std::size_t tasklet_runs = 0;
    std::vector<std::pair<std::string, std::size_t>> runs_per_context; // comm -> runs, by first appearance
    // Per tasklet: time from the first tasklet_schedule that queued it to its first callback; -1: never ran.
    std::vector<std::pair<std::string, Nanos>> first_run_latency;
};

struct RunComparison {
    std::vector<std::string> labels; // one per run (the profile names)
    std::vector<ProcReadComparison> reads;
    std::vector<TaskletRunComparison> tasklets;
    std::vector<ProfileRunStats> stats;
    std::vector<std::string> errors; // a run that could not be made (invalid scenario for a profile)
};

// Runs `scenario` once per profile name (scenario.profile replaced; hz 0 keeps each profile's default)
// and compares. Two or three profiles are the intended use; any number >= 1 works.
RunComparison compare_runs(const Scenario& scenario, const std::vector<std::string>& profiles);
// The same over prepared scenarios (e.g. loaded with a --profile override so defaults are re-derived).
RunComparison compare_scenarios(const std::vector<Scenario>& scenarios);

// Plain-text rendering: reads side by side with '*' marking differing lines, then the runs and stats.
std::string format_comparison(const RunComparison& c);

} // namespace tl
