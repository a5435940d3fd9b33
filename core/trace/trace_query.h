// Queries over the event stream: per-CPU time-range lookups, tasklet runs, counts, determinism fingerprint.
#pragma once

#include <engine/event_log.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace tl {

// Index of the event stream by CPU. The engine appends events in time order, so each CPU's list is
// time-ordered too and a time range is two binary searches (Tracy's draw lists, style.md). For a log
// that is still growing (the GUI during playback), update() indexes only what was appended.
class TraceIndex {
public:
    // cpus 0: as many CPUs as the log mentions (highest cpu + 1).
    explicit TraceIndex(const EventLog& log, int cpus = 0);

    void update(); // index events appended since the last call (or the constructor)
    std::size_t indexed() const { return indexed_; }
    int cpu_count() const { return static_cast<int>(per_cpu_.size()); }

    // Log indices of every event of `cpu`, in order. Empty for a CPU the log never mentions.
    std::span<const std::uint32_t> cpu_events(int cpu) const;
    // Log indices of the events of `cpu` with t0 <= time < t1.
    std::span<const std::uint32_t> events_in_range(int cpu, Nanos t0, Nanos t1) const;
    // Log index of the last event of `cpu` at or before t; -1 if none (for "state at time t" inspectors).
    std::int64_t last_event_at_or_before(int cpu, Nanos t) const;

private:
    const EventLog* log_;
    std::vector<std::vector<std::uint32_t>> per_cpu_;
    std::size_t indexed_ = 0;
};

// Whole-log (all CPUs) range [first, last) of the events with t0 <= time < t1.
std::pair<std::size_t, std::size_t> event_range(const EventLog& log, Nanos t0, Nanos t1);
// First log index whose time is >= t (log.size() if none).
std::size_t lower_bound_time(const EventLog& log, Nanos t);

// One execution of a tasklet callback (TaskletEntry .. TaskletExit).
struct TaskletRun {
    std::uint32_t name = 0; // interned tasklet name (log.str(name))
    int tasklet = 0;        // tasklet id (Event::arg)
    int cpu = 0;
    Nanos start = 0;
    Nanos end = -1;            // -1: the callback had not returned when the log ends
    std::uint64_t jiffies = 0; // absolute jiffies at entry (what jit.c would print)
    Context context = Context::SoftIrq;
    std::uint32_t task = 0; // `current` during the callback: log.task(task).pid / .comm
    int pid = 0;
    bool hi = false; // ran from the HI vector (tasklet_hi_vec)
    SoftirqPath path =
        SoftirqPath::IrqExit;    // how __do_softirq was entered (irq_exit, local_bh_enable, ksoftirqd)
    std::size_t entry_index = 0; // log index of the TaskletEntry event
};

// Every tasklet run, in order of entry.
std::vector<TaskletRun> tasklet_runs(const EventLog& log);

using EventCounts = std::array<std::uint64_t, static_cast<std::size_t>(EventType::Count)>;
EventCounts count_by_type(const EventLog& log);
inline std::uint64_t count_of(const EventCounts& c, EventType t) {
    return c[static_cast<std::size_t>(t)];
}

// Determinism fingerprint (OMNeT++'s cfingerprint idea): 64-bit FNV-1a over the simulated content of the
// stream: start_jiffies, then per event time, jiffies, arg, cpu, type, context, flags and the content of
// its name, detail and task (pid, comm), never string ids' storage or pointers. Equal logs give equal
// fingerprints in any process and build; wall-clock time never enters.
std::uint64_t fingerprint(const EventLog& log);
std::string fingerprint_hex(std::uint64_t fp); // 16 lowercase hex digits

} // namespace tl
