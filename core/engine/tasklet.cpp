// The tasklet API (§3) and tasklet_action (§4, R-ACT): per-CPU lists, SCHED/RUN/count, requeue on
// trylock failure or disable, and the waits of disable and kill.
#include "engine_impl.h"

#include <algorithm>

namespace tl {

namespace {
constexpr Nanos kYieldCost = 200; // one sched_yield() round trip when yield() finds others to run
}

void Engine::Impl::notify(std::vector<Thread*>& waiters)
{
    std::vector<Thread*> ws;
    ws.swap(waiters);
    for (Thread* w : ws) {
        if (w->task && w->wait == Wait::Sleep &&
            (w->task->state == TaskState::Sleeping || w->task->state == TaskState::SleepingUninterruptible))
            wake_up_process(*w->task);
        else
            kick(w->cpu);
    }
}

void Engine::Impl::tasklet_enqueue(Cpu& c, Tasklet& t, bool hi)
{
    auto& list = hi ? c.tasklet_hi_vec : c.tasklet_vec;
    const bool tail_lost = hi ? c.hi_vec_tail_lost : c.vec_tail_lost;
    if (prof->order == ListOrder::Lifo) {
        list.insert(list.begin(), &t); // 2.6: t->next = head; head = t
    } else if (tail_lost) {
        // 6.x appends through the tail pointer, which still points into the part a re-init cut off.
        t.queued_cpu = -1;
        sim_note(c, t.name + " was appended behind a tasklet cut off by tasklet_init(): it is lost, SCHED "
                              "stays set");
        return;
    } else {
        list.push_back(&t); // 6.x: *tail = t; tail = &t->next
    }
    t.queued_cpu = c.id;
    t.queued_hi = hi;
}

// queue_work() on system_bh_wq / system_bh_highpri_wq: a pending item is not queued twice; queueing
// raises the vector the pool runs in (R-BHWQ).
void Engine::Impl::queue_bh_work(Cpu& c, Tasklet& w, bool hi)
{
    const bool queued = !w.sched;
    // Workqueues are non-reentrant: an item still running on another CPU is queued to that CPU's
    // pool (__queue_work: find_worker_executing_work), which kick_bh_pool() raises remotely.
    Cpu& target = w.running_cpu >= 0 ? cpus[static_cast<std::size_t>(w.running_cpu)] : c;
    if (queued) {
        w.sched = true;
        (hi ? target.bh_works_hi : target.bh_works).push_back(&w);
        w.queued_cpu = target.id;
        w.queued_hi = hi;
    }
    emit(c, EventType::WorkqueueQueueWork, w.name_id, w.id,
         static_cast<std::uint8_t>((queued ? kFlagQueued : 0) | (hi ? kFlagHi : 0)));
    if (!queued) return;
    if (&target == &c) {
        raise_softirq_irqoff(c, hi ? kHiSoftirq : tasklet_vec_nr);
    } else {
        raise_softirq_bit(target, hi ? kHiSoftirq : tasklet_vec_nr); // irq_work_queue_on(pool->cpu)
        kick(target.id);
    }
}

// bh_worker(): runs the pool's items before the tasklets, for at most 10 rounds or 2 ms of jiffies;
// what is left re-raises the vector (kick_bh_pool).
Co Engine::Impl::bh_worker(Cpu& c, bool hi)
{
    auto& queue = hi ? c.bh_works_hi : c.bh_works;
    int restarts = 10;
    const std::uint64_t end_j = jiffies + msecs_to_jiffies(2, hz);
    do {
        std::vector<Tasklet*> batch;
        batch.swap(queue);
        for (Tasklet* w : batch) {
            w->sched = false; // PENDING is cleared before the function runs
            w->queued_cpu = -1;
            w->running_cpu = c.id;
            ++w->runs;
            emit(c, EventType::WorkqueueExecuteStart, w->name_id, w->id, hi ? kFlagHi : 0);
            co_await step_point();
            co_await consume(w->work);
            if (w->reschedule_left != 0) {
                if (w->reschedule_left > 0) --w->reschedule_left;
                queue_bh_work(c, *w, hi);
            }
            w->running_cpu = -1;
            emit(c, EventType::WorkqueueExecuteEnd, w->name_id, w->id, hi ? kFlagHi : 0);
            co_await step_point();
        }
    } while (!queue.empty() && --restarts > 0 && jiffies < end_j);
    if (!queue.empty()) raise_softirq_bit(c, hi ? kHiSoftirq : tasklet_vec_nr);
}

// R-SCHED.
bool Engine::Impl::tasklet_schedule(Cpu& c, Tasklet& t, bool hi)
{
    if (t.bh_work) {
        queue_bh_work(c, t, hi);
        return true;
    }
    const bool queued = !t.sched; // test_and_set_bit(TASKLET_STATE_SCHED)
    if (queued) {
        t.sched = true;
        tasklet_enqueue(c, t, hi);
    }
    const std::uint8_t f = static_cast<std::uint8_t>(tasklet_flags(t) | (queued ? kFlagQueued : 0) | (hi ? kFlagHi : 0));
    emit(c, hi ? EventType::TaskletHiSchedule : EventType::TaskletSchedule, t.name_id, t.id, f);
    if (queued) raise_softirq_irqoff(c, hi ? kHiSoftirq : tasklet_vec_nr);
    return queued;
}

void Engine::Impl::tasklet_unlock(Tasklet& t)
{
    if (!smp) return; // UP: RUN is never used
    t.run = false;
    notify(t.waiters);
}

// R-ACT.
Co Engine::Impl::tasklet_action(Cpu& c, bool hi)
{
    // >= 6.9: the BH workqueue pool of the same priority runs first (R-BHWQ).
    if (prof->bh_workqueue && !(hi ? c.bh_works_hi : c.bh_works).empty()) {
        co_await bh_worker(c, hi);
        if (panicked) co_return;
    }
    auto& list = hi ? c.tasklet_hi_vec : c.tasklet_vec;
    std::vector<Tasklet*> detached;
    detached.swap(c.spare_list);
    detached.swap(list); // the whole list is taken here, at action start (list now empty)
    (hi ? c.hi_vec_tail_lost : c.vec_tail_lost) = false;
    for (Tasklet* t : detached) t->queued_cpu = -1;
    const int vec = hi ? kHiSoftirq : tasklet_vec_nr;
    for (Tasklet* tp : detached) {
        Tasklet& t = *tp;
        const bool locked = !smp || !t.run; // tasklet_trylock()
        if (locked) {
            if (smp) t.run = true;
            if (t.count == 0) {
                if (!t.sched) {
                    if (prof->era == Era::E26) {
                        panic(c, {"kernel BUG at kernel/softirq.c: tasklet_action: SCHED not set for " + t.name,
                                  "invalid operand: 0000 [#1]",
                                  "Kernel panic - not syncing: Fatal exception in interrupt"});
                        co_return;
                    }
                    if (!warned_sched_once) {
                        warned_sched_once = true;
                        kernel_message(c, "WARNING: CPU: " + std::to_string(c.id) + " PID: " +
                                              std::to_string(c.current->pid) +
                                              " at kernel/softirq.c tasklet_clear_sched");
                        kernel_message(c, "tasklet SCHED state not set: func " + t.name);
                    }
                    emit(c, EventType::TaskletDrop, t.name_id, t.id, tasklet_flags(t));
                } else {
                    t.sched = false; // cleared just before the callback (6.x: and waiters woken)
                    notify(t.waiters);
                    co_await tasklet_callback(c, t, hi);
                    if (panicked) co_return;
                }
                tasklet_unlock(t);
                continue;
            }
            tasklet_unlock(t);
        }
        // Running on another CPU, or disabled: back on this CPU's list, vector raised again (R-CHURN).
        tasklet_enqueue(c, t, hi);
        const std::uint8_t why = locked ? kFlagDisabled : kFlagRun;
        emit(c, EventType::TaskletRequeue, t.name_id, t.id, static_cast<std::uint8_t>(why | (hi ? kFlagHi : 0)));
        raise_softirq_bit(c, vec);
        co_await step_point();
    }
    detached.clear();
    if (c.spare_list.capacity() < detached.capacity()) c.spare_list.swap(detached);
}

Co Engine::Impl::tasklet_callback(Cpu& c, Tasklet& t, bool hi)
{
    t.running_cpu = c.id;
    c.running_tasklet = &t;
    ++t.runs;
    emit(c, EventType::TaskletEntry, t.name_id, t.id, static_cast<std::uint8_t>(tasklet_flags(t) | (hi ? kFlagHi : 0)));
    if (t.jit) jit_tasklet_fn(c, *t.jit);
    co_await step_point();
    co_await consume(t.work);
    for (const auto& call : t.calls) {
        co_await tasklet_api(c, call.op, *tasklet_by_name.at(call.tasklet));
        if (panicked) co_return;
    }
    if (!t.jit && t.reschedule_left != 0) {
        if (t.reschedule_left > 0) --t.reschedule_left;
        tasklet_schedule(c, t, hi);
    }
    c.running_tasklet = nullptr;
    t.running_cpu = -1;
    emit(c, EventType::TaskletExit, t.name_id, t.id, static_cast<std::uint8_t>(tasklet_flags(t) | (hi ? kFlagHi : 0)));
    co_await step_point();
}

// Waiting as the calling context can: a task sleeps or yields, anything may spin; sleeping or
// yielding in atomic context is "scheduling while atomic", fatal in the simulator (§3 R-KILL).
Co Engine::Impl::wait_until(Cpu& c, std::vector<Thread*>& waiters, std::function<bool()> cond, Wait how,
                            std::string what, bool interruptible)
{
    if (cond()) co_return;
    Thread& th = *running;
    Task* task = th.task;
    if ((how == Wait::Sleep || how == Wait::YieldSpin) && (task == nullptr || in_atomic(c))) {
        char pc[16];
        std::snprintf(pc, sizeof pc, "0x%08x", preempt_fields(c).raw);
        panic(c, {"BUG: scheduling while atomic: " + c.current->comm + "/" + std::to_string(c.current->pid) + "/" +
                      pc + " in " + what});
        sim_note(c, "the simulator stops here: " + what + " had to wait in atomic context");
        co_return;
    }
    emit(c, EventType::WaitBegin, log.intern(what), static_cast<std::int32_t>(how == Wait::Sleep ? WaitKind::Sleep
                                                                              : how == Wait::YieldSpin ? WaitKind::Yield
                                                                                                       : WaitKind::Spin));
    if (task) {
        task->waiting_for = what;
        task->waiting_since = now;
    }
    while (!cond()) {
        if (std::find(waiters.begin(), waiters.end(), &th) == waiters.end()) waiters.push_back(&th);
        if (how == Wait::Sleep) {
            // wait_event_interruptible() sleeps in S; wait_var_event() and friends in D.
            task->state = interruptible ? TaskState::Sleeping : TaskState::SleepingUninterruptible;
            emit(c, EventType::SchedSleep, task->comm_id, static_cast<std::int32_t>(task->log_idx), 0,
                 interruptible ? id_state_S : id_state_D);
            co_await suspend_as(Wait::Sleep);
        } else if (how == Wait::YieldSpin) {
            co_await consume(kYieldCost);
            if (cond()) break;
            co_await suspend_as(Wait::YieldSpin);
        } else {
            co_await suspend_as(Wait::Spin);
        }
        if (panicked) co_return;
    }
    std::erase(waiters, &th);
    if (task) task->waiting_for.clear();
    emit(c, EventType::WaitEnd, log.intern(what), static_cast<std::int32_t>(how == Wait::Sleep ? WaitKind::Sleep
                                                                            : how == Wait::YieldSpin ? WaitKind::Yield
                                                                                                     : WaitKind::Spin));
}

// tasklet_unlock_wait(): 2.6 spins, 6.x sleeps (wait_var_event), UP returns at once.
Co Engine::Impl::tasklet_unlock_wait(Cpu& c, Tasklet& t, const char* what)
{
    if (!smp || !t.run) co_return;
    const Wait how = prof->era == Era::E26 ? Wait::Spin : Wait::Sleep;
    // Waiting on this CPU for a callback that this very CPU is running (a tasklet disabling itself,
    // or an interrupt over its callback): 2.6 spins forever here.
    if (how == Wait::Spin && t.running_cpu == c.id) c.stuck = true;
    co_await wait_until(c, t.waiters, [&t] { return !t.run; }, how, std::string(what) + "(" + t.name + ")");
}

// R-KILL.
Co Engine::Impl::tasklet_kill(Cpu& c, Tasklet& t)
{
    if (in_interrupt(c)) kernel_message(c, "Attempt to kill tasklet from interrupt");
    for (;;) {
        const bool old = t.sched; // test_and_set_bit(TASKLET_STATE_SCHED)
        t.sched = true;
        if (!old) break;
        // Queued: wait for it to run once (2.6 yield() loop; 6.x sleeps until SCHED clears).
        const Wait how = prof->era == Era::E26 ? Wait::YieldSpin : Wait::Sleep;
        co_await wait_until(c, t.waiters, [&t] { return !t.sched; }, how, "tasklet_kill(" + t.name + ")");
        if (panicked) co_return;
    }
    // We own SCHED now: tasklet_schedule() calls are no-ops until it is cleared below.
    co_await tasklet_unlock_wait(c, t, "tasklet_kill");
    if (panicked) co_return;
    t.sched = false;
    notify(t.waiters);
    emit(c, EventType::TaskletApiReturn, t.name_id, static_cast<std::int32_t>(Op::TaskletKill), tasklet_flags(t));
}

void Engine::Impl::tasklet_reinit(Tasklet& t)
{
    // tasklet_init() on a queued tasklet: next = NULL cuts the list after it; those tasklets keep
    // SCHED set and never run. t itself stays reachable with SCHED clear (oracle 29).
    for (auto& c : cpus) {
        for (bool hi : {false, true}) {
            auto& list = hi ? c.tasklet_hi_vec : c.tasklet_vec;
            auto it = std::find(list.begin(), list.end(), &t);
            if (it == list.end()) continue;
            for (auto lost = it + 1; lost != list.end(); ++lost) {
                (*lost)->queued_cpu = -1;
                sim_note(c, (*lost)->name + " was cut off the list by tasklet_init(" + t.name + "): it is lost");
            }
            list.erase(it + 1, list.end());
            if (prof->order == ListOrder::Fifo) (hi ? c.hi_vec_tail_lost : c.vec_tail_lost) = true;
        }
    }
    t.sched = false;
    t.run = false;
    t.count = 0;
}

Co Engine::Impl::tasklet_api(Cpu& c, Op op, Tasklet& t)
{
    auto count_text = [&] { return log.intern("count=" + std::to_string(t.count)); };
    switch (op) {
    case Op::TaskletSchedule: tasklet_schedule(c, t, false); break;
    case Op::TaskletHiSchedule: tasklet_schedule(c, t, true); break;
    case Op::TaskletDisableNosync: // R-DISN
        t.count += 1;
        emit(c, EventType::TaskletDisableNosync, t.name_id, t.id, tasklet_flags(t), count_text());
        break;
    case Op::TaskletDisable: // R-DIS
        t.count += 1;
        emit(c, EventType::TaskletDisable, t.name_id, t.id, tasklet_flags(t), count_text());
        co_await tasklet_unlock_wait(c, t, "tasklet_disable");
        if (panicked) co_return;
        emit(c, EventType::TaskletApiReturn, t.name_id, static_cast<std::int32_t>(Op::TaskletDisable),
             tasklet_flags(t));
        break;
    case Op::TaskletEnable: // R-EN: a plain decrement, no check, no raise
        t.count -= 1;
        emit(c, EventType::TaskletEnable, t.name_id, t.id, tasklet_flags(t), count_text());
        if (t.count < 0)
            sim_note(c, "tasklet_enable(" + t.name + ") without a matching disable: count is now " +
                            std::to_string(t.count) + "; the kernel does not warn, and any non-zero count keeps " +
                            t.name + " disabled");
        break;
    case Op::TaskletKill:
        emit(c, EventType::TaskletKill, t.name_id, t.id, tasklet_flags(t), count_text());
        co_await tasklet_kill(c, t);
        break;
    case Op::TaskletInit:
        tasklet_reinit(t);
        sim_note(c, "tasklet_init(" + t.name + "): state and count cleared");
        break;
    default: break;
    }
}

} // namespace tl
