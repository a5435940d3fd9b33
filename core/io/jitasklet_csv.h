// The jitasklet CSV of interfaces.md: every data line of every /proc read, reader line included.
#pragma once

#include "byte_sink.h"

#include <engine/proc_read.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace tl {

inline constexpr std::string_view kJitaskletCsvHeader = "read,file,time,delta,inirq,pid,cpu,command\n";

// Header, then for each read (in the given order, which the engine keeps as order of completion) one
// row per JitLine; `read` is ProcRead::index, `file` the /proc file name, `time` jiffies.
void write_jitasklet_csv(const std::vector<ProcRead>& reads, ByteSink& out);

[[nodiscard]] std::string save_jitasklet_csv(const std::vector<ProcRead>& reads,
                                             const std::filesystem::path& path);

} // namespace tl
