// The event loop of the simulated machine, its construction from a scenario, and the public API.
#include "engine_impl.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <unordered_map>

namespace tl {

namespace {

constexpr std::array<const char*, 6> kVectors26{"HI", "TIMER", "NET_TX", "NET_RX", "SCSI", "TASKLET"};
constexpr std::array<const char*, 10> kVectors61{"HI",       "TIMER",   "NET_TX", "NET_RX",  "BLOCK",
                                                 "IRQ_POLL", "TASKLET", "SCHED",  "HRTIMER", "RCU"};

std::string seconds_text(Nanos t) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%lld.%06lld", static_cast<long long>(t / kNsPerSec),
                  static_cast<long long>((t % kNsPerSec) / kNsPerUs));
    return buf;
}

} // namespace

// ---------------------------------------------------------------- coroutine frame pool
namespace detail {

namespace {
struct FramePool {
    static constexpr std::size_t kGrain = 64;
    static constexpr std::size_t kClasses = 32; // up to 2 KiB frames are pooled
    std::array<std::vector<void*>, kClasses> free;
    ~FramePool() {
        for (auto& v : free)
            for (void* p : v)
                ::operator delete(p);
    }
};
thread_local FramePool pool;
} // namespace

void* co_frame_alloc(std::size_t n) {
    const std::size_t cls = (n + FramePool::kGrain - 1) / FramePool::kGrain;
    if (cls < FramePool::kClasses && !pool.free[cls].empty()) {
        void* p = pool.free[cls].back();
        pool.free[cls].pop_back();
        return p;
    }
    return ::operator new(cls < FramePool::kClasses ? cls * FramePool::kGrain : n);
}

void co_frame_free(void* p, std::size_t n) noexcept {
    const std::size_t cls = (n + FramePool::kGrain - 1) / FramePool::kGrain;
    if (cls < FramePool::kClasses && pool.free[cls].size() < 4096) {
        pool.free[cls].push_back(p);
        return;
    }
    ::operator delete(p);
}

} // namespace detail

// ---------------------------------------------------------------- deterministic sampling
double neg_log_unit(double u) {
    // u = m * 2^e, m in [1, 2): -ln u = -(ln m + e ln 2); ln m = 2 atanh((m-1)/(m+1)).
    int e = 0;
    double m = u;
    while (m < 1.0) {
        m *= 2.0;
        --e;
    }
    while (m >= 2.0) {
        m /= 2.0;
        ++e;
    }
    const double z = (m - 1.0) / (m + 1.0);
    const double z2 = z * z;
    double term = z;
    double sum = 0;
    for (int k = 1; k < 60 && term > 1e-18; k += 2) { // |z| <= 1/3: ~17 terms reach full precision
        sum += term / k;
        term *= z2;
    }
    constexpr double kLn2 = 0.6931471805599453094;
    return -(2.0 * sum + e * kLn2);
}

std::int64_t exponential_ns(SplitMix64& rng, double rate_hz) {
    const double x = neg_log_unit(rng.unit_open0()) / rate_hz * 1e9;
    const double capped = x > 1e15 ? 1e15 : x;
    return std::max<std::int64_t>(1, static_cast<std::int64_t>(capped));
}

// ---------------------------------------------------------------- construction
Engine::Impl::Impl(Scenario s, EngineOptions o)
    : sc(std::move(s))
    , opt(o) {
    build();
}

Engine::Impl::~Impl() {
    // Destroy coroutine frames before the state they reference.
    for (auto& c : cpus)
        c.irq_stack.clear();
    for (auto& t : tasks)
        t->thread.root.reset();
}

Task* Engine::Impl::make_task(int pid, std::string comm, int cpu, int nice, Role role) {
    auto t = std::make_unique<Task>();
    t->pid = pid;
    t->comm = std::move(comm);
    t->cpu = cpu;
    t->nice = nice;
    t->role = role;
    t->log_idx = log.add_task(pid, t->comm);
    t->comm_id = log.intern(t->comm);
    t->thread.cpu = cpu;
    t->thread.task = t.get();
    t->slice_left = o1_timeslice(nice);
    tasks.push_back(std::move(t));
    Task* p = tasks.back().get();
    start_task_thread(*p);
    return p;
}

Tasklet* Engine::Impl::new_tasklet(const TaskletSpec& spec, bool builtin) {
    auto t = std::make_unique<Tasklet>();
    // The jit module's tasklets take ids from their own range, so that a tasklet added by the user
    // mid-session (created at construction when the session is replayed) never shifts their ids.
    t->id = builtin ? kBuiltinTaskletIdBase + builtin_tasklets++ : user_tasklets++;
    t->name = spec.name;
    t->name_id = log.intern(spec.name);
    t->count = spec.disabled ? 1 : 0; // DECLARE_TASKLET_DISABLED
    t->work = spec.work;
    t->reschedule_left = spec.reschedule;
    t->calls = spec.calls;
    t->builtin = builtin;
    t->bh_work = spec.bh_work;
    tasklets.push_back(std::move(t));
    Tasklet* p = tasklets.back().get();
    if (!builtin) tasklet_by_name[p->name] = p;
    return p;
}

void Engine::Impl::build() {
    prof = find_profile(sc.profile);
    if (!prof) throw std::invalid_argument("unknown profile '" + sc.profile + "'");
    if (sc.cpus < 1 || sc.cpus > 64) throw std::invalid_argument("cpus must be 1..64");
    hz = sc.hz ? sc.hz : prof->default_hz;
    if (hz < 1 || hz > 10000) throw std::invalid_argument("hz out of range");
    if (!sc.smp && sc.cpus != 1) throw std::invalid_argument("a UP build (smp: false) has exactly 1 CPU");
    if (sc.duration <= 0 || sc.duration > kMaxSimulatedTime)
        throw std::invalid_argument("duration must be positive and at most 4398 s");
    period = tick_period(hz);
    smp = sc.smp;
    nr_vectors = prof->nr_softirqs;
    tasklet_vec_nr = prof->era == Era::E26 ? 5 : 6;
    sc.costs.softirq_action = std::max<Nanos>(1, sc.costs.softirq_action); // every softirq loop advances time
    for (int v = 0; v < nr_vectors; ++v)
        vector_ids.push_back(log.intern(prof->era == Era::E26 ? kVectors26[static_cast<std::size_t>(v)]
                                                              : kVectors61[static_cast<std::size_t>(v)]));
    id_timer = log.intern("timer");
    id_state_S = log.intern("S");
    id_state_D = log.intern("D");
    id_state_R = log.intern("R");
    id_state_X = log.intern("X");
    pending_name_ids.assign(std::size_t{1} << nr_vectors, 0);
    id_irq_work = log.intern("irq_work");
    log.start_jiffies = sc.start_jiffies;
    jiffies = sc.start_jiffies;
    end = sc.duration;

    int max_pid = 0;
    for (const auto& t : sc.tasks)
        max_pid = std::max(max_pid, t.pid);
    for (const auto& a : sc.actions)
        if (a.pid) max_pid = std::max(max_pid, *a.pid);

    for (int i = 0; i < sc.cpus; ++i) {
        Cpu& c = cpus.emplace_back();
        c.id = i;
        // The idle task is pid 0 on every CPU: "swapper" in 2.6, "swapper/N" in 6.x (oracle 20).
        c.idle = make_task(0, prof->era == Era::E26 ? "swapper" : "swapper/" + std::to_string(i), i, 0,
                           Role::Idle);
        c.idle->state = TaskState::Running;
        const int kpid = static_cast<std::size_t>(i) < sc.ksoftirqd_pids.size()
                             ? sc.ksoftirqd_pids[static_cast<std::size_t>(i)]
                             : prof->ksoftirqd_pid0 + prof->ksoftirqd_pid_stride * i;
        max_pid = std::max(max_pid, kpid);
        c.ksoftirqd =
            make_task(kpid, "ksoftirqd/" + std::to_string(i), i, prof->ksoftirqd_nice, Role::Ksoftirqd);
        c.current = c.idle;
    }
    next_auto_pid = std::max(1000, max_pid + 1);

    for (const auto& ts : sc.tasks) {
        if (ts.cpu < 0 || ts.cpu >= sc.cpus) throw std::invalid_argument("task " + ts.comm + ": no such CPU");
        Task* t = make_task(ts.pid, ts.comm, ts.cpu, ts.nice, Role::User);
        t->base_running = ts.running;
        if (!ts.running) t->sleep_avg = 950 * kNsPerMs; // a sleeper: as interactive as its shell
        if (ts.running) {
            t->state = TaskState::Runnable;
            enqueue(*t);
        }
    }
    for (const auto& ts : sc.tasklets) {
        if (tasklet_by_name.count(ts.name)) throw std::invalid_argument("duplicate tasklet " + ts.name);
        if (ts.bh_work && !prof->bh_workqueue)
            throw std::invalid_argument(ts.name + ": BH workqueues exist from linux-6.9 on");
        new_tasklet(ts, false);
    }
    for (auto& t : tasklets)
        for (const auto& call : t->calls)
            if (!tasklet_by_name.count(call.tasklet))
                throw std::invalid_argument("tasklet " + t->name + " calls unknown tasklet " + call.tasklet);
    for (std::size_t i = 0; i < sc.irqs.size(); ++i) {
        IrqSource src;
        src.spec = sc.irqs[i];
        if (src.spec.cpu < 0 || src.spec.cpu >= sc.cpus)
            throw std::invalid_argument("irq " + src.spec.name + ": no such CPU");
        src.name_id = log.intern(src.spec.name);
        for (const auto& n : src.spec.schedule) {
            auto it = tasklet_by_name.find(n);
            if (it == tasklet_by_name.end())
                throw std::invalid_argument("irq " + src.spec.name + " schedules unknown tasklet " + n);
            src.schedule.push_back(it->second);
        }
        for (int pid : src.spec.wake) {
            Task* found = nullptr;
            for (auto& t : tasks)
                if (t->pid == pid && t->role == Role::User) found = t.get();
            if (!found) throw std::invalid_argument("irq " + src.spec.name + " wakes unknown pid");
            src.wake.push_back(found);
        }
        std::sort(src.spec.at.begin(), src.spec.at.end());
        src.rng = SplitMix64(sc.seed * 0x9E3779B97F4A7C15ull + i + 1);
        sources.push_back(std::move(src));
    }

    // Each CPU starts in whatever its scheduler picks at time 0.
    for (auto& c : cpus) {
        Task* first = pick_next(c);
        if (first && first != c.idle) {
            dequeue(*first);
            c.idle->state = TaskState::Runnable;
            // The trace says what each CPU runs from time 0 (a reader needs no snapshot for that).
            emit(c, EventType::SchedSwitch, first->comm_id, static_cast<std::int32_t>(first->log_idx), 0,
                 id_state_R);
            c.current = first;
            first->state = TaskState::Running;
            first->exec_start = first->slice_start = 0;
        }
        push(QKind::Kick, QClass::CpuWork, 0, c.id, 0, 0);
        push(QKind::Tick, QClass::Tick, period, c.id, static_cast<std::uint64_t>(c.id), 0);
    }
    for (std::size_t s = 0; s < sources.size(); ++s)
        start_source(s);
    for (std::size_t i = 0; i < sc.actions.size(); ++i) {
        (void)caller_for(sc.actions[i]); // validates references up front
        push(QKind::Action, QClass::Action, sc.actions[i].at, sc.actions[i].cpu, i, i);
    }
    if (prof->restart == RestartPolicy::Mask)
        sim_note(cpus[0], "ldd3-book: softirqs restart only for a vector not yet run in this invocation (the "
                          "pre-2.6.2 'mask' rule); this is what reproduces the book's sample");
}

// Queues the first arrival of each of a source's streams (`at` list, periodic, Poisson); each arrival
// queues the next of its stream when it is processed.
void Engine::Impl::start_source(std::size_t s) {
    IrqSource& src = sources[s];
    if (!src.spec.at.empty())
        push(QKind::IrqArrival, QClass::Irq, src.spec.at[0], src.spec.cpu, s, s * 4 + 0);
    src.next_at = 1;
    if (src.spec.every && *src.spec.every > 0)
        push(QKind::IrqArrival, QClass::Irq, src.spec.from, src.spec.cpu, s, s * 4 + 1);
    if (src.spec.rate_hz > 0)
        push(QKind::IrqArrival, QClass::Irq, src.spec.from + exponential_ns(src.rng, src.spec.rate_hz),
             src.spec.cpu, s, s * 4 + 2);
}

Task* Engine::Impl::caller_for(const ActionSpec& a) {
    if (a.cpu < 0 || a.cpu >= sc.cpus)
        throw std::invalid_argument(std::string(op_name(a.op)) + ": no such CPU");
    const bool targets_task = a.op == Op::TaskSleep || a.op == Op::TaskWake;
    if (targets_task) {
        for (auto& t : tasks)
            if (a.pid && t->pid == *a.pid && t->role == Role::User) return t.get();
        throw std::invalid_argument(std::string(op_name(a.op)) + ": no task with that pid");
    }
    if (a.op == Op::Irq) {
        for (const auto& s : sources)
            if (s.spec.name == a.irq) return nullptr;
        throw std::invalid_argument("irq op names unknown source " + a.irq);
    }
    if (a.op != Op::ReadProc && a.op != Op::LocalBhDisable && a.op != Op::LocalBhEnable) {
        const auto it = tasklet_by_name.find(a.tasklet);
        if (it == tasklet_by_name.end())
            throw std::invalid_argument(std::string(op_name(a.op)) + ": unknown tasklet " + a.tasklet);
        if (it->second->bh_work && a.op != Op::TaskletSchedule && a.op != Op::TaskletHiSchedule)
            throw std::invalid_argument(
                std::string(op_name(a.op)) + ": " + a.tasklet +
                " is a BH work item; only queueing it (tasklet_schedule) is modelled");
    }
    if (a.context == CallContext::HardIrq) {
        if (a.op == Op::ReadProc || a.op == Op::LocalBhDisable || a.op == Op::LocalBhEnable)
            throw std::invalid_argument(std::string(op_name(a.op)) + " needs process context");
        return nullptr;
    }
    const std::string comm = !a.comm.empty() ? a.comm : (a.op == Op::ReadProc ? "cat" : "user");
    for (auto& t : tasks) {
        if (t->role != Role::User && a.pid && t->pid == *a.pid && t->pid != 0)
            throw std::invalid_argument("pid " + std::to_string(*a.pid) + " is " + t->comm);
        const bool match = a.pid ? t->pid == *a.pid
                                 : (t->role == Role::User && t->comm == comm && t->cpu == a.cpu &&
                                    t->pid >= 1000 && !t->base_running);
        if (match && t->role == Role::User) {
            if (t->cpu != a.cpu)
                throw std::invalid_argument("task " + t->comm + " (pid " + std::to_string(t->pid) +
                                            ") is on CPU" + std::to_string(t->cpu));
            return t.get();
        }
    }
    const int pid = a.pid ? *a.pid : next_auto_pid++;
    Task* t = make_task(pid, comm, a.cpu, 0, Role::User);
    t->state = TaskState::Sleeping;
    t->sleep_avg = 950 * kNsPerMs; // forked from an interactive shell: CHILD_PENALTY 95% of its sleep_avg
    return t;
}

void Engine::Impl::push(QKind k, QClass c, Nanos t, int cpu, std::uint64_t sub, std::uint64_t a) {
    const std::uint64_t sub_bits = std::min<std::uint64_t>(sub, (std::uint64_t{1} << QItem::kSubBits) - 1);
    const std::uint64_t key =
        (static_cast<std::uint64_t>(std::min(t, kMaxSimulatedTime)) << (QItem::kSubBits + 2)) |
        (static_cast<std::uint64_t>(c) << QItem::kSubBits) | sub_bits;
    queue.push(QItem{key, seq++,
                     static_cast<std::uint64_t>(k) | (static_cast<std::uint64_t>(cpu) << 3) | (a << 10)});
}

bool Engine::Impl::step_one() {
    if (finished) return false;
    if (fine_cpu >= 0) { // continue the burst paused at a step point, before any other work
        Cpu& c = cpus[static_cast<std::size_t>(fine_cpu)];
        fine_cpu = -1;
        top(c).wait = Wait::StepResume;
        dispatch(c);
        return true;
    }
    if (queue.empty() || queue.top().time() > end || panicked ||
        (opt.max_events && log.size() >= opt.max_events)) {
        finished = true;
        if (!panicked && now < end && (queue.empty() || queue.top().time() > end)) now = end;
        return false;
    }
    const QItem q = queue.top();
    queue.pop();
    now = q.time();
    process(q);
    return true;
}

void Engine::Impl::process(const QItem& q) {
    Cpu& c = cpus[static_cast<std::size_t>(q.cpu())];
    const Nanos qtime = q.time();
    const std::uint64_t qa = q.a();
    switch (q.kind()) {
    case QKind::Tick:
        if (c.pending_ticks < 1000000) ++c.pending_ticks;
        push(QKind::Tick, QClass::Tick, qtime + period, c.id, static_cast<std::uint64_t>(c.id), 0);
        dispatch(c);
        break;
    case QKind::IrqArrival: {
        const std::size_t s = qa / 4;
        const int stream = static_cast<int>(qa % 4);
        IrqSource& src = sources[s];
        if (stream != 3) {
            c.pending_irqs.push_back({PendingIrq::Kind::Source, static_cast<int>(s), 0});
        }
        // The next arrival of the same stream.
        Nanos next = -1;
        if (stream == 0 && src.next_at < src.spec.at.size()) next = src.spec.at[src.next_at++];
        if (stream == 1) {
            next = qtime + *src.spec.every;
            if (src.spec.until && next > *src.spec.until) next = -1;
        }
        if (stream == 2) {
            next = qtime + exponential_ns(src.rng, src.spec.rate_hz);
            if (src.spec.until && next > *src.spec.until) next = -1;
        }
        if (next >= 0 && next <= end) push(QKind::IrqArrival, QClass::Irq, next, src.spec.cpu, s, qa);
        dispatch(c);
        break;
    }
    case QKind::Resume: {
        Thread& th = top(c);
        if (th.wait == Wait::Consume && th.token == qa) th.wait = Wait::Ready;
        dispatch(c);
        break;
    }
    case QKind::Kick:
    case QKind::DelayCheck:
        if (q.kind() == QKind::DelayCheck) {
            Task* k = c.ksoftirqd;
            if (k->state == TaskState::Runnable) check_preempt_wakeup(c, *k);
        }
        {
            Thread& th = top(c);
            if (th.wait == Wait::Spin || th.wait == Wait::YieldSpin) th.wait = Wait::Ready;
        }
        dispatch(c);
        break;
    case QKind::Action:
        do_action(static_cast<std::size_t>(qa));
        break;
    }
}

void Engine::Impl::do_action(std::size_t idx) {
    const ActionSpec& a = sc.actions[idx];
    Cpu& c = cpus[static_cast<std::size_t>(a.cpu)];
    if (a.op == Op::Irq) {
        for (std::size_t s = 0; s < sources.size(); ++s)
            if (sources[s].spec.name == a.irq)
                c.pending_irqs.push_back({PendingIrq::Kind::Source, static_cast<int>(s), 0});
        dispatch(c);
        return;
    }
    if (a.op == Op::TaskSleep || a.op == Op::TaskWake) {
        Task* t = caller_for(a);
        Cpu& tc = cpus[static_cast<std::size_t>(t->cpu)];
        if (a.op == Op::TaskSleep) {
            t->base_running = false;
            // Only a task that is in user mode (not inside a system call) blocks at once.
            if (t->waiting_for.empty() && t->ops.empty() && t->bh_held == 0 && t->thread.user &&
                (t->thread.wait == Wait::Consume || t->thread.wait == Wait::Preempted)) {
                t->thread.wait = Wait::Ready;
                t->thread.token = 0;
                if (t != tc.current) {
                    // Not on the CPU: it blocks as soon as it runs again; take it off the runqueue now.
                    dequeue(*t);
                    t->state = TaskState::Sleeping;
                    note_sleep(*t);
                    emit(tc, EventType::SchedSleep, t->comm_id, static_cast<std::int32_t>(t->log_idx), 0,
                         id_state_S);
                }
            }
        } else {
            t->base_running = true;
            if (t->state == TaskState::Sleeping && t->waiting_for.empty()) wake_up_process(*t);
        }
        dispatch(tc);
        return;
    }
    if (a.context == CallContext::HardIrq) {
        c.pending_irqs.push_back({PendingIrq::Kind::Action, -1, idx});
        dispatch(c);
        return;
    }
    Task* t = caller_for(a);
    t->ops.push_back(idx);
    t->urgent = true;
    Thread& th = t->thread;
    const bool idle_wait = t->waiting_for.empty() && t->ops.size() == 1;
    if (idle_wait && (th.wait == Wait::Consume || th.wait == Wait::Preempted) && t->bh_held >= 0 &&
        (th.user || t->bh_held > 0)) {
        th.wait = Wait::Ready; // leave user mode (or the BH-disabled hold) to make the call
        th.token = 0;
    }
    if (t->state == TaskState::Sleeping && t->waiting_for.empty()) {
        wake_up_process(*t, true);
    } else if (t->state == TaskState::Runnable) {
        c.need_resched = true;
    }
    dispatch(c);
}

// ---------------------------------------------------------------- events and messages
Context Engine::Impl::context_of(const Cpu& c) const {
    if (c.hardirq > 0) return Context::HardIrq;
    if (c.softirq_serving > 0) return Context::SoftIrq;
    return Context::Task;
}

void Engine::Impl::kernel_message(Cpu& c, const std::string& text) {
    messages.push_back({now, c.id, text});
    emit(c, EventType::KernelMessage, 0, 0, 0, log.intern(text));
}

void Engine::Impl::sim_note(Cpu& c, const std::string& text) {
    emit(c, EventType::SimNote, 0, 0, 0, log.intern(text));
}

void Engine::Impl::panic(Cpu& c, const std::vector<std::string>& lines) {
    for (const auto& l : lines)
        kernel_message(c, l);
    panicked = true;
    finished = true;
}

std::uint8_t Engine::Impl::tasklet_flags(const Tasklet& t) const {
    std::uint8_t f = 0;
    if (t.sched) f |= kFlagSched;
    if (t.run) f |= kFlagRun;
    if (t.count != 0) f |= kFlagDisabled;
    return f;
}

PreemptCountFields Engine::Impl::preempt_fields(const Cpu& c) const {
    PreemptCountFields f;
    f.preempt = c.preempt;
    f.hardirq = c.hardirq;
    if (prof->era == Era::E26) {
        // 2.6: serving and local_bh_disable both add SOFTIRQ_OFFSET (0x100) and cannot be told apart.
        f.softirq = c.softirq_serving + c.bh_disabled;
        f.raw = static_cast<std::uint32_t>(c.preempt + 0x100 * f.softirq + 0x10000 * c.hardirq);
    } else {
        // 6.x: local_bh_disable adds SOFTIRQ_DISABLE_OFFSET (0x200), serving adds 0x100.
        f.softirq = c.softirq_serving + 2 * c.bh_disabled;
        f.raw = static_cast<std::uint32_t>(c.preempt + 0x100 * f.softirq + 0x10000 * c.hardirq);
    }
    f.in_interrupt = in_interrupt(c);
    f.in_serving_softirq = c.softirq_serving > 0;
    return f;
}

// ---------------------------------------------------------------- snapshots and reports
MachineState Engine::Impl::snapshot() const {
    MachineState m;
    m.now = now;
    m.jiffies = jiffies;
    m.events = log.size();
    m.finished = finished;
    m.panicked = panicked;
    std::unordered_map<int, int> position; // tasklet id -> index in its CPU's list
    for (const auto& c : cpus) {
        CpuInfo ci;
        ci.id = c.id;
        ci.context = c.hardirq           ? CpuContext::HardIrq
                     : c.softirq_serving ? CpuContext::SoftIrq
                                         : CpuContext::Task;
        ci.current_pid = c.current->pid;
        ci.current_comm = c.current->comm;
        ci.hardirq = c.hardirq ? c.hardirq_name : std::string{};
        ci.softirq_vector = c.serving_vector;
        ci.tasklet = c.running_tasklet ? c.running_tasklet->name : std::string{};
        ci.preempt_count = preempt_fields(c);
        ci.softirq_pending = c.softirq_pending;
        for (int v = 0; v < nr_vectors; ++v)
            if (c.softirq_pending & (1u << v))
                ci.pending_names.emplace_back(log.str(vector_ids[static_cast<std::size_t>(v)]));
        for (const Tasklet* t : c.tasklet_vec)
            ci.tasklet_vec.push_back(t->name);
        for (const Tasklet* t : c.tasklet_hi_vec)
            ci.tasklet_hi_vec.push_back(t->name);
        ci.ksoftirqd_state = c.ksoftirqd->state;
        ci.ksoftirqd_pid = c.ksoftirqd->pid;
        ci.need_resched = c.need_resched;
        for (const Task* t : c.runqueue)
            ci.runqueue.push_back(t->pid);
        m.cpus.push_back(std::move(ci));
    }
    for (const auto& c : cpus) {
        for (std::size_t i = 0; i < c.tasklet_vec.size(); ++i)
            position[c.tasklet_vec[i]->id] = static_cast<int>(i);
        for (std::size_t i = 0; i < c.tasklet_hi_vec.size(); ++i)
            position[c.tasklet_hi_vec[i]->id] = static_cast<int>(i);
        for (std::size_t i = 0; i < c.bh_works.size(); ++i)
            position[c.bh_works[i]->id] = static_cast<int>(i);
        for (std::size_t i = 0; i < c.bh_works_hi.size(); ++i)
            position[c.bh_works_hi[i]->id] = static_cast<int>(i);
    }
    for (const auto& t : tasklets) {
        TaskletInfo ti;
        ti.name = t->name;
        ti.id = t->id;
        ti.sched = t->sched;
        ti.run = t->run;
        ti.count = t->count;
        ti.queued_cpu = t->queued_cpu;
        ti.queued_hi = t->queued_hi;
        const auto pos = position.find(t->id);
        ti.position = pos == position.end() ? -1 : pos->second;
        ti.running_cpu = t->running_cpu;
        ti.runs = t->runs;
        ti.work = t->work;
        ti.builtin = t->builtin;
        ti.bh_work = t->bh_work;
        m.tasklets.push_back(std::move(ti));
    }
    for (const auto& t : tasks) {
        TaskInfo ti;
        ti.pid = t->pid;
        ti.comm = t->comm;
        ti.cpu = t->cpu;
        ti.nice = t->nice;
        ti.state = t->state;
        ti.waiting_for = t->waiting_for;
        m.tasks.push_back(std::move(ti));
    }
    return m;
}

std::vector<std::string> Engine::Impl::unfinished() const {
    std::vector<std::string> out;
    for (const auto& t : tasks) {
        if (t->waiting_for.empty() || t->state == TaskState::Dead) continue;
        out.push_back(t->waiting_for + " by " + t->comm + " (pid " + std::to_string(t->pid) + ") on CPU" +
                      std::to_string(t->cpu) + " has not returned (waiting since " +
                      seconds_text(t->waiting_since) + " s)");
    }
    for (const auto& c : cpus)
        if (c.stuck) out.push_back("CPU" + std::to_string(c.id) + " is stuck spinning in interrupt context");
    for (const auto& d : jit_reads)
        if (!d->done && d->reader->waiting_for.empty()) // a waiting reader is reported above
            out.push_back(std::string("read of /proc/") + proc_file_name(d->read.file) + " by " +
                          d->read.reader_comm + " (pid " + std::to_string(d->read.reader_pid) +
                          ") did not complete before the end of the run");
    return out;
}

std::string KernelMessage::dmesg_line() const {
    char buf[64];
    std::snprintf(buf, sizeof buf, "[%5lld.%06lld] CPU%d: ", static_cast<long long>(time / kNsPerSec),
                  static_cast<long long>((time % kNsPerSec) / kNsPerUs), cpu);
    return buf + text;
}

// ---------------------------------------------------------------- public API
Engine::Engine(Scenario scenario, EngineOptions options)
    : d(std::make_unique<Impl>(std::move(scenario), options)) {}
Engine::~Engine() = default;

bool Engine::step() {
    return d->step_one();
}

void Engine::run_until(Nanos t) {
    const Nanos target = std::min(t, d->end);
    while (!d->finished && (d->fine_cpu >= 0 || (!d->queue.empty() && d->queue.top().time() <= target))) {
        if (!d->step_one()) break;
    }
    if (!d->finished && d->now < target) d->now = target;
    if (!d->finished && target >= d->end && (d->queue.empty() || d->queue.top().time() > d->end)) {
        d->finished = true;
        d->now = d->end;
    }
}

void Engine::run() {
    while (d->step_one()) {
    }
}

Nanos Engine::now() const {
    return d->now;
}
std::uint64_t Engine::jiffies() const {
    return d->jiffies;
}
Nanos Engine::end_time() const {
    return d->end;
}
bool Engine::finished() const {
    return d->finished;
}
bool Engine::panicked() const {
    return d->panicked;
}
Nanos Engine::next_step_time() const {
    return d->queue.empty() ? kForever : d->queue.top().time();
}
const Profile& Engine::profile() const {
    return *d->prof;
}
int Engine::hz() const {
    return d->hz;
}
const Scenario& Engine::scenario() const {
    return d->sc;
}
const EventLog& Engine::log() const {
    return d->log;
}
const std::vector<ProcRead>& Engine::proc_reads() const {
    return d->proc_reads;
}
const std::vector<KernelMessage>& Engine::kernel_messages() const {
    return d->messages;
}
std::vector<std::string> Engine::unfinished_report() const {
    return d->unfinished();
}
const std::vector<std::string>& Engine::internal_errors() const {
    return d->internal_errors;
}
MachineState Engine::snapshot() const {
    return d->snapshot();
}

std::string Engine::inject(ActionSpec action) {
    if (d->finished) return "the run has ended";
    action.at = d->now;
    try {
        (void)d->caller_for(action);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    d->sc.actions.push_back(action);
    const std::size_t idx = d->sc.actions.size() - 1;
    d->push(QKind::Action, QClass::Action, action.at, action.cpu, idx, idx);
    return {};
}

std::string Engine::add_step(StepSpec step) {
    if (step.at < 0) return "a lesson step cannot be before time 0";
    if (step.title.empty() && step.text.empty()) return "a lesson step needs a title or a text";
    auto& steps = d->sc.steps;
    const auto pos = std::upper_bound(steps.begin(), steps.end(), step.at,
                                      [](Nanos t, const StepSpec& s) { return t < s.at; });
    steps.insert(pos, std::move(step));
    return {};
}

std::string Engine::add_tasklet(const TaskletSpec& spec) {
    if (spec.name.empty()) return "a tasklet needs a name";
    if (d->tasklet_by_name.count(spec.name)) return "a tasklet named " + spec.name + " exists already";
    for (const auto& call : spec.calls)
        if (!d->tasklet_by_name.count(call.tasklet) && call.tasklet != spec.name)
            return "unknown tasklet " + call.tasklet;
    d->sc.tasklets.push_back(spec);
    d->new_tasklet(spec, false);
    return {};
}

std::string Engine::add_irq_source(IrqSpec spec) {
    if (spec.cpu < 0 || spec.cpu >= d->sc.cpus) return "no such CPU";
    for (const auto& s : d->sources)
        if (s.spec.name == spec.name) return "an IRQ source named " + spec.name + " exists already";
    IrqSource src;
    for (const auto& n : spec.schedule) {
        auto it = d->tasklet_by_name.find(n);
        if (it == d->tasklet_by_name.end()) return "unknown tasklet " + n;
        src.schedule.push_back(it->second);
    }
    // Arrivals up to now cannot happen any more (what happens at now is already decided): keep the
    // recorded spec consistent with that, so a replay from the file is identical.
    spec.from = std::max(spec.from, d->now + 1);
    std::erase_if(spec.at, [&](Nanos t) { return t <= d->now; });
    std::sort(spec.at.begin(), spec.at.end());
    src.spec = spec;
    src.name_id = d->log.intern(spec.name);
    const std::size_t s = d->sources.size();
    src.rng = SplitMix64(d->sc.seed * 0x9E3779B97F4A7C15ull + s + 1);
    d->sc.irqs.push_back(spec);
    d->sources.push_back(std::move(src));
    d->start_source(s);
    return {};
}

} // namespace tl
