// Pairs entry/exit events per CPU into complete ("X") events; timestamps are microseconds with
// nanosecond decimals, printed with integer arithmetic so the file is byte-identical across runs.
#include "chrome_trace.h"

#include "atomic_file.h"
#include "event_detail.h"
#include "json.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace tl {

namespace {

constexpr int kPid = 1; // one process: the simulated machine

struct OpenSlice {
    EventType entry;
    Nanos start;
    std::uint32_t name;
    std::string detail;
};

struct RunningTask {
    std::uint32_t task;
    Nanos start;
};

struct CpuTrack {
    std::vector<OpenSlice> stack;
    std::optional<RunningTask> running;
};

std::optional<EventType> exit_of(EventType entry) {
    switch (entry) {
    case EventType::IrqHandlerEntry:
        return EventType::IrqHandlerExit;
    case EventType::SoftirqEntry:
        return EventType::SoftirqExit;
    case EventType::TaskletEntry:
        return EventType::TaskletExit;
    case EventType::DoSoftirqEntry:
        return EventType::DoSoftirqExit;
    case EventType::WorkqueueExecuteStart:
        return EventType::WorkqueueExecuteEnd;
    default:
        return std::nullopt;
    }
}

std::optional<EventType> entry_of(EventType exit) {
    switch (exit) {
    case EventType::IrqHandlerExit:
        return EventType::IrqHandlerEntry;
    case EventType::SoftirqExit:
        return EventType::SoftirqEntry;
    case EventType::TaskletExit:
        return EventType::TaskletEntry;
    case EventType::DoSoftirqExit:
        return EventType::DoSoftirqEntry;
    case EventType::WorkqueueExecuteEnd:
        return EventType::WorkqueueExecuteStart;
    default:
        return std::nullopt;
    }
}

const char* category(EventType entry) {
    switch (entry) {
    case EventType::IrqHandlerEntry:
        return "hardirq";
    case EventType::TaskletEntry:
        return "tasklet";
    case EventType::WorkqueueExecuteStart:
        return "workqueue";
    default:
        return "softirq";
    }
}

bool is_instant(EventType t) {
    switch (t) {
    case EventType::SoftirqRaise:
    case EventType::TaskletSchedule:
    case EventType::TaskletHiSchedule:
    case EventType::TaskletDisable:
    case EventType::TaskletDisableNosync:
    case EventType::TaskletEnable:
    case EventType::TaskletKill:
    case EventType::TaskletRequeue:
    case EventType::TaskletApiReturn:
    case EventType::SchedWakeup:
    case EventType::SchedSleep:
    case EventType::ProcRead:
    case EventType::KernelMessage:
    case EventType::LocalBhDisable:
    case EventType::LocalBhEnable:
    case EventType::TimerExpire:
    case EventType::WorkqueueQueueWork:
    case EventType::SimNote:
        return true;
    default:
        return false;
    }
}

class ChromeWriter {
public:
    explicit ChromeWriter(ByteSink& sink)
        : out_(sink) {}

    void begin(const std::string& title, int cpus) {
        out_.put("{\"displayTimeUnit\":\"ns\",\"traceEvents\":[");
        std::string process = "TaskletLab";
        if (!title.empty()) process += ": " + title;
        metadata("process_name", 0, "name", json_string(process));
        for (int c = 0; c < cpus; ++c) {
            metadata("thread_name", c, "name", json_string("CPU" + std::to_string(c)));
            metadata("thread_sort_index", c, "sort_index", std::to_string(c));
        }
    }
    void end() {
        out_.put("\n]}\n");
        out_.flush();
    }

    void complete(const char* cat, std::string_view name, int cpu, Nanos start, Nanos end,
                  std::string_view args_json) {
        head(name, cat, "X", cpu, start);
        out_.put(",\"dur\":");
        put_micros(end - start);
        put_args(args_json);
    }

    void instant(std::string_view name, int cpu, Nanos t, std::string_view args_json) {
        head(name, "event", "i", cpu, t);
        out_.put(",\"s\":\"t\"");
        put_args(args_json);
    }

    static std::string json_string(std::string_view s) {
        std::string out;
        append_json_string(out, s);
        return out;
    }

private:
    OutBuffer out_;
    bool first_ = true;

    void separator() {
        out_.put(first_ ? "\n" : ",\n");
        first_ = false;
    }

    void metadata(const char* what, int tid, const char* key, const std::string& value_json) {
        separator();
        out_.put("{\"name\":\"");
        out_.put(what);
        out_.put("\",\"ph\":\"M\",\"pid\":");
        out_.put_int(kPid);
        out_.put(",\"tid\":");
        out_.put_int(tid);
        out_.put(",\"args\":{\"");
        out_.put(key);
        out_.put("\":");
        out_.put(value_json);
        out_.put("}}");
    }

    void head(std::string_view name, const char* cat, const char* ph, int cpu, Nanos t) {
        separator();
        out_.put("{\"name\":");
        out_.put(json_string(name));
        out_.put(",\"cat\":\"");
        out_.put(cat);
        out_.put("\",\"ph\":\"");
        out_.put(ph);
        out_.put("\",\"pid\":");
        out_.put_int(kPid);
        out_.put(",\"tid\":");
        out_.put_int(cpu);
        out_.put(",\"ts\":");
        put_micros(t);
    }

    void put_args(std::string_view args_json) {
        if (!args_json.empty()) {
            out_.put(",\"args\":{");
            out_.put(args_json);
            out_.put('}');
        }
        out_.put('}');
    }

    void put_micros(Nanos ns) {
        out_.put_int(ns / 1000);
        const auto frac = static_cast<int>(ns % 1000);
        const char digits[4] = {'.', static_cast<char>('0' + frac / 100),
                                static_cast<char>('0' + frac / 10 % 10), static_cast<char>('0' + frac % 10)};
        out_.put(std::string_view(digits, 4));
    }
};

// Builds the trace by walking the log once in occurrence order, keeping per-CPU state.
class ChromeTraceBuilder {
public:
    ChromeTraceBuilder(const EventLog& log, const ChromeTraceOptions& options, ByteSink& sink)
        : log_(log)
        , options_(options)
        , w_(sink) {}

    void build() {
        int cpus = std::max(options_.cpus, 0);
        Nanos last = 0;
        for (std::size_t i = 0; i < log_.size(); ++i) {
            cpus = std::max(cpus, log_[i].cpu + 1);
            last = std::max(last, log_[i].time);
        }
        const Nanos end = options_.end_time >= 0 ? std::max(options_.end_time, last) : last;
        tracks_.resize(static_cast<std::size_t>(cpus));
        w_.begin(options_.title, cpus);
        for (std::size_t i = 0; i < log_.size(); ++i)
            on_event(log_[i]);
        for (int c = 0; c < cpus; ++c)
            close_all(c, end);
        w_.end();
    }

private:
    const EventLog& log_;
    const ChromeTraceOptions& options_;
    ChromeWriter w_;
    std::vector<CpuTrack> tracks_;
    std::string detail_;

    std::string detail_args(std::string_view detail) const {
        return detail.empty() ? std::string() : "\"detail\":" + ChromeWriter::json_string(detail);
    }

    void on_event(const Event& e) {
        CpuTrack& track = tracks_[e.cpu];
        if (!track.running) track.running = RunningTask{e.task, 0}; // running since the start
        render_event_detail(log_, e, detail_);
        if (exit_of(e.type)) {
            track.stack.push_back({e.type, e.time, e.name, detail_});
        } else if (const auto entry = entry_of(e.type)) {
            close_slice(e.cpu, *entry, e.time);
        } else if (e.type == EventType::SchedSwitch) {
            switch_task(e);
        } else if (is_instant(e.type)) {
            std::string name = event_type_name(e.type);
            if (e.name != 0) name += " " + std::string(log_.str(e.name));
            w_.instant(name, e.cpu, e.time, detail_args(detail_));
        }
    }

    void emit(int cpu, const OpenSlice& s, Nanos end, bool unfinished) {
        std::string name(log_.str(s.name));
        if (s.entry == EventType::DoSoftirqEntry) name = "__do_softirq";
        std::string args = detail_args(s.detail);
        if (unfinished) args += std::string(args.empty() ? "" : ",") + "\"unfinished\":true";
        w_.complete(category(s.entry), name, cpu, s.start, end, args);
    }

    // Closes the innermost open slice of this kind (and, defensively, anything opened inside it).
    void close_slice(int cpu, EventType entry, Nanos t) {
        auto& stack = tracks_[static_cast<std::size_t>(cpu)].stack;
        const auto it = std::find_if(stack.rbegin(), stack.rend(),
                                     [entry](const OpenSlice& s) { return s.entry == entry; });
        if (it == stack.rend()) return; // an exit whose entry predates the log: nothing to pair
        const auto keep = static_cast<std::size_t>(stack.rend() - it) - 1;
        while (stack.size() > keep) {
            emit(cpu, stack.back(), t, stack.size() - 1 != keep);
            stack.pop_back();
        }
    }

    void emit_task(int cpu, const RunningTask& r, Nanos end) {
        if (end <= r.start) return;
        const TaskRef& task = log_.task(r.task);
        w_.complete("task", task.comm, cpu, r.start, end, "\"pid\":" + std::to_string(task.pid));
    }

    void switch_task(const Event& e) {
        CpuTrack& track = tracks_[e.cpu];
        emit_task(e.cpu, *track.running, e.time);
        const auto next = e.arg >= 0 && static_cast<std::size_t>(e.arg) < log_.task_count()
                              ? static_cast<std::uint32_t>(e.arg)
                              : e.task;
        track.running = RunningTask{next, e.time};
    }

    void close_all(int cpu, Nanos end) {
        CpuTrack& track = tracks_[static_cast<std::size_t>(cpu)];
        while (!track.stack.empty()) {
            emit(cpu, track.stack.back(), end, true);
            track.stack.pop_back();
        }
        if (track.running) emit_task(cpu, *track.running, end);
    }
};

} // namespace

void write_chrome_trace(const EventLog& log, const ChromeTraceOptions& options, ByteSink& out) {
    ChromeTraceBuilder(log, options, out).build();
}

std::string save_chrome_trace(const EventLog& log, const ChromeTraceOptions& options,
                              const std::filesystem::path& path) {
    return write_file_atomically(path, [&](ByteSink& out) { write_chrome_trace(log, options, out); });
}

} // namespace tl
