// Writing a Scenario back as a scenario file (the GUI's File > Save Scenario As).
#pragma once

#include <engine/scenario.h>

#include <filesystem>
#include <string>

namespace tl {

// Canonical JSON that load_scenario_text() reads back to an equal Scenario: keys in the order of
// interfaces.md, one list entry per line, times in exact canonical form ("1.5ms"), keys that hold
// their default omitted except the ones every scenario shows (tasks' pid/cpu/nice/state, ...).
// Fields an action's op does not use are not written.
std::string write_scenario(const Scenario& s);

// write_scenario into `path`, atomically; returns "" or the error line (see atomic_file.h).
[[nodiscard]] std::string save_scenario(const Scenario& s, const std::filesystem::path& path);

} // namespace tl
