// The scheduler model of §7: O(1) for the 2.6 profiles (nice-19 ksoftirqd cannot preempt a nice-0
// hog), a small CFS for 6.x (nice-0 ksoftirqd preempts at the next preemption point).
#include "engine_impl.h"

#include <algorithm>
#include <array>

namespace tl {

namespace {
// sched_prio_to_weight[] for nice -20..19: each step is about 1.25x.
constexpr std::array<std::int64_t, 40> kWeights{
    88761, 71755, 56483, 46273, 36291, 29154, 23254, 18705, 14949, 11916, 9548, 7620, 6100, 4904,
    3906,  3121,  2501,  1991,  1586,  1277,  1024,  820,   655,   526,   423,   335,  272,  215,
    172,   137,   110,   87,    70,    56,    45,    36,    29,    23,    18,    15};
constexpr Nanos kSchedLatency = 6 * kNsPerMs;
constexpr Nanos kMinGranularity = 750 * kNsPerUs;
constexpr Nanos kWakeupGranularity = 1 * kNsPerMs;
} // namespace

std::int64_t Engine::Impl::cfs_weight(int nice) { return kWeights[static_cast<std::size_t>(std::clamp(nice, -20, 19) + 20)]; }

// O(1) task_timeslice(): 100 ms at nice 0, 5 ms at nice 19, 800 ms at nice -20.
Nanos Engine::Impl::o1_timeslice(int nice) const
{
    const int prio = 120 + nice;
    const Nanos base = prio < 120 ? 400 * kNsPerMs : 100 * kNsPerMs;
    return std::max<Nanos>(5 * kNsPerMs, base * (140 - prio) / 20);
}

// O(1) effective_prio(): static priority minus an interactivity bonus of -5..+5 from sleep_avg, so a
// task that sleeps a lot (cat, a shell) preempts a CPU hog of the same nice, while a nice-19 ksoftirqd
// (at best 134) still never beats a nice-0 hog (at worst 125). (OQ-4: a reduced model of sched.c.)
constexpr Nanos kMaxSleepAvg = 1000 * kNsPerMs;
int Engine::Impl::o1_prio(const Task& t) const
{
    const int bonus = static_cast<int>(t.sleep_avg * 10 / kMaxSleepAvg);
    return 120 + t.nice - (bonus - 5);
}

void Engine::Impl::enqueue(Task& t, bool at_tail)
{
    if (at_tail || t.rq_seq == 0) t.rq_seq = ++rq_seq;
    Cpu& c = cpus[static_cast<std::size_t>(t.cpu)];
    if (std::find(c.runqueue.begin(), c.runqueue.end(), &t) == c.runqueue.end()) c.runqueue.push_back(&t);
}

void Engine::Impl::dequeue(Task& t)
{
    Cpu& c = cpus[static_cast<std::size_t>(t.cpu)];
    std::erase(c.runqueue, &t);
}

bool Engine::Impl::others_runnable(const Cpu& c) const { return !c.runqueue.empty(); }

Task* Engine::Impl::pick_next(Cpu& c)
{
    if (c.runqueue.empty()) return c.idle;
    auto better_seq = [](const Task* a, const Task* b) { return a->rq_seq < b->rq_seq; };
    Task* best = nullptr;
    for (Task* t : c.runqueue) // an action's caller gets the CPU at once
        if (t->urgent && (!best || better_seq(t, best))) best = t;
    if (!best && prof->scheduler == SchedulerModel::O1) {
        const bool any_active =
            std::any_of(c.runqueue.begin(), c.runqueue.end(), [](const Task* t) { return !t->expired; });
        if (!any_active)
            for (Task* t : c.runqueue) t->expired = false; // the arrays switch
        for (Task* t : c.runqueue) {
            if (t->expired) continue;
            const int p = o1_prio(*t);
            if (!best || p < o1_prio(*best) || (p == o1_prio(*best) && better_seq(t, best))) best = t;
        }
    } else if (!best) {
        for (Task* t : c.runqueue) {
            // ksoftirqd_delay: a woken ksoftirqd waits its delay unless nothing else can run.
            const bool delayed = t->role == Role::Ksoftirqd && now < t->delay_until;
            auto key = [&](const Task* x, bool d) { return std::pair{d ? 1 : 0, x->vruntime}; };
            if (!best) {
                best = t;
                continue;
            }
            const bool best_delayed = best->role == Role::Ksoftirqd && now < best->delay_until;
            if (key(t, delayed) < key(best, best_delayed) ||
                (key(t, delayed) == key(best, best_delayed) && better_seq(t, best)))
                best = t;
        }
    }
    dequeue(*best);
    return best;
}

void Engine::Impl::account_current(Cpu& c)
{
    Task& t = *c.current;
    if (&t != c.idle && prof->scheduler == SchedulerModel::Cfs) {
        const Nanos delta = now - t.exec_start;
        t.vruntime += delta * 1024 / cfs_weight(t.nice);
    }
    if (&t != c.idle && prof->scheduler == SchedulerModel::O1)
        t.sleep_avg = std::max<Nanos>(0, t.sleep_avg - (now - t.exec_start)); // running drains it
    t.exec_start = now;
    if (prof->scheduler == SchedulerModel::Cfs) {
        std::int64_t m = &t != c.idle && t.state == TaskState::Running ? t.vruntime : INT64_MAX;
        for (const Task* r : c.runqueue) m = std::min(m, r->vruntime);
        if (m != INT64_MAX) c.min_vruntime = std::max(c.min_vruntime, m);
    }
}

void Engine::Impl::switch_to(Cpu& c, Task& next)
{
    Task& prev = *c.current;
    c.need_resched = false;
    if (&prev == &next) {
        next.state = TaskState::Running;
        return;
    }
    account_current(c);
    Thread& pt = prev.thread;
    if (pt.wait == Wait::Consume) {
        pt.remaining = pt.until >= kForever ? kForever : pt.until - now;
        pt.wait = Wait::Preempted;
        pt.token = 0;
    }
    const std::uint32_t state = prev.state == TaskState::Sleeping                   ? id_state_S
                                : prev.state == TaskState::SleepingUninterruptible ? id_state_D
                                : prev.state == TaskState::Dead                    ? id_state_X
                                                                                   : id_state_R;
    if (&prev == c.idle) prev.state = TaskState::Runnable;
    if (prev.state == TaskState::Sleeping || prev.state == TaskState::SleepingUninterruptible) note_sleep(prev);
    emit(c, EventType::SchedSwitch, next.comm_id, static_cast<std::int32_t>(next.log_idx), 0, state);
    c.current = &next;
    next.state = TaskState::Running;
    next.urgent = false;
    next.exec_start = now;
    next.slice_start = now;
    Thread& nt = next.thread;
    // Whatever it waited in, it re-checks its condition now that it runs.
    if (nt.wait == Wait::Sleep || nt.wait == Wait::Spin || nt.wait == Wait::YieldSpin || nt.wait == Wait::Resched)
        nt.wait = Wait::Ready;
    // The switch itself costs CPU time before the incoming task continues where it stopped.
    if (sc.costs.context_switch > 0) {
        if (nt.wait == Wait::Ready)
            arm_consume(nt, sc.costs.context_switch, false);
        else if (nt.wait == Wait::Preempted && nt.remaining < kForever)
            nt.remaining += sc.costs.context_switch;
    }
}

bool Engine::Impl::wake_up_process(Task& t, bool urgent)
{
    if (t.state == TaskState::Running || t.state == TaskState::Runnable || t.state == TaskState::Dead) {
        t.urgent = t.urgent || urgent;
        return false;
    }
    Cpu& c = cpus[static_cast<std::size_t>(t.cpu)];
    t.state = TaskState::Runnable;
    t.urgent = urgent;
    if (prof->scheduler == SchedulerModel::Cfs) {
        account_current(c);
        // place_entity(): a sleeper is credited at most half a latency period.
        t.vruntime = std::max(t.vruntime, c.min_vruntime - kSchedLatency / 2);
    } else {
        t.expired = false; // a woken task goes to the active array
        t.sleep_avg = std::min(kMaxSleepAvg, t.sleep_avg + (now - t.sleep_start));
    }
    if (t.role == Role::Ksoftirqd && sc.ksoftirqd_delay > 0) {
        t.delay_until = now + sc.ksoftirqd_delay;
        push(QKind::DelayCheck, QClass::CpuWork, t.delay_until, t.cpu, 0, 0);
    }
    enqueue(t, true);
    Cpu& waker = running ? cpus[static_cast<std::size_t>(running->cpu)] : c;
    emit(waker, EventType::SchedWakeup, t.comm_id, static_cast<std::int32_t>(t.log_idx));
    check_preempt_wakeup(c, t);
    if (!running || running->cpu != t.cpu) kick(t.cpu);
    return true;
}

void Engine::Impl::check_preempt_wakeup(Cpu& c, Task& woken)
{
    Task& cur = *c.current;
    if (&cur == &woken) return;
    if (&cur == c.idle || woken.urgent) {
        c.need_resched = true;
        return;
    }
    if (prof->scheduler == SchedulerModel::O1) {
        // TASK_PREEMPTS_CURR: only a strictly higher priority preempts; nice 19 never beats nice 0.
        account_current(c);
        if (o1_prio(woken) < o1_prio(cur)) c.need_resched = true;
        return;
    }
    if (woken.role == Role::Ksoftirqd && now < woken.delay_until) return;
    account_current(c);
    if (cur.vruntime - woken.vruntime > kWakeupGranularity) c.need_resched = true;
}

void Engine::Impl::scheduler_tick(Cpu& c)
{
    Task& cur = *c.current;
    if (&cur == c.idle) return;
    account_current(c);
    if (prof->scheduler == SchedulerModel::O1) {
        cur.slice_left -= period;
        if (cur.slice_left <= 0) {
            // The timeslice is used up: the task moves to the expired array.
            cur.slice_left = o1_timeslice(cur.nice);
            cur.expired = true;
            cur.rq_seq = ++rq_seq;
            c.need_resched = true;
        }
        return;
    }
    if (c.runqueue.empty()) return;
    std::int64_t total = cfs_weight(cur.nice);
    for (const Task* t : c.runqueue) total += cfs_weight(t->nice);
    const Nanos ideal = std::max(kMinGranularity, kSchedLatency * cfs_weight(cur.nice) / total);
    if (now - cur.slice_start >= ideal) {
        const bool only_delayed = std::all_of(c.runqueue.begin(), c.runqueue.end(), [&](const Task* t) {
            return t->role == Role::Ksoftirqd && now < t->delay_until;
        });
        if (!only_delayed) c.need_resched = true;
    }
}

} // namespace tl
