// Chrome trace-event JSON (chrome://tracing, Perfetto, Speedscope) of a run: one track per CPU with
// complete slices for running tasks, hard IRQ handlers, __do_softirq, softirq vectors and tasklet
// callbacks (nested as they happened), and instant markers for schedule/raise/wakeup/kernel messages.
#pragma once

#include "byte_sink.h"

#include <engine/event_log.h>

#include <filesystem>
#include <string>

namespace tl {

struct ChromeTraceOptions {
    std::string title;   // shown as the process name ("TaskletLab: <title>")
    int cpus = 0;        // tracks to create at least; CPUs seen in the log are always added
    Nanos end_time = -1; // where slices still open at the end are closed; < 0: the last event's time
};

void write_chrome_trace(const EventLog& log, const ChromeTraceOptions& options, ByteSink& out);

[[nodiscard]] std::string save_chrome_trace(const EventLog& log, const ChromeTraceOptions& options,
                                            const std::filesystem::path& path);

} // namespace tl
