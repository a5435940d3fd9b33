// What a CPU executes next: the innermost interrupt level or the current task, hard IRQ delivery
// whenever interrupts are enabled, and preemption at the points where the kernel allows it.
#include "engine_impl.h"

namespace tl {

Thread& Engine::Impl::top(Cpu& c)
{
    return c.irq_stack.empty() ? c.current->thread : *c.irq_stack.back();
}

void Engine::Impl::ConsumeAw::await_suspend(std::coroutine_handle<> h) noexcept
{
    Thread& th = *e->running;
    th.resume_point = h;
    e->arm_consume(th, d, user);
}

void Engine::Impl::WaitAw::await_suspend(std::coroutine_handle<> h) noexcept
{
    Thread& th = *e->running;
    th.resume_point = h;
    th.wait = kind;
}

void Engine::Impl::StepAw::await_suspend(std::coroutine_handle<> h) noexcept
{
    Thread& th = *e->running;
    th.resume_point = h;
    th.wait = Wait::StepPoint;
    e->fine_cpu = th.cpu;
}

void Engine::Impl::arm_consume(Thread& th, Nanos d, bool user)
{
    th.wait = Wait::Consume;
    th.user = user;
    th.until = d >= kForever - now ? kForever : now + d;
    th.token = ++token;
    if (th.until < kForever) push(QKind::Resume, QClass::CpuWork, th.until, th.cpu, 0, th.token);
}

void Engine::Impl::kick(int cpu) { push(QKind::Kick, QClass::CpuWork, now, cpu, 0, 0); }

void Engine::Impl::start_task_thread(Task& t)
{
    Thread& th = t.thread;
    switch (t.role) {
    case Role::Idle: th.root = idle_thread(t); break;
    case Role::Ksoftirqd: th.root = ksoftirqd_thread(t); break;
    case Role::User: th.root = user_thread(t); break;
    }
    th.resume_point = th.root.handle();
    th.wait = Wait::Ready;
}

Thread* Engine::Impl::new_irq_thread(Cpu& c)
{
    std::unique_ptr<Thread> th;
    if (!c.spare_threads.empty()) {
        th = std::move(c.spare_threads.back());
        c.spare_threads.pop_back();
    } else {
        th = std::make_unique<Thread>();
    }
    th->cpu = c.id;
    th->task = nullptr;
    th->wait = Wait::Ready;
    th->user = false;
    th->token = 0;
    c.irq_stack.push_back(std::move(th));
    return c.irq_stack.back().get();
}

// Hard IRQs do not nest (§5.1): one is taken only when no handler is running on this CPU.
void Engine::Impl::deliver_irq(Cpu& c)
{
    PendingIrq irq;
    int ticks = 0;
    if (c.pending_ticks > 0) {
        irq.kind = PendingIrq::Kind::Tick;
        ticks = c.pending_ticks; // ticks missed while a handler held the CPU are accounted at once
        c.pending_ticks = 0;
    } else {
        irq = c.pending_irqs.front();
        c.pending_irqs.pop_front();
    }
    Thread* th = new_irq_thread(c);
    th->root = hardirq(c, irq, ticks);
    th->resume_point = th->root.handle();
}

// A thread may be preempted here: user-mode code, the idle loop, or a voluntary preemption point.
// Kernel code in process context is not preempted (PREEMPT_VOLUNTARY, as Debian and the book's
// kernels are built).
bool Engine::Impl::preemptible(const Thread& th) const
{
    if (th.wait == Wait::Resched) return true;
    return (th.wait == Wait::Consume || th.wait == Wait::Preempted) && th.user;
}

void Engine::Impl::dispatch(Cpu& c)
{
    for (long guard = 0;; ++guard) {
        if (panicked) return;
        if (guard > 10'000'000) {
            internal_errors.push_back("CPU" + std::to_string(c.id) + ": dispatch did not settle");
            panicked = finished = true;
            return;
        }
        Thread& th = top(c);
        if (th.wait == Wait::StepPoint) return; // nothing else happens until step() continues it
        const bool continuing = th.wait == Wait::StepResume;
        if (continuing) th.wait = Wait::Ready;
        const bool irq_waiting = c.pending_ticks > 0 || !c.pending_irqs.empty();
        if (!continuing && irq_waiting && c.hardirq == 0 && th.wait != Wait::Running) {
            if (th.wait == Wait::Consume) {
                th.remaining = th.until >= kForever ? kForever : th.until - now;
                th.wait = Wait::Preempted;
                th.token = 0;
            }
            deliver_irq(c);
            continue;
        }
        if (!continuing && c.irq_stack.empty()) {
            Task& cur = *c.current;
            const bool blocked = cur.state == TaskState::Sleeping ||
                                 cur.state == TaskState::SleepingUninterruptible || cur.state == TaskState::Dead;
            if (blocked) {
                switch_to(c, *pick_next(c));
                continue;
            }
            if (th.wait == Wait::YieldSpin && others_runnable(c)) {
                // yield(): in O(1) the caller goes to the expired array, behind every active task.
                cur.expired = prof->scheduler == SchedulerModel::O1;
                cur.state = TaskState::Runnable;
                enqueue(cur, true);
                switch_to(c, *pick_next(c));
                continue;
            }
            if (c.need_resched && preemptible(th)) {
                c.need_resched = false;
                if (&cur != c.idle) {
                    cur.state = TaskState::Runnable;
                    enqueue(cur, false); // a preempted task keeps its place
                }
                Task* next = pick_next(c);
                if (next != &cur) {
                    switch_to(c, *next);
                    continue;
                }
                cur.state = TaskState::Running;
                if (th.wait == Wait::Resched) th.wait = Wait::Ready;
            }
        }
        if (th.wait == Wait::Resched) th.wait = Wait::Ready;
        if (th.wait == Wait::Ready) {
            th.wait = Wait::Running;
            Thread* const prev = running;
            running = &th;
            th.resume_point.resume();
            running = prev;
            if (th.root.done()) th.wait = Wait::Done;
            if (th.wait == Wait::Running) {
                internal_errors.push_back("a thread suspended without saying why");
                th.wait = Wait::Done;
            }
            if (th.wait == Wait::Done) {
                if (&th == (c.irq_stack.empty() ? nullptr : c.irq_stack.back().get())) {
                    c.irq_stack.back()->root.reset();
                    c.spare_threads.push_back(std::move(c.irq_stack.back()));
                    c.irq_stack.pop_back();
                } else if (th.task) {
                    th.task->state = TaskState::Dead;
                }
            }
            continue;
        }
        if (th.wait == Wait::Preempted) {
            arm_consume(th, th.remaining, th.user);
            continue;
        }
        return; // busy until a queued event, or waiting
    }
}

} // namespace tl
