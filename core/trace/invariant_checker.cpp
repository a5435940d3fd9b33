// The invariant checker: replays the event stream alone and reports every rule a kernel run broke.
#include "invariant_checker.h"

#include <engine/scenario.h>

#include <charconv>
#include <cstdio>
#include <string_view>
#include <unordered_map>

namespace tl {

namespace {

enum class FrameKind : std::uint8_t { HardIrq, DoSoftirq, Softirq, Tasklet, Work };

// What a CPU is inside of: hard IRQ handlers, __do_softirq, one vector's action, one tasklet callback or
// BH work item.
struct Frame {
    FrameKind kind;
    std::int32_t arg;           // IRQ number, vector number, tasklet or work item id
    std::uint32_t name;         // interned IRQ, vector, tasklet or work item name
    bool tasklets_seen = false; // Softirq frames: a tasklet of this action was run or requeued
};

struct CpuState {
    std::vector<Frame> stack;
    bool seen = false;
    Nanos last_time = 0;
    bool current_known = false;
    std::uint32_t current = 0;
    // Pass tracking inside one __do_softirq: vectors ascend within a pass, so a vector number that does
    // not exceed the previous one starts a new pass.
    int last_vector = -1;
    int inferred_passes = 0;
    // With softirq_pass events (pass k of an invocation is the k-th after its start): the current pass
    // and its snapshot of pending vectors ("TIMER|TASKLET").
    int pass = 0;
    std::uint32_t pass_snapshot = 0;
};

// `name` is one of the '|'-separated names of `list`.
bool in_name_list(std::string_view list, std::string_view name) {
    while (!list.empty()) {
        const auto bar = list.find('|');
        if (list.substr(0, bar) == name) return true;
        if (bar == std::string_view::npos) break;
        list.remove_prefix(bar + 1);
    }
    return false;
}

struct TaskletState {
    bool queued = false; // on some CPU's tasklet_vec / tasklet_hi_vec (SCHED set, callback not started)
    int queued_cpu = -1;
    bool queued_hi = false;
    int running_cpu = -1; // RUN: the CPU executing the callback
    bool count_known = false;
    long count = 0;
};

bool parse_count(std::string_view detail, long& out) {
    constexpr std::string_view kKey = "count=";
    const auto pos = detail.find(kKey);
    if (pos == std::string_view::npos) return false;
    const char* first = detail.data() + pos + kKey.size();
    const char* last = detail.data() + detail.size();
    return std::from_chars(first, last, out).ec == std::errc{};
}

class Checker {
public:
    Checker(const EventLog& log, int cpus)
        : log_(log)
        , cpus_(cpus < 0 ? 0 : cpus)
        , cpu_(static_cast<std::size_t>(cpus_)) {}

    std::vector<std::string> run() {
        for (std::size_t i = 0; i < log_.size(); ++i)
            check(i, log_[i]);
        if (suppressed_ > 0)
            out_.push_back("... and " + std::to_string(suppressed_) + " more violations not listed");
        return std::move(out_);
    }

private:
    const EventLog& log_;
    int cpus_;
    std::vector<CpuState> cpu_;
    std::unordered_map<std::int32_t, TaskletState> tasklets_;
    std::unordered_map<std::int32_t, TaskletState> works_; // BH workqueue items (>= 6.9): sched = PENDING
    std::unordered_map<std::uint32_t, std::int32_t> tasklet_by_name_;
    std::vector<bool> sleeping_; // by task index: blocked (SchedSleep) and not woken since
    Nanos last_time_ = 0;
    std::vector<std::string> out_;
    std::size_t suppressed_ = 0;

    std::string_view str(std::uint32_t id) const { return log_.str(id); }

    std::string task_name(std::uint32_t idx) const {
        if (idx >= log_.task_count()) return "task#" + std::to_string(idx);
        const auto& t = log_.task(idx);
        return t.comm + "-" + std::to_string(t.pid); // ftrace style: comm-pid
    }

    void fail(std::size_t i, const Event& e, const std::string& what) {
        if (out_.size() >= kMaxInvariantViolationLines) {
            ++suppressed_;
            return;
        }
        char head[96];
        std::snprintf(head, sizeof head, "event #%zu t=%lld.%09lld CPU%u ", i,
                      static_cast<long long>(e.time / kNsPerSec), static_cast<long long>(e.time % kNsPerSec),
                      static_cast<unsigned>(e.cpu));
        std::string line = head;
        const auto type = static_cast<std::size_t>(e.type);
        line += type < static_cast<std::size_t>(EventType::Count) ? event_type_name(e.type) : "bad-type";
        if (e.name != 0) {
            line += ' ';
            line += str(e.name);
        }
        line += ": ";
        line += what;
        out_.push_back(std::move(line));
    }

    static bool has_frame(const CpuState& c, FrameKind k) {
        for (const auto& f : c.stack)
            if (f.kind == k) return true;
        return false;
    }

    static const Frame* top(const CpuState& c) { return c.stack.empty() ? nullptr : &c.stack.back(); }

    // The context an event inside the current frames must carry: a hard IRQ above everything else wins,
    // then softirq processing, else process context.
    static Context expected_context(const CpuState& c) {
        for (auto it = c.stack.rbegin(); it != c.stack.rend(); ++it) {
            if (it->kind == FrameKind::HardIrq) return Context::HardIrq;
            return Context::SoftIrq;
        }
        return Context::Task;
    }

    TaskletState& tasklet(const Event& e) {
        tasklet_by_name_[e.name] = e.arg;
        return tasklets_[e.arg];
    }

    void check(std::size_t i, const Event& e) {
        if (static_cast<std::size_t>(e.type) >= static_cast<std::size_t>(EventType::Count)) {
            fail(i, e, "unknown event type " + std::to_string(static_cast<int>(e.type)));
            return;
        }
        if (static_cast<std::size_t>(e.context) > static_cast<std::size_t>(Context::SoftIrq))
            fail(i, e, "unknown context " + std::to_string(static_cast<int>(e.context)));
        if (i > 0 && e.time < last_time_) fail(i, e, "time goes back (log is not in time order)");
        last_time_ = e.time;
        if (e.cpu >= cpus_) {
            fail(i, e, "CPU out of range (machine has " + std::to_string(cpus_) + " CPUs)");
            return;
        }
        if (e.task >= log_.task_count()) fail(i, e, "task index out of range");
        CpuState& c = cpu_[e.cpu];
        if (c.seen && e.time < c.last_time) fail(i, e, "time goes back on this CPU");
        c.seen = true;
        c.last_time = e.time;

        // Event::task is the CPU's `current`; it changes only through sched_switch.
        if (!c.current_known) {
            c.current_known = true;
            c.current = e.task;
        } else if (e.task != c.current) {
            fail(i, e,
                 "current is " + task_name(e.task) + " but the last sched_switch made it " +
                     task_name(c.current));
            c.current = e.task;
        }

        switch (e.type) {
        case EventType::IrqHandlerEntry:
            irq_entry(i, e, c);
            break;
        case EventType::IrqHandlerExit:
            irq_exit(i, e, c);
            break;
        case EventType::TimerTick:
            if (!has_frame(c, FrameKind::HardIrq)) fail(i, e, "timer tick outside a hard IRQ handler");
            break;
        case EventType::DoSoftirqEntry:
            do_softirq_entry(i, e, c);
            break;
        case EventType::DoSoftirqExit:
            do_softirq_exit(i, e, c);
            break;
        case EventType::SoftirqEntry:
            softirq_entry(i, e, c);
            break;
        case EventType::SoftirqExit:
            softirq_exit(i, e, c);
            break;
        case EventType::TaskletEntry:
            tasklet_entry(i, e, c);
            break;
        case EventType::TaskletExit:
            tasklet_exit(i, e, c);
            break;
        case EventType::TaskletRequeue:
            tasklet_requeue(i, e, c);
            break;
        case EventType::SoftirqPass:
            softirq_pass(i, e, c);
            break;
        case EventType::TaskletDrop:
            tasklet_drop(i, e, c);
            break;
        case EventType::TaskletSchedule:
        case EventType::TaskletHiSchedule:
            tasklet_schedule(i, e);
            break;
        case EventType::TaskletDisable:
        case EventType::TaskletDisableNosync:
        case EventType::TaskletEnable:
        case EventType::TaskletKill:
            tasklet_count_op(i, e);
            break;
        case EventType::TaskletApiReturn:
            tasklet_api_return(i, e);
            break;
        case EventType::WorkqueueQueueWork:
            queue_work(i, e);
            break;
        case EventType::WorkqueueExecuteStart:
            work_start(i, e, c);
            break;
        case EventType::WorkqueueExecuteEnd:
            work_end(i, e, c);
            break;
        case EventType::TimerExpire: {
            const Frame* f = top(c);
            if (f == nullptr || f->kind != FrameKind::Softirq || str(f->name) != "TIMER")
                fail(i, e, "timer callback outside the TIMER softirq");
            break;
        }
        case EventType::SchedSwitch:
            sched_switch(i, e, c);
            break;
        case EventType::SchedSleep:
            set_sleeping(e.arg, true);
            break;
        case EventType::SchedWakeup:
            set_sleeping(e.arg, false);
            break;
        default:
            break;
        }

        // Events strictly inside a frame carry that frame's context. Frame boundaries (entry/exit of
        // hard IRQs and __do_softirq) are left out: which side of the boundary they sit on is a
        // presentation choice.
        switch (e.type) {
        case EventType::IrqHandlerEntry:
        case EventType::IrqHandlerExit:
        case EventType::DoSoftirqEntry:
        case EventType::DoSoftirqExit:
            break;
        default: {
            // Exits were checked against the frame they closed; compare with the context before popping.
            Context want = expected_context(c);
            if (e.type == EventType::SoftirqExit || e.type == EventType::TaskletExit ||
                e.type == EventType::WorkqueueExecuteEnd)
                want = Context::SoftIrq;
            if (e.context != want)
                fail(i, e,
                     std::string("context is ") + context_name(e.context) + " but the CPU is in " +
                         context_name(want));
        }
        }
    }

    void irq_entry(std::size_t i, const Event& e, CpuState& c) {
        if (has_frame(c, FrameKind::HardIrq)) fail(i, e, "hard IRQs nest (a handler entered inside another)");
        c.stack.push_back({FrameKind::HardIrq, e.arg, e.name});
    }

    void irq_exit(std::size_t i, const Event& e, CpuState& c) {
        const Frame* f = top(c);
        if (f == nullptr || f->kind != FrameKind::HardIrq) {
            fail(i, e, "hard IRQ exit without a matching entry");
            unwind_to(c, FrameKind::HardIrq);
            return;
        }
        if (f->arg != e.arg || f->name != e.name)
            fail(i, e, "hard IRQ exit does not match the entry of " + std::string(str(f->name)));
        c.stack.pop_back();
    }

    void do_softirq_entry(std::size_t i, const Event& e, CpuState& c) {
        if (has_frame(c, FrameKind::HardIrq)) fail(i, e, "softirq processing starts inside a hard IRQ");
        if (has_frame(c, FrameKind::DoSoftirq))
            fail(i, e, "softirq processing nests inside softirq processing (in_interrupt() was true)");
        if (e.arg == static_cast<std::int32_t>(SoftirqPath::Ksoftirqd) && e.task < log_.task_count()) {
            const std::string want = "ksoftirqd/" + std::to_string(e.cpu);
            if (log_.task(e.task).comm != want)
                fail(i, e, "ksoftirqd path but current is " + task_name(e.task) + ", not " + want);
        }
        c.stack.push_back({FrameKind::DoSoftirq, e.arg, e.name});
        c.last_vector = -1;
        c.inferred_passes = 0;
        c.pass = 0;
    }

    void softirq_pass(std::size_t i, const Event& e, CpuState& c) {
        const Frame* f = top(c);
        if (f == nullptr || f->kind != FrameKind::DoSoftirq)
            fail(i, e, "softirq pass outside softirq processing (or inside a vector's action)");
        if (e.arg != c.pass + 1)
            fail(i, e, "pass " + std::to_string(e.arg) + " follows pass " + std::to_string(c.pass));
        c.pass = e.arg;
        c.pass_snapshot = e.detail;
        c.last_vector = -1;
    }

    void do_softirq_exit(std::size_t i, const Event& e, CpuState& c) {
        const Frame* f = top(c);
        if (f == nullptr || f->kind != FrameKind::DoSoftirq) {
            fail(i, e, "softirq processing ends without a matching start (or with an action still open)");
            unwind_to(c, FrameKind::DoSoftirq);
            return;
        }
        // §5.1: at most MAX_SOFTIRQ_RESTART (10) passes, fewer under the mask policy.
        if (e.arg < 1 || e.arg > 10) fail(i, e, "ran " + std::to_string(e.arg) + " passes (must be 1..10)");
        if (c.pass > 0 && c.pass != e.arg)
            fail(i, e,
                 "reports " + std::to_string(e.arg) + " passes but " + std::to_string(c.pass) + " started");
        if (c.pass == 0 && c.inferred_passes > e.arg)
            fail(i, e,
                 "vectors ran out of ascending order: needs at least " + std::to_string(c.inferred_passes) +
                     " passes, reports " + std::to_string(e.arg));
        c.stack.pop_back();
    }

    void softirq_entry(std::size_t i, const Event& e, CpuState& c) {
        if (has_frame(c, FrameKind::HardIrq)) fail(i, e, "softirq action runs inside a hard IRQ");
        const Frame* f = top(c);
        if (f == nullptr || f->kind != FrameKind::DoSoftirq)
            fail(i, e, "softirq action outside softirq processing (or nested in another action)");
        if (c.pass > 0) {
            // §5.1: one pass runs the vectors of its snapshot, in ascending order, each once.
            if (e.arg <= c.last_vector)
                fail(i, e,
                     "vector " + std::to_string(e.arg) + " runs after vector " +
                         std::to_string(c.last_vector) + " in pass " + std::to_string(c.pass) +
                         " (must ascend)");
            if (!in_name_list(str(c.pass_snapshot), str(e.name)))
                fail(i, e,
                     "runs in pass " + std::to_string(c.pass) + " but is not in its snapshot (" +
                         std::string(str(c.pass_snapshot)) + ")");
        }
        if (e.arg <= c.last_vector) ++c.inferred_passes;
        if (c.inferred_passes == 0) c.inferred_passes = 1;
        c.last_vector = e.arg;
        c.stack.push_back({FrameKind::Softirq, e.arg, e.name});
    }

    void softirq_exit(std::size_t i, const Event& e, CpuState& c) {
        const Frame* f = top(c);
        if (f == nullptr || f->kind != FrameKind::Softirq || f->arg != e.arg) {
            fail(i, e, "softirq action exit without a matching entry");
            unwind_to(c, FrameKind::Softirq);
            return;
        }
        c.stack.pop_back();
    }

    void tasklet_entry(std::size_t i, const Event& e, CpuState& c) {
        TaskletState& t = tasklet(e);
        const Frame* f = top(c);
        const bool in_vec = f != nullptr && f->kind == FrameKind::Softirq &&
                            (str(f->name) == "HI" || str(f->name) == "TASKLET");
        if (has_frame(c, FrameKind::HardIrq)) fail(i, e, "tasklet runs inside a hard IRQ");
        if (!in_vec) fail(i, e, "tasklet runs outside the HI/TASKLET softirq action");
        if (t.running_cpu >= 0) {
            fail(i, e,
                 t.running_cpu == e.cpu
                     ? std::string("tasklet callback re-entered on the same CPU")
                     : "tasklet runs on two CPUs at once (also on CPU" + std::to_string(t.running_cpu) + ")");
        }
        if (!t.queued)
            fail(i, e, "tasklet runs but was not queued");
        else if (t.queued_cpu != e.cpu)
            fail(i, e, "tasklet runs on this CPU but was queued on CPU" + std::to_string(t.queued_cpu));
        else if (in_vec && t.queued_hi != (str(f->name) == "HI"))
            fail(i, e,
                 std::string("tasklet runs from ") + std::string(str(f->name)) + " but was queued on " +
                     (t.queued_hi ? "tasklet_hi_vec" : "tasklet_vec"));
        if ((e.flags & kFlagSched) != 0) fail(i, e, "callback starts with SCHED still set");
        if ((e.flags & kFlagDisabled) != 0) fail(i, e, "callback starts while disabled (count != 0)");
        if (t.count_known && t.count != 0)
            fail(i, e, "callback starts but the last disable/enable left count=" + std::to_string(t.count));
        t.queued = false;
        t.queued_cpu = -1;
        t.running_cpu = e.cpu;
        if (in_vec) c.stack.back().tasklets_seen = true;
        c.stack.push_back({FrameKind::Tasklet, e.arg, e.name});
    }

    void tasklet_exit(std::size_t i, const Event& e, CpuState& c) {
        TaskletState& t = tasklet(e);
        const Frame* f = top(c);
        if (f == nullptr || f->kind != FrameKind::Tasklet || f->arg != e.arg) {
            fail(i, e, "tasklet exit without a matching entry on this CPU");
            unwind_to(c, FrameKind::Tasklet);
        } else {
            c.stack.pop_back();
        }
        if (t.running_cpu != e.cpu) fail(i, e, "tasklet exit but it is not running on this CPU");
        t.running_cpu = -1;
    }

    void tasklet_requeue(std::size_t i, const Event& e, CpuState& c) {
        TaskletState& t = tasklet(e);
        const Frame* f = top(c);
        const bool in_vec = f != nullptr && f->kind == FrameKind::Softirq &&
                            (str(f->name) == "HI" || str(f->name) == "TASKLET");
        if (!in_vec) fail(i, e, "tasklet requeued outside the HI/TASKLET softirq action");
        if (!t.queued)
            fail(i, e, "tasklet requeued but it was on no list");
        else if (t.queued_cpu != e.cpu)
            fail(i, e,
                 "tasklet taken from this CPU's list but was queued on CPU" + std::to_string(t.queued_cpu));
        else if (in_vec && t.queued_hi != (str(f->name) == "HI"))
            fail(i, e, "tasklet requeued by the action of another list's vector");
        if ((e.flags & (kFlagDisabled | kFlagRun)) == 0)
            fail(i, e, "tasklet requeued although it is neither disabled nor locked");
        if ((e.flags & kFlagDisabled) == 0 && (e.flags & kFlagRun) != 0 &&
            (t.running_cpu < 0 || t.running_cpu == e.cpu))
            fail(i, e, "tasklet requeued as locked (RUN) but its callback runs on no other CPU");
        if ((e.flags & kFlagDisabled) != 0 && t.count_known && t.count == 0)
            fail(i, e, "tasklet requeued as disabled but the last disable/enable left count=0");
        if (in_vec) c.stack.back().tasklets_seen = true;
        // R-ACT: it goes back on this CPU's list (same list kind).
        t.queued = true;
        t.queued_cpu = e.cpu;
    }

    // R-ACT, 6.x: a tasklet found on the list with SCHED clear (re-initialised while queued) is taken
    // off without running.
    void tasklet_drop(std::size_t i, const Event& e, CpuState& c) {
        TaskletState& t = tasklet(e);
        const Frame* f = top(c);
        const bool in_vec = f != nullptr && f->kind == FrameKind::Softirq &&
                            (str(f->name) == "HI" || str(f->name) == "TASKLET");
        if (!in_vec) fail(i, e, "tasklet dropped outside the HI/TASKLET softirq action");
        if (!t.queued)
            fail(i, e, "tasklet dropped but it was on no list");
        else if (t.queued_cpu != e.cpu)
            fail(i, e,
                 "tasklet dropped from this CPU's list but was queued on CPU" + std::to_string(t.queued_cpu));
        if ((e.flags & kFlagSched) != 0) fail(i, e, "tasklet dropped although SCHED is set");
        if (in_vec) c.stack.back().tasklets_seen = true;
        t.queued = false;
        t.queued_cpu = -1;
    }

    void tasklet_schedule(std::size_t i, const Event& e) {
        TaskletState& t = tasklet(e);
        if ((e.flags & kFlagQueued) != 0) {
            // R-SCHED: only the caller that set SCHED puts it on a list; a second insertion corrupts it.
            if (t.queued)
                fail(i, e,
                     "tasklet queued again while already on CPU" + std::to_string(t.queued_cpu) + "'s list");
            t.queued = true;
            t.queued_cpu = e.cpu;
            t.queued_hi = e.type == EventType::TaskletHiSchedule;
            if ((e.flags & kFlagSched) == 0) fail(i, e, "tasklet queued but SCHED is not set after the call");
        } else if ((e.flags & kFlagSched) == 0) {
            fail(i, e, "schedule was a no-op although SCHED is clear");
        }
    }

    void tasklet_count_op(std::size_t i, const Event& e) {
        TaskletState& t = tasklet(e);
        long count = 0;
        if (!parse_count(str(e.detail), count)) {
            fail(i, e, "detail has no count=N");
            return;
        }
        if (t.count_known) {
            long want = t.count;
            if (e.type == EventType::TaskletDisable || e.type == EventType::TaskletDisableNosync) ++want;
            if (e.type == EventType::TaskletEnable) --want;
            // R-DIS/R-DISN add 1, R-EN subtracts 1, tasklet_kill leaves count alone.
            if (count != want)
                fail(i, e,
                     "count=" + std::to_string(count) + " after the call, expected " + std::to_string(want));
        }
        if ((count != 0) != ((e.flags & kFlagDisabled) != 0))
            fail(i, e, "DISABLED flag disagrees with count=" + std::to_string(count));
        t.count_known = true;
        t.count = count;
    }

    void tasklet_api_return(std::size_t i, const Event& e) {
        const auto id = tasklet_by_name_.find(e.name);
        if (id == tasklet_by_name_.end()) return; // the call never showed up: nothing to compare with
        const TaskletState& t = tasklets_[id->second];
        const auto op = static_cast<Op>(e.arg);
        if (op == Op::TaskletKill) {
            // R-KILL: returns with SCHED and RUN clear; it waited for the queued run.
            if (t.queued) fail(i, e, "tasklet_kill returned while the tasklet is still queued");
            if (t.running_cpu >= 0 && t.running_cpu != e.cpu)
                fail(i, e,
                     "tasklet_kill returned while the callback runs on CPU" + std::to_string(t.running_cpu));
        } else if (op == Op::TaskletDisable) {
            // R-DIS: waits until RUN is clear.
            if (t.running_cpu >= 0 && t.running_cpu != e.cpu)
                fail(i, e,
                     "tasklet_disable returned while the callback runs on CPU" +
                         std::to_string(t.running_cpu));
        }
    }

    // R-BHWQ (>= 6.9): a BH work item is queued once while PENDING, on the queuing CPU's pool unless it
    // is still running on another CPU (then on that one's), runs in HI (highpri pool) or TASKLET on the
    // CPU whose pool holds it, before that action's tasklets, and never on two CPUs at once.
    void queue_work(std::size_t i, const Event& e) {
        TaskletState& w = works_[e.arg];
        if ((e.flags & kFlagQueued) == 0) {
            if (!w.queued) fail(i, e, "queue_work was a no-op although the item is not pending");
            return;
        }
        if (w.queued)
            fail(i, e, "work item queued again while pending on CPU" + std::to_string(w.queued_cpu));
        w.queued = true;
        // __queue_work: an item still running on some CPU goes to that CPU's pool (non-reentrancy).
        w.queued_cpu = w.running_cpu >= 0 ? w.running_cpu : e.cpu;
        w.queued_hi = (e.flags & kFlagHi) != 0;
    }

    void work_start(std::size_t i, const Event& e, CpuState& c) {
        TaskletState& w = works_[e.arg];
        const Frame* f = top(c);
        const bool in_vec = f != nullptr && f->kind == FrameKind::Softirq &&
                            (str(f->name) == "HI" || str(f->name) == "TASKLET");
        if (has_frame(c, FrameKind::HardIrq)) fail(i, e, "BH work item runs inside a hard IRQ");
        if (!in_vec) {
            fail(i, e, "BH work item runs outside the HI/TASKLET softirq action");
        } else {
            if (f->tasklets_seen) fail(i, e, "BH work item runs after tasklets of the same action (R-BHWQ)");
            if (w.queued && w.queued_hi != (str(f->name) == "HI"))
                fail(i, e,
                     "BH work item of the " + std::string(w.queued_hi ? "highpri" : "normal") +
                         " pool runs in " + std::string(str(f->name)));
        }
        if (!w.queued)
            fail(i, e, "BH work item runs but was not pending");
        else if (w.queued_cpu != e.cpu)
            fail(i, e, "BH work item runs on this CPU but was queued on CPU" + std::to_string(w.queued_cpu));
        if (w.running_cpu >= 0)
            fail(i, e,
                 "BH work item runs on two CPUs at once (also on CPU" + std::to_string(w.running_cpu) + ")");
        w.queued = false;
        w.running_cpu = e.cpu;
        c.stack.push_back({FrameKind::Work, e.arg, e.name});
    }

    void work_end(std::size_t i, const Event& e, CpuState& c) {
        TaskletState& w = works_[e.arg];
        const Frame* f = top(c);
        if (f == nullptr || f->kind != FrameKind::Work || f->arg != e.arg) {
            fail(i, e, "BH work item end without a matching start on this CPU");
            unwind_to(c, FrameKind::Work);
        } else {
            c.stack.pop_back();
        }
        w.running_cpu = -1;
    }

    void sched_switch(std::size_t i, const Event& e, CpuState& c) {
        if (!c.stack.empty()) fail(i, e, "context switch in interrupt context (hard IRQ or softirq open)");
        const auto next = static_cast<std::uint32_t>(e.arg);
        if (next >= log_.task_count()) {
            fail(i, e, "switch to an unknown task index");
            return;
        }
        if (next < sleeping_.size() && sleeping_[next])
            fail(i, e, "switch to " + task_name(next) + ", which sleeps and was not woken");
        if (log_.task(next).pid != 0) {
            for (int other = 0; other < cpus_; ++other) {
                const CpuState& o = cpu_[static_cast<std::size_t>(other)];
                if (other != e.cpu && o.current_known && o.current == next)
                    fail(i, e, task_name(next) + " is already current on CPU" + std::to_string(other));
            }
        }
        c.current = next;
    }

    void set_sleeping(std::int32_t idx, bool sleeping) {
        if (idx < 0) return;
        const auto k = static_cast<std::size_t>(idx);
        if (k >= sleeping_.size()) sleeping_.resize(k + 1);
        sleeping_[k] = sleeping;
    }

    // After a mismatched exit, drop frames down to (and including) the nearest frame of that kind so that
    // one broken pair reports once instead of cascading.
    static void unwind_to(CpuState& c, FrameKind k) {
        for (std::size_t n = c.stack.size(); n > 0; --n) {
            if (c.stack[n - 1].kind == k) {
                c.stack.resize(n - 1);
                return;
            }
        }
    }
};

} // namespace

std::vector<std::string> check_invariants(const EventLog& log, int cpus) {
    return Checker(log, cpus).run();
}

} // namespace tl
