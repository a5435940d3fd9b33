// Hard IRQs, irq_exit, __do_softirq with each era's restart policy, ksoftirqd, local_bh_enable,
// and the bodies of the idle task and of user tasks (§5, §6, R-RAISE, R-ENTRY, R-KSD).
#include "engine_impl.h"

namespace tl {

std::string Engine::Impl::pending_names(std::uint32_t mask) const
{
    std::string s;
    for (int v = 0; v < nr_vectors; ++v) {
        if (!(mask & (1u << v))) continue;
        if (!s.empty()) s += '|';
        s += log.str(vector_ids[static_cast<std::size_t>(v)]);
    }
    return s;
}

std::uint32_t Engine::Impl::pending_name_id(std::uint32_t mask)
{
    auto& id = pending_name_ids[mask & (pending_name_ids.size() - 1)];
    if (!id) id = log.intern(pending_names(mask));
    return id;
}

// __raise_softirq_irqoff(): sets the bit, nothing else.
void Engine::Impl::raise_softirq_bit(Cpu& c, int nr)
{
    c.softirq_pending |= 1u << nr;
    emit(c, EventType::SoftirqRaise, vector_name(nr), nr);
}

// raise_softirq_irqoff(): outside interrupt context nobody would process the bit soon, so wake
// ksoftirqd. Inside, irq_exit() or the running __do_softirq() will see it.
void Engine::Impl::raise_softirq_irqoff(Cpu& c, int nr)
{
    raise_softirq_bit(c, nr);
    if (!in_interrupt(c)) wakeup_softirqd(c);
}

// 2.6 wakes only a ksoftirqd that is not TASK_RUNNING; 6.x calls wake_up_process(), which does
// nothing for a running task. Both leave a runnable ksoftirqd alone.
void Engine::Impl::wakeup_softirqd(Cpu& c) { wake_up_process(*c.ksoftirqd); }

// 6.1 ksoftirqd_running(): defer to ksoftirqd when it is already TASK_RUNNING, unless HI or
// TASKLET is pending (tasklets are latency-sensitive, so they are exempt).
bool Engine::Impl::ksoftirqd_running(const Cpu& c, std::uint32_t pending) const
{
    const std::uint32_t exempt = (1u << kHiSoftirq) | (1u << tasklet_vec_nr);
    if (pending & exempt) return false;
    const TaskState s = c.ksoftirqd->state;
    return s == TaskState::Running || s == TaskState::Runnable;
}

Co Engine::Impl::hardirq(Cpu& c, PendingIrq irq, int ticks)
{
    c.hardirq += 1; // irq_enter(): HARDIRQ_OFFSET
    if (irq.kind == PendingIrq::Kind::Tick) {
        c.hardirq_name = "timer";
        emit(c, EventType::IrqHandlerEntry, id_timer, 0);
        if (c.id == 0) jiffies += static_cast<std::uint64_t>(ticks); // do_timer() on the timekeeping CPU
        emit(c, EventType::TimerTick, id_timer, static_cast<std::int32_t>(jiffies & 0x7fffffff));
        co_await step_point();
        scheduler_tick(c);
        // run_local_timers(): 2.6 raises TIMER on every tick; 6.x only when a timer is due.
        if (prof->timer_raise_every_tick || timer_due(c)) raise_softirq_irqoff(c, kTimerSoftirq);
        co_await consume(sc.costs.tick_handler);
        emit(c, EventType::IrqHandlerExit, id_timer, 0);
        co_await step_point();
    } else if (irq.kind == PendingIrq::Kind::Source) {
        IrqSource& src = sources[static_cast<std::size_t>(irq.source)];
        c.hardirq_name = src.spec.name;
        emit(c, EventType::IrqHandlerEntry, src.name_id, src.spec.irq);
        co_await step_point();
        co_await consume(src.spec.handler);
        // The top half's deferred work: the tasklets, in order (tasklet_schedule from hard IRQ).
        for (Tasklet* t : src.schedule) tasklet_schedule(c, *t, src.spec.hi);
        for (Task* t : src.wake)
            if (t->waiting_for.empty()) wake_up_process(*t);
        emit(c, EventType::IrqHandlerExit, src.name_id, src.spec.irq);
        co_await step_point();
    } else {
        // A tasklet call made "from a hard IRQ": modelled as an irq_work self-interrupt.
        const ActionSpec a = sc.actions[irq.action];
        c.hardirq_name = "irq_work";
        emit(c, EventType::IrqHandlerEntry, id_irq_work, 246);
        co_await tasklet_api(c, a.op, *tasklet_by_name.at(a.tasklet));
        if (panicked) co_return;
        emit(c, EventType::IrqHandlerExit, id_irq_work, 246);
    }
    co_await irq_exit(c);
}

// R-ENTRY 1.
Co Engine::Impl::irq_exit(Cpu& c)
{
    c.hardirq -= 1;
    if (in_interrupt(c) || !c.softirq_pending) co_return;
    if (prof->ksoftirqd_running_skip && ksoftirqd_running(c, c.softirq_pending)) co_return;
    co_await handle_softirqs(c, SoftirqPath::IrqExit);
}

// do_softirq(): never from interrupt context; in 6.1 also subject to ksoftirqd_running().
Co Engine::Impl::do_softirq(Cpu& c, SoftirqPath path)
{
    if (in_interrupt(c) || !c.softirq_pending) co_return;
    if (prof->ksoftirqd_running_skip && ksoftirqd_running(c, c.softirq_pending)) co_return;
    co_await handle_softirqs(c, path);
}

// __do_softirq() / handle_softirqs() (§5.1).
Co Engine::Impl::handle_softirqs(Cpu& c, SoftirqPath path)
{
    std::uint32_t snap = c.softirq_pending;
    c.softirq_serving += 1; // SOFTIRQ_OFFSET: in_serving_softirq()
    int left = 10;          // MAX_SOFTIRQ_RESTART
    const std::uint64_t end_j = jiffies + msecs_to_jiffies(2, hz); // MAX_SOFTIRQ_TIME
    std::uint32_t mask = ~snap;                                     // 2.6.0/2.6.1
    int passes = 0;
    bool woke = false;
    emit(c, EventType::DoSoftirqEntry, 0, static_cast<std::int32_t>(path), 0, pending_name_id(snap));
    co_await step_point();
    for (;;) {
        c.softirq_pending = 0; // irqs are enabled from here on: nested IRQs may raise again
        ++passes;
        emit(c, EventType::SoftirqPass, 0, passes, 0, pending_name_id(snap));
        for (int v = 0; v < nr_vectors; ++v) {
            if (!(snap & (1u << v))) continue;
            c.serving_vector = v;
            emit(c, EventType::SoftirqEntry, vector_name(v), v);
            co_await step_point();
            co_await consume(sc.costs.softirq_action);
            co_await softirq_action(c, v);
            if (panicked) co_return;
            c.serving_vector = v;
            emit(c, EventType::SoftirqExit, vector_name(v), v);
            c.serving_vector = -1;
            co_await step_point();
        }
        const std::uint32_t live = c.softirq_pending;
        if (!live) break;
        bool again = false;
        switch (prof->restart) {
        case RestartPolicy::Mask:
            // Restart only for a vector that has not run yet in this invocation.
            if (live & mask) {
                mask &= ~live;
                again = true;
            }
            break;
        case RestartPolicy::Count10: again = --left > 0; break;
        case RestartPolicy::Count10TimeResched:
            again = jiffies < end_j && !c.need_resched && --left > 0;
            break;
        }
        if (again) {
            snap = live;
            continue;
        }
        wakeup_softirqd(c);
        woke = true;
        break;
    }
    c.softirq_serving -= 1;
    emit(c, EventType::DoSoftirqExit, 0, passes, woke ? 1 : 0);
}

Co Engine::Impl::softirq_action(Cpu& c, int vec)
{
    if (vec == kHiSoftirq) {
        co_await tasklet_action(c, true);
    } else if (vec == tasklet_vec_nr) {
        co_await tasklet_action(c, false);
    } else if (vec == kTimerSoftirq) {
        run_timers(c);
    }
}

Co Engine::Impl::cond_resched(Cpu& c)
{
    if (c.need_resched) co_await suspend_as(Wait::Resched);
}

// R-KSD.
Co Engine::Impl::ksoftirqd_thread(Task& t)
{
    Cpu& c = cpus[static_cast<std::size_t>(t.cpu)];
    for (;;) {
        if (!c.softirq_pending) {
            t.state = TaskState::Sleeping; // TASK_INTERRUPTIBLE; schedule()
            emit(c, EventType::SchedSleep, t.comm_id, static_cast<std::int32_t>(t.log_idx), 0, id_state_S);
            co_await suspend_as(Wait::Sleep);
            continue;
        }
        if (prof->era == Era::E26) {
            while (c.softirq_pending) {
                c.preempt += 1; // preempt_disable(): stops the CPU going offline
                co_await do_softirq(c, SoftirqPath::Ksoftirqd);
                c.preempt -= 1;
                if (panicked) co_return;
                co_await cond_resched(c);
            }
        } else {
            // run_ksoftirqd(): one invocation per smpboot loop step, then cond_resched().
            co_await handle_softirqs(c, SoftirqPath::Ksoftirqd);
            if (panicked) co_return;
            co_await cond_resched(c);
        }
    }
}

Co Engine::Impl::idle_thread(Task&)
{
    for (;;) co_await consume(kForever, true); // the idle loop: preemptible whenever work appears
}

Co Engine::Impl::user_thread(Task& t)
{
    Cpu& c = cpus[static_cast<std::size_t>(t.cpu)];
    for (;;) {
        if (!t.ops.empty()) {
            const std::size_t idx = t.ops.front();
            t.ops.pop_front();
            co_await perform(t, idx);
            if (panicked) co_return;
            continue;
        }
        t.urgent = false;
        if (t.bh_held > 0) {
            co_await consume(kForever, false); // in the kernel with BH disabled until its next call
        } else if (t.base_running) {
            co_await consume(kForever, true); // CPU-bound user code
        } else {
            t.state = TaskState::Sleeping;
            emit(c, EventType::SchedSleep, t.comm_id, static_cast<std::int32_t>(t.log_idx), 0, id_state_S);
            co_await suspend_as(Wait::Sleep);
        }
    }
}

// local_bh_enable(): drop the BH count but keep preemption off while pending softirqs run in the
// caller's own context (oracle 16: current is the caller).
Co Engine::Impl::local_bh_enable(Cpu& c, Task& t)
{
    c.bh_disabled -= 1;
    t.bh_held -= 1;
    c.preempt += 1;
    emit(c, EventType::LocalBhEnable, 0, preempt_fields(c).softirq);
    if (!in_interrupt(c) && c.softirq_pending) co_await do_softirq(c, SoftirqPath::LocalBhEnable);
    c.preempt -= 1;
}

Co Engine::Impl::perform(Task& t, std::size_t idx)
{
    const ActionSpec a = sc.actions[idx]; // a copy: injected actions may grow the vector meanwhile
    Cpu& c = cpus[static_cast<std::size_t>(t.cpu)];
    switch (a.op) {
    case Op::ReadProc: co_await jit_read(c, t, idx); break;
    case Op::LocalBhDisable:
        c.bh_disabled += 1;
        t.bh_held += 1;
        emit(c, EventType::LocalBhDisable, 0, preempt_fields(c).softirq);
        break;
    case Op::LocalBhEnable:
        if (t.bh_held == 0) {
            // The preempt_count would underflow; debug kernels catch it here (sub_preempt_count).
            kernel_message(c, "DEBUG_LOCKS_WARN_ON(val > preempt_count())");
            sim_note(c, "local_bh_enable() by " + t.comm + " without a matching local_bh_disable(): ignored");
            break;
        }
        co_await local_bh_enable(c, t);
        break;
    default: co_await tasklet_api(c, a.op, *tasklet_by_name.at(a.tasklet)); break;
    }
}

} // namespace tl
