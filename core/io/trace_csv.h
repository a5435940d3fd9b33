// The trace CSV of interfaces.md: one row per event, ordered by time, CPU, occurrence.
#pragma once

#include "byte_sink.h"

#include <engine/event_log.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace tl {

inline constexpr std::string_view kTraceCsvHeader =
    "time_ns,cpu,jiffies,event,pid,comm,context,name,detail\n";

// Indices into `log` in row order: a stable sort by (time, cpu) of the occurrence order.
std::vector<std::uint32_t> trace_row_order(const EventLog& log);

// Header row, then one row per event (RFC 4180, UTF-8, "\n" line ends). `pid`/`comm` are the CPU's
// current task, `detail` is render_event_detail(). Throws what the sink throws.
void write_trace_csv(const EventLog& log, ByteSink& out);

// write_trace_csv into `path`, atomically; returns "" or the error line (see atomic_file.h).
[[nodiscard]] std::string save_trace_csv(const EventLog& log, const std::filesystem::path& path);

} // namespace tl
