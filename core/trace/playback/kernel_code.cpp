// Our own pseudo-code of the kernel functions (kernel-semantics.md paraphrased; no kernel source).
#include "kernel_code.h"

#include <map>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace tl {

namespace {

struct ProfileCode {
    std::vector<CodeListing> listings;
    std::vector<std::unordered_map<std::string, int>> anchors; // per CodeFn: anchor -> line
};

class Builder {
public:
    Builder(ProfileCode& pc, CodeFn id, std::string function, std::string file) : pc_(pc), id_(id) {
        l_.id = id;
        l_.function = std::move(function);
        l_.file = std::move(file);
    }
    Builder& operator()(std::string text, const char* anchor = nullptr) {
        l_.lines.push_back(std::move(text));
        if (anchor) a_[anchor] = static_cast<int>(l_.lines.size());
        return *this;
    }
    ~Builder() {
        pc_.listings[static_cast<std::size_t>(id_)] = std::move(l_);
        pc_.anchors[static_cast<std::size_t>(id_)] = std::move(a_);
    }

private:
    ProfileCode& pc_;
    CodeFn id_;
    CodeListing l_;
    std::unordered_map<std::string, int> a_;
};

ProfileCode build(const Profile& p) {
    const bool e26 = p.era == Era::E26;
    const bool e61 = p.era == Era::E61;
    const bool enew = p.era == Era::ENEW;
    const bool lifo = p.order == ListOrder::Lifo;
    const std::string softirq_c = "kernel/softirq.c";
    ProfileCode pc;
    pc.listings.resize(static_cast<std::size_t>(CodeFn::Count));
    pc.anchors.resize(static_cast<std::size_t>(CodeFn::Count));

    Builder(pc, CodeFn::HardIrq, e26 ? "do_IRQ" : "common_interrupt",
            e26 ? "arch/i386/kernel/irq.c" : "arch/x86/kernel/irq.c")
        ("irq_enter();                        // preempt_count += HARDIRQ_OFFSET", "enter")
        ("handler(irq, dev);                  // the top half: quick work only", "handler")
        ("    tasklet_schedule(&dev->tasklet); // defer the rest to a bottom half", "schedule")
        ("    wake_up_interruptible(&dev->wq); // a reader waiting for data", "wake")
        ("end of handler                      // back to the interrupted code", "exit")
        ("irq_exit();                         // may run softirqs on the way out", "irq_exit");

    Builder(pc, CodeFn::TimerTick, "update_process_times", e26 ? "kernel/timer.c" : "kernel/time/timer.c")
        ("irq_enter();  // timer interrupt", "enter")
        ("if (this_cpu == timekeeping_cpu) jiffies += ticks;   // do_timer()", "jiffies")
        ("scheduler_tick();          // timeslice accounting, may set need_resched", "sched")
        (e26 ? "run_local_timers(): raise_softirq(TIMER_SOFTIRQ);   // every tick"
             : "run_local_timers(): if (a timer is due) raise_softirq(TIMER_SOFTIRQ);", "raise")
        ("end of tick handler", "exit")
        ("irq_exit();", "irq_exit");

    {
        Builder b(pc, CodeFn::IrqExit, "irq_exit", softirq_c);
        b("preempt_count -= HARDIRQ_OFFSET;          // leave hard-IRQ context", "sub");
        b("if (in_interrupt() || !local_softirq_pending())", "check");
        b("        return;                           // nested, or nothing to do", "return");
        if (e61) {
            b("if (ksoftirqd_running(pending))           // ksoftirqd awake and no HI/TASKLET", "skip");
            b("        return;                           // let ksoftirqd do it (6.1 only)", "skip_return");
        } else if (enew) {
            b("/* no ksoftirqd_running() deferral since 6.5 */");
        }
        b(e26 ? "do_softirq();                             // run them now, on this stack"
              : "invoke_softirq(): __do_softirq();         // run them now", "run");
    }

    {
        Builder b(pc, CodeFn::DoSoftirq, enew ? "handle_softirqs" : "__do_softirq", softirq_c);
        b("pending = local_softirq_pending();        // the pass snapshot", "entry");
        b("preempt_count += SOFTIRQ_OFFSET;          // in_serving_softirq()", "offset");
        switch (p.restart) {
        case RestartPolicy::Mask: b("mask = ~pending;                           // vectors not yet run (2.6.0/2.6.1)", "budget"); break;
        case RestartPolicy::Count10: b("max_restart = MAX_SOFTIRQ_RESTART;        // 10 passes", "budget"); break;
        case RestartPolicy::Count10TimeResched:
            b("max_restart = 10; end = jiffies + msecs_to_jiffies(2);", "budget");
            break;
        }
        b("restart:                                  // one pass", "pass");
        b("set_softirq_pending(0); local_irq_enable();", "clear");
        b("for each vector v in pending, lowest first:", "loop");
        b("        h[v].action();                    // HI, TIMER, ..., TASKLET", "action");
        b("local_irq_disable(); pending = local_softirq_pending();", "live");
        switch (p.restart) {
        case RestartPolicy::Mask:
            b("if (pending & mask) { mask &= ~pending; goto restart; } // only a NEW vector restarts", "restart");
            break;
        case RestartPolicy::Count10:
            b("if (pending && --max_restart) goto restart;   // at most 10 passes", "restart");
            break;
        case RestartPolicy::Count10TimeResched:
            b("if (pending) { if (time_before(jiffies, end) && !need_resched() && --max_restart)", "restart");
            b("                       goto restart;", "restart2");
            break;
        }
        b("if (pending) wakeup_softirqd();          // leave the rest to ksoftirqd", "wake");
        b("preempt_count -= SOFTIRQ_OFFSET;", "exit");
    }

    {
        Builder b(pc, CodeFn::TaskletAction, e26 ? "tasklet_action" : "tasklet_action_common", softirq_c);
        if (enew) b("run queued BH work items of this priority first (BH workqueue)", "bhwq");
        b("local_irq_disable(); list = this_cpu->tasklet_vec (or hi_vec);", "detach");
        b("this_cpu list = empty; local_irq_enable();  // later schedules go to the next pass", "detach2");
        b("while (t = next of list) {", "loop");
        b("    if (tasklet_trylock(t)) {             // RUN bit: not running elsewhere", "trylock");
        b("        if (!atomic_read(&t->count)) {     // enabled", "enabled");
        b("            if (!test_and_clear_bit(SCHED, &t->state))", "sched");
        b(e26 ? "                BUG();                 // kernel BUG at kernel/softirq.c"
              : "                WARN_ONCE(...); skip;  // tasklet SCHED state not set", "bug");
        b(e26 ? "            t->func(t->data);          // the callback runs here"
              : "            else t->callback(t);       // (or t->func(t->data)): the callback", "call");
        b("            tasklet_unlock(t); continue;", "unlock");
        b("        }");
        b("        tasklet_unlock(t);");
        b("    }");
        b(lifo ? "    disabled or running elsewhere: put t back at the HEAD of this CPU's list"
               : "    disabled or running elsewhere: put t back at the TAIL of this CPU's list", "requeue");
        b("    __raise_softirq_irqoff(TASKLET_SOFTIRQ);   // try again next pass (churn)", "reraise");
        b("}", "end");
    }

    {
        Builder b(pc, CodeFn::TaskletSchedule, "tasklet_schedule", e26 ? "include/linux/interrupt.h + kernel/softirq.c" : "include/linux/interrupt.h + kernel/softirq.c");
        b("if (test_and_set_bit(TASKLET_STATE_SCHED, &t->state))", "test");
        b("        return;                   // already queued: this call is a no-op", "noop");
        b("local_irq_save(flags);", "irqsave");
        if (lifo) {
            b("t->next = this_cpu->tasklet_vec.head;  // head insertion: LIFO", "insert");
            b("this_cpu->tasklet_vec.head = t;", "insert2");
        } else {
            b("t->next = NULL;                        // tail insertion: FIFO", "insert");
            b("*this_cpu->tasklet_vec.tail = t; tail = &t->next;", "insert2");
        }
        b("raise_softirq_irqoff(TASKLET_SOFTIRQ);    // (HI_SOFTIRQ for tasklet_hi_schedule)", "raise");
        b("local_irq_restore(flags);", "restore");
    }

    Builder(pc, CodeFn::RaiseSoftirqIrqoff, "raise_softirq_irqoff", softirq_c)
        ("__raise_softirq_irqoff(nr);     // set bit nr in this CPU's pending mask", "set")
        ("if (!in_interrupt())            // nobody would look at the bit soon:", "check")
        (e26 ? "        wakeup_softirqd();      // wake ksoftirqd if it is not TASK_RUNNING"
             : "        wakeup_softirqd();      // wake_up_process(ksoftirqd)", "wake");

    {
        Builder b(pc, CodeFn::TaskletKill, "tasklet_kill", softirq_c);
        b("if (in_interrupt())", "check");
        b(e26 ? "        printk(\"Attempt to kill tasklet from interrupt\\n\");"
              : "        pr_notice(\"Attempt to kill tasklet from interrupt\\n\");", "printk");
        b("while (test_and_set_bit(TASKLET_STATE_SCHED, &t->state)) {  // queued: let it run", "loop");
        b(e26 ? "        do yield(); while (test_bit(SCHED, &t->state));"
              : (enew ? "        wait_on_bit_lock(SCHED);   // sleep until tasklet_action clears it"
                      : "        wait_var_event(SCHED clear);   // sleep until tasklet_action clears it"), "wait_sched");
        b("}");
        b(e26 ? "tasklet_unlock_wait(t);          // spin while RUN is set"
              : "tasklet_unlock_wait(t);          // sleep while RUN is set", "wait_run");
        b("clear_bit(TASKLET_STATE_SCHED, &t->state);   // ours: later schedules work again", "clear");
    }

    {
        Builder b(pc, CodeFn::TaskletDisable, "tasklet_disable", "include/linux/interrupt.h");
        b("tasklet_disable_nosync(t):", "nosync_fn");
        b("        atomic_inc(&t->count); smp_mb__after_atomic();   // never waits", "nosync");
        b("tasklet_disable(t):", "fn");
        b("        tasklet_disable_nosync(t);                       // count += 1", "inc");
        b(e26 ? "        tasklet_unlock_wait(t);   // SPIN while the callback runs on another CPU"
              : "        tasklet_unlock_wait(t);   // SLEEP until the running callback returns", "wait");
        b("        smp_mb();", "return");
    }

    Builder(pc, CodeFn::TaskletEnable, "tasklet_enable", "include/linux/interrupt.h")
        ("smp_mb__before_atomic();")
        ("atomic_dec(&t->count);   // no check, no raise: below 0 still means disabled", "dec");

    {
        Builder b(pc, CodeFn::KsoftirqdLoop, e26 ? "ksoftirqd" : "run_ksoftirqd", e26 ? softirq_c : "kernel/softirq.c + kernel/smpboot.c");
        b(e26 ? "set_user_nice(current, 19);" : "/* smpboot thread, SCHED_NORMAL nice 0 */", "nice");
        b("while (!kthread_should_stop()) {", "loop");
        b("    if (!local_softirq_pending()) schedule();   // sleep (TASK_INTERRUPTIBLE)", "sleep");
        if (e26) {
            b("    while (local_softirq_pending()) {", "inner");
            b("        preempt_disable(); do_softirq(); preempt_enable();", "run");
            b("        cond_resched();                 // let others run between invocations", "resched");
            b("    }");
        } else {
            b("    local_irq_disable(); if (pending) __do_softirq(); local_irq_enable();", "run");
            b("    cond_resched();", "resched");
        }
        b("}", "end");
    }

    {
        Builder b(pc, CodeFn::LocalBhEnable, "local_bh_enable", softirq_c);
        b("local_bh_disable(): preempt_count += SOFTIRQ_DISABLE_OFFSET;", "disable");
        b("local_bh_enable():");
        b("        preempt_count -= SOFTIRQ_DISABLE_OFFSET - 1;   // keep preemption off", "enable");
        b(e61 ? "        if (!in_interrupt() && pending && !ksoftirqd_running()) do_softirq();"
              : "        if (!in_interrupt() && local_softirq_pending()) do_softirq();", "run");
        b("        preempt_count -= 1; preempt_check_resched();", "exit");
    }

    {
        Builder b(pc, CodeFn::JitCallback, "jit_tasklet_fn", "misc-modules/jit.c (LDD3)");
        b(p.read_proc_rereads ? "jit_tasklet() [read_proc, re-run on every read()]:" : "jit_tasklet_show() [seq_file]:", "read");
        b("    print header and line 0 (jiffies, 0, in_interrupt(), current)", "line0");
        b("    tasklet_init(&data->tlet, jit_tasklet_fn, data); tasklet_schedule(&data->tlet);", "schedule");
        b("    wait_event_interruptible(data->wait, !data->loops);", "wait");
        b("    return the buffer                          // the reader gets its lines", "return");
        b("jit_tasklet_fn(arg):                        // the tasklet callback", "fn");
        b("    append (jiffies, delta, in_interrupt(), current->pid, cpu, current->comm)", "append");
        b("    if (--data->loops) tasklet_schedule(&data->tlet);  // again", "resched");
        b("    else wake_up_interruptible(&data->wait);          // done: wake the reader", "wake");
        b("jit_timer_fn(arg):                          // /proc/jitimer, in TIMER_SOFTIRQ", "timer");
        b("    append a line; if (--loops) { expires += tdelay; add_timer(); } else wake reader", "timer2");
    }

    Builder(pc, CodeFn::Schedule, "schedule", e26 ? "kernel/sched.c" : "kernel/sched/core.c")
        ("try_to_wake_up(p): p->state = TASK_RUNNING; enqueue on its CPU;", "wakeup")
        (e26 ? "        if (p's priority beats current) set need_resched;   // O(1)"
             : "        check_preempt_wakeup(): vruntime lead > 1 ms -> need_resched;   // CFS", "preempt")
        ("schedule():", "schedule")
        ("        if (in_atomic()) printk(\"BUG: scheduling while atomic\");", "atomic")
        ("        prev->state != RUNNING: deactivate(prev)    // it blocks", "sleep")
        ("        next = pick_next_task(); context_switch(prev, next);", "switch");
    return pc;
}

const std::map<std::string, ProfileCode, std::less<>>& all_code() {
    static const std::map<std::string, ProfileCode, std::less<>> m = [] {
        std::map<std::string, ProfileCode, std::less<>> r;
        for (const Profile& p : all_profiles()) r.emplace(std::string(p.name), build(p));
        return r;
    }();
    return m;
}

const ProfileCode& code_of(const Profile& p) {
    const auto& m = all_code();
    auto it = m.find(p.name);
    if (it == m.end()) throw std::invalid_argument("unknown profile " + std::string(p.name));
    return it->second;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// The previous event on the same CPU, or nullptr.
const Event* prev_on_cpu(const EventLog& log, std::size_t i, std::size_t limit = 64) {
    const int cpu = log[i].cpu;
    for (std::size_t k = i; k-- > 0 && i - k <= limit;)
        if (log[k].cpu == cpu) return &log[k];
    return nullptr;
}

// The innermost open frame on the CPU of event i among: a tasklet callback, __do_softirq, a hard IRQ.
EventType open_frame(const EventLog& log, std::size_t i) {
    const int cpu = log[i].cpu;
    int tasklet = 0, dosoft = 0, irq = 0;
    for (std::size_t k = i; k-- > 0 && i - k <= 4096;) {
        const Event& e = log[k];
        if (e.cpu != cpu) continue;
        switch (e.type) {
        case EventType::TaskletExit: --tasklet; break;
        case EventType::TaskletEntry: if (++tasklet > 0) return EventType::TaskletEntry; break;
        case EventType::DoSoftirqExit: --dosoft; break;
        case EventType::DoSoftirqEntry: if (++dosoft > 0) return EventType::DoSoftirqEntry; break;
        case EventType::IrqHandlerExit: --irq; break;
        case EventType::IrqHandlerEntry: if (++irq > 0) return EventType::IrqHandlerEntry; break;
        default: break;
        }
    }
    return EventType::Count;
}

bool is_ksoftirqd(const EventLog& log, const Event& e) { return starts_with(log.task(e.task).comm, "ksoftirqd"); }

} // namespace

const std::vector<CodeListing>& kernel_listings(const Profile& profile) { return code_of(profile).listings; }

const CodeListing& kernel_listing(const Profile& profile, CodeFn fn) {
    return code_of(profile).listings.at(static_cast<std::size_t>(fn));
}

CodeLocation locate(const EventLog& log, std::size_t i, const Profile& profile) {
    const ProfileCode& pc = code_of(profile);
    auto at = [&](CodeFn fn, const char* anchor) {
        CodeLocation l;
        const auto& a = pc.anchors[static_cast<std::size_t>(fn)];
        auto it = a.find(anchor);
        if (it == a.end()) return l; // the era has no such line (e.g. the 6.1 skip in 2.6)
        l.id = fn;
        l.function = pc.listings[static_cast<std::size_t>(fn)].function;
        l.line = it->second;
        return l;
    };
    if (i >= log.size()) return {};
    const Event& e = log[i];
    const std::string_view name = log.str(e.name);
    const std::string_view detail = log.str(e.detail);
    const Event* prev = prev_on_cpu(log, i);
    switch (e.type) {
    case EventType::TimerTick: return at(CodeFn::TimerTick, "jiffies");
    case EventType::IrqHandlerEntry: return name == "timer" ? at(CodeFn::TimerTick, "enter") : at(CodeFn::HardIrq, "handler");
    case EventType::IrqHandlerExit: return name == "timer" ? at(CodeFn::TimerTick, "exit") : at(CodeFn::HardIrq, "exit");
    case EventType::SoftirqRaise:
        if (prev && (prev->type == EventType::TaskletSchedule || prev->type == EventType::TaskletHiSchedule))
            return at(CodeFn::TaskletSchedule, "raise");
        if (prev && prev->type == EventType::TaskletRequeue) return at(CodeFn::TaskletAction, "reraise");
        if (prev && prev->type == EventType::WorkqueueExecuteEnd) return at(CodeFn::TaskletAction, "bhwq");
        if (name == "TIMER" && e.context == Context::HardIrq) return at(CodeFn::TimerTick, "raise");
        return at(CodeFn::RaiseSoftirqIrqoff, "set");
    case EventType::SoftirqEntry: return at(CodeFn::DoSoftirq, "action");
    case EventType::SoftirqExit: return at(CodeFn::DoSoftirq, "live");
    case EventType::SoftirqPass: return e.arg <= 1 ? at(CodeFn::DoSoftirq, "pass") : at(CodeFn::DoSoftirq, "restart");
    case EventType::DoSoftirqEntry: return at(CodeFn::DoSoftirq, "entry");
    case EventType::DoSoftirqExit: return (e.flags & 1) ? at(CodeFn::DoSoftirq, "wake") : at(CodeFn::DoSoftirq, "exit");
    case EventType::TaskletEntry: return at(CodeFn::TaskletAction, "call");
    case EventType::TaskletExit: return at(CodeFn::TaskletAction, "unlock");
    case EventType::TaskletRequeue: return at(CodeFn::TaskletAction, "requeue");
    case EventType::TaskletDrop: return at(CodeFn::TaskletAction, "bug");
    case EventType::TaskletSchedule:
    case EventType::TaskletHiSchedule:
        return (e.flags & kFlagQueued) ? at(CodeFn::TaskletSchedule, "insert") : at(CodeFn::TaskletSchedule, "noop");
    case EventType::TaskletDisable: return at(CodeFn::TaskletDisable, "inc");
    case EventType::TaskletDisableNosync: return at(CodeFn::TaskletDisable, "nosync");
    case EventType::TaskletEnable: return at(CodeFn::TaskletEnable, "dec");
    case EventType::TaskletKill: return at(CodeFn::TaskletKill, "check");
    case EventType::TaskletApiReturn:
        if (e.arg == static_cast<std::int32_t>(Op::TaskletKill)) return at(CodeFn::TaskletKill, "clear");
        return at(CodeFn::TaskletDisable, "return");
    case EventType::WaitBegin:
    case EventType::WaitEnd: {
        if (starts_with(name, "tasklet_disable")) return at(CodeFn::TaskletDisable, "wait");
        if (starts_with(name, "tasklet_kill")) {
            // The first wait after the kill call is for SCHED, a later one for RUN.
            int waits = 0;
            for (std::size_t k = i; k-- > 0;) {
                const Event& x = log[k];
                if (x.task != e.task) continue;
                if (x.type == EventType::TaskletKill) break;
                if (x.type == EventType::WaitBegin && log.str(x.name) == name) ++waits;
            }
            const bool first = e.type == EventType::WaitBegin ? waits == 0 : waits <= 1;
            return at(CodeFn::TaskletKill, first ? "wait_sched" : "wait_run");
        }
        return at(CodeFn::JitCallback, "wait");
    }
    case EventType::SchedWakeup: {
        const std::string_view woken = name;
        const EventType frame = open_frame(log, i);
        if (starts_with(woken, "ksoftirqd")) {
            if (frame == EventType::DoSoftirqEntry || frame == EventType::TaskletEntry)
                return at(CodeFn::DoSoftirq, "wake");
            if (prev && prev->type == EventType::SoftirqRaise) return at(CodeFn::RaiseSoftirqIrqoff, "wake");
            return at(CodeFn::Schedule, "wakeup");
        }
        if (frame == EventType::TaskletEntry) return at(CodeFn::JitCallback, "wake");
        if (frame == EventType::IrqHandlerEntry) return at(CodeFn::HardIrq, "wake");
        return at(CodeFn::Schedule, "wakeup");
    }
    case EventType::SchedSleep:
        if (is_ksoftirqd(log, e)) return at(CodeFn::KsoftirqdLoop, "sleep");
        if (detail == "D") { // an uninterruptible wait of a kill or a disable
            for (std::size_t k = i; k-- > 0;)
                if (log[k].task == e.task && log[k].type == EventType::WaitBegin) {
                    CodeLocation l = locate(log, k, profile);
                    if (l.valid()) return l;
                    break;
                }
        }
        return at(CodeFn::Schedule, "sleep");
    case EventType::SchedSwitch: return at(CodeFn::Schedule, "switch");
    case EventType::ProcRead: return e.flags == 0 ? at(CodeFn::JitCallback, "line0") : at(CodeFn::JitCallback, "return");
    case EventType::TimerExpire: return at(CodeFn::JitCallback, "timer");
    case EventType::LocalBhDisable: return at(CodeFn::LocalBhEnable, "disable");
    case EventType::LocalBhEnable: return at(CodeFn::LocalBhEnable, "enable");
    case EventType::WorkqueueQueueWork: return at(CodeFn::RaiseSoftirqIrqoff, "set");
    case EventType::WorkqueueExecuteStart:
    case EventType::WorkqueueExecuteEnd: return at(CodeFn::TaskletAction, "bhwq");
    case EventType::KernelMessage:
        if (detail.find("Attempt to kill") != std::string_view::npos) return at(CodeFn::TaskletKill, "printk");
        if (detail.find("scheduling while atomic") != std::string_view::npos) return at(CodeFn::Schedule, "atomic");
        if (detail.find("DEBUG_LOCKS_WARN_ON") != std::string_view::npos) return at(CodeFn::LocalBhEnable, "enable");
        return at(CodeFn::TaskletAction, "bug"); // kernel BUG at softirq.c / WARNING / SCHED state not set
    case EventType::SimNote: {
        // The simulator's explanation of what the kernel does silently: point at the code concerned.
        if (detail.find("tasklet_enable") != std::string_view::npos) return at(CodeFn::TaskletEnable, "dec");
        if (detail.find("local_bh_enable") != std::string_view::npos) return at(CodeFn::LocalBhEnable, "enable");
        if (detail.find("tasklet_init") != std::string_view::npos) return at(CodeFn::TaskletSchedule, "insert");
        if (detail.find("atomic context") != std::string_view::npos) return at(CodeFn::Schedule, "atomic");
        return at(CodeFn::DoSoftirq, "restart"); // the profile note about the restart rule
    }
    case EventType::Count: break;
    }
    return {};
}

} // namespace tl
