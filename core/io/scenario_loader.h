// Loading and validating scenario files (interfaces.md, "Scenario file"; docs/scenario-format.md).
#pragma once

#include <engine/scenario.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace tl {

struct ScenarioError {
    std::string file; // display name of the scenario; empty for a command-line override
    int line = 0;     // 1-based; 0 when the problem has no place in the file
    int column = 0;
    std::string json_path; // "$.tasklets[0].work", or the option ("--duration"); empty for JSON syntax
    std::string message;   // what was expected and what was given

    // One line: `ldd3.json:12:17: $.tasklets[0].work: expected a time like "2us", got 5`
    std::string to_string() const;
};

// Values given on the command line (or by the GUI) that replace the file's. They are applied before
// validation, so the result is checked as a whole: a profile override changes the default HZ (and
// with it what "3j" means) and the default ksoftirqd pids.
struct ScenarioOverrides {
    std::optional<std::string> profile;
    std::optional<std::uint64_t> seed;
    std::optional<std::string> duration; // a time value, e.g. "50ms"
};

struct ScenarioLoadResult {
    Scenario scenario;                  // valid when ok()
    std::optional<ScenarioError> error; // the first problem found; nothing else is reported
    bool ok() const { return !error.has_value(); }
};

// Limits the loader enforces (documented in docs/scenario-format.md).
inline constexpr int kMaxCpus = 64;
inline constexpr Nanos kMaxDuration = 3600 * kNsPerSec;
inline constexpr double kMaxRateHz = 1'000'000;
inline constexpr Nanos kMinEvery = kNsPerUs;
inline constexpr int kMaxPid = 4'194'304;        // PID_MAX_LIMIT
inline constexpr std::size_t kMaxCommBytes = 15; // TASK_COMM_LEN - 1
inline constexpr std::size_t kMaxNameBytes = 64;

// `display_name` is what messages call the file.
ScenarioLoadResult load_scenario_text(std::string_view json, std::string_view display_name,
                                      const ScenarioOverrides& overrides = {});

// Reads the file (at most 64 MiB; directories and unreadable files are errors naming the reason) and
// loads it; messages name the file as `path` is spelled.
ScenarioLoadResult load_scenario_file(const std::filesystem::path& path,
                                      const ScenarioOverrides& overrides = {});

} // namespace tl
