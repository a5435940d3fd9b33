// Queries over the event stream: per-CPU index, time ranges, tasklet runs, counts and the fingerprint.
#include "trace_query.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace tl {

namespace {

// Events of one CPU are time-ordered: binary search over their indices by the event's time.
auto time_lower(const EventLog& log, std::span<const std::uint32_t> idx, Nanos t) {
    return std::partition_point(idx.begin(), idx.end(), [&](std::uint32_t i) { return log[i].time < t; });
}

auto time_upper(const EventLog& log, std::span<const std::uint32_t> idx, Nanos t) {
    return std::partition_point(idx.begin(), idx.end(), [&](std::uint32_t i) { return log[i].time <= t; });
}

} // namespace

TraceIndex::TraceIndex(const EventLog& log, int cpus)
    : log_(&log) {
    if (cpus > 0) per_cpu_.resize(static_cast<std::size_t>(cpus));
    update();
}

void TraceIndex::update() {
    const std::size_t n = log_->size();
    for (std::size_t i = indexed_; i < n; ++i) {
        const std::size_t cpu = (*log_)[i].cpu;
        if (cpu >= per_cpu_.size()) per_cpu_.resize(cpu + 1);
        per_cpu_[cpu].push_back(static_cast<std::uint32_t>(i));
    }
    indexed_ = n;
}

std::span<const std::uint32_t> TraceIndex::cpu_events(int cpu) const {
    if (cpu < 0 || static_cast<std::size_t>(cpu) >= per_cpu_.size()) return {};
    return per_cpu_[static_cast<std::size_t>(cpu)];
}

std::span<const std::uint32_t> TraceIndex::events_in_range(int cpu, Nanos t0, Nanos t1) const {
    const auto all = cpu_events(cpu);
    if (t1 <= t0) return {};
    const auto first = time_lower(*log_, all, t0);
    const auto last = time_lower(*log_, std::span<const std::uint32_t>(first, all.end()), t1);
    return {first, last};
}

std::int64_t TraceIndex::last_event_at_or_before(int cpu, Nanos t) const {
    const auto all = cpu_events(cpu);
    const auto it = time_upper(*log_, all, t);
    if (it == all.begin()) return -1;
    return static_cast<std::int64_t>(*(it - 1));
}

std::size_t lower_bound_time(const EventLog& log, Nanos t) {
    std::size_t lo = 0;
    std::size_t hi = log.size();
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (log[mid].time < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

std::pair<std::size_t, std::size_t> event_range(const EventLog& log, Nanos t0, Nanos t1) {
    if (t1 <= t0) {
        const auto at = lower_bound_time(log, t0);
        return {at, at};
    }
    return {lower_bound_time(log, t0), lower_bound_time(log, t1)};
}

std::vector<TaskletRun> tasklet_runs(const EventLog& log) {
    struct CpuTrack {
        SoftirqPath path = SoftirqPath::IrqExit;
        std::string_view vector;       // vector whose action is running, empty if none
        std::vector<std::size_t> open; // indices into `runs` of callbacks not yet returned
    };
    std::vector<CpuTrack> cpus;
    std::vector<TaskletRun> runs;
    for (std::size_t i = 0; i < log.size(); ++i) {
        const Event& e = log[i];
        if (e.cpu >= cpus.size()) cpus.resize(e.cpu + 1u);
        CpuTrack& c = cpus[e.cpu];
        switch (e.type) {
        case EventType::DoSoftirqEntry:
            c.path = static_cast<SoftirqPath>(e.arg);
            break;
        case EventType::SoftirqEntry:
            c.vector = log.str(e.name);
            break;
        case EventType::SoftirqExit:
            c.vector = {};
            break;
        case EventType::TaskletEntry: {
            TaskletRun r;
            r.name = e.name;
            r.tasklet = e.arg;
            r.cpu = e.cpu;
            r.start = e.time;
            r.jiffies = log.jiffies_of(e);
            r.context = e.context;
            r.task = e.task;
            r.pid = e.task < log.task_count() ? log.task(e.task).pid : -1;
            r.hi = c.vector == "HI" || (c.vector.empty() && (e.flags & kFlagHi) != 0);
            r.path = c.path;
            r.entry_index = i;
            c.open.push_back(runs.size());
            runs.push_back(r);
            break;
        }
        case EventType::TaskletExit:
            for (auto it = c.open.rbegin(); it != c.open.rend(); ++it) {
                if (runs[*it].tasklet == e.arg) {
                    runs[*it].end = e.time;
                    c.open.erase(std::next(it).base());
                    break;
                }
            }
            break;
        default:
            break;
        }
    }
    return runs;
}

EventCounts count_by_type(const EventLog& log) {
    EventCounts counts{};
    for (std::size_t i = 0; i < log.size(); ++i) {
        const auto t = static_cast<std::size_t>(log[i].type);
        if (t < counts.size()) ++counts[t];
    }
    return counts;
}

namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

struct Fnv {
    std::uint64_t h = kFnvOffset;
    void byte(std::uint8_t b) {
        h ^= b;
        h *= kFnvPrime;
    }
    // Little-endian byte order whatever the host: fingerprints compare across machines.
    void u64(std::uint64_t v) {
        for (int i = 0; i < 8; ++i)
            byte(static_cast<std::uint8_t>(v >> (8 * i)));
    }
    void u32(std::uint32_t v) {
        for (int i = 0; i < 4; ++i)
            byte(static_cast<std::uint8_t>(v >> (8 * i)));
    }
    void bytes(std::string_view s) {
        for (const char ch : s)
            byte(static_cast<std::uint8_t>(ch));
    }
};

std::uint64_t hash_string(std::string_view s) {
    Fnv f;
    f.bytes(s);
    f.u64(s.size());
    return f.h;
}

} // namespace

std::uint64_t fingerprint(const EventLog& log) {
    // Per-id caches: each distinct string and task is hashed once, by content.
    std::vector<std::uint64_t> str_hash;
    std::vector<bool> str_done;
    std::vector<std::uint64_t> task_hash(log.task_count());
    for (std::size_t t = 0; t < log.task_count(); ++t) {
        Fnv f;
        f.u32(static_cast<std::uint32_t>(log.task(static_cast<std::uint32_t>(t)).pid));
        f.bytes(log.task(static_cast<std::uint32_t>(t)).comm);
        task_hash[t] = f.h;
    }
    auto sh = [&](std::uint32_t id) {
        if (id >= str_hash.size()) {
            str_hash.resize(id + 1u);
            str_done.resize(id + 1u);
        }
        if (!str_done[id]) {
            str_hash[id] = hash_string(log.str(id));
            str_done[id] = true;
        }
        return str_hash[id];
    };
    Fnv f;
    f.u64(log.start_jiffies);
    f.u64(log.size());
    for (std::size_t i = 0; i < log.size(); ++i) {
        const Event& e = log[i];
        f.u64(static_cast<std::uint64_t>(e.time));
        f.u32(e.jiffies);
        f.u32(static_cast<std::uint32_t>(e.arg));
        f.byte(e.cpu);
        f.byte(static_cast<std::uint8_t>(e.type));
        f.byte(static_cast<std::uint8_t>(e.context));
        f.byte(e.flags);
        f.u64(sh(e.name));
        f.u64(sh(e.detail));
        f.u64(e.task < task_hash.size() ? task_hash[e.task] : ~std::uint64_t{0});
    }
    return f.h;
}

std::string fingerprint_hex(std::uint64_t fp) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fp));
    return buf;
}

} // namespace tl
