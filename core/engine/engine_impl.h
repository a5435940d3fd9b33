// Engine::Impl: the simulated kernel's state and code, split over files named after kernel parts
// (engine.cpp: event loop; cpu_dispatch.cpp: what a CPU runs next; scheduler.cpp; softirq.cpp;
// tasklet.cpp; jit_module.cpp).
#pragma once

#include "co.h"
#include "engine.h"
#include "kernel_state.h"
#include "rng.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <queue>
#include <string>
#include <unordered_map>
#include <vector>

namespace tl {

using namespace detail;

// Softirq vector numbers (§2); TASKLET moved from 5 to 6 when BLOCK and IRQ_POLL arrived.
inline constexpr int kHiSoftirq = 0;
inline constexpr int kTimerSoftirq = 1;

// Order of same-time work items: hardware first (ticks, then device IRQs), then what CPUs were
// already doing, then scenario/user actions (so an action injected at now() replays identically).
enum class QClass : std::uint8_t { Tick = 0, Irq = 1, CpuWork = 2, Action = 3 };
enum class QKind : std::uint8_t { Tick, IrqArrival, Resume, Kick, Action, DelayCheck };

// A queued piece of work, 24 bytes. `key` sorts by time (42 bits: up to 73 simulated minutes),
// then class, then the tie-break (`sub`: cpu, source or action index); `seq` keeps insertion order.
struct QItem {
    std::uint64_t key;
    std::uint64_t seq;
    std::uint64_t payload; // kind (3 bits) | cpu (7 bits) | a (54 bits)

    static constexpr int kSubBits = 20;
    Nanos time() const { return static_cast<Nanos>(key >> (kSubBits + 2)); }
    QKind kind() const { return static_cast<QKind>(payload & 7); }
    int cpu() const { return static_cast<int>((payload >> 3) & 127); }
    std::uint64_t a() const { return payload >> 10; }
    bool operator>(const QItem& o) const { return key != o.key ? key > o.key : seq > o.seq; }
};
inline constexpr Nanos kMaxSimulatedTime = (Nanos{1} << 42) - 1;

struct IrqSource {
    IrqSpec spec;
    std::uint32_t name_id = 0;
    std::vector<Tasklet*> schedule;
    std::vector<Task*> wake;
    SplitMix64 rng{0};
    std::size_t next_at = 0;     // next index into spec.at
    Nanos next_periodic = 0;
    Nanos next_poisson = 0;
};

struct Engine::Impl {
    Impl(Scenario s, EngineOptions o);
    ~Impl();

    // ---- configuration
    Scenario sc;
    EngineOptions opt;
    const Profile* prof = nullptr;
    int hz = 1000;
    Nanos period = 0;
    bool smp = true;
    int tasklet_vec_nr = 6; // TASKLET_SOFTIRQ
    int nr_vectors = 6;

    // ---- state
    EventLog log;
    Nanos now = 0;
    Nanos end = 0;
    std::uint64_t jiffies = 0;
    bool finished = false;
    bool panicked = false;
    std::deque<Cpu> cpus; // never relocated: coroutine frames hold references
    std::vector<std::unique_ptr<Task>> tasks;
    std::vector<std::unique_ptr<Tasklet>> tasklets;
    std::unordered_map<std::string, Tasklet*> tasklet_by_name;
    std::vector<IrqSource> sources;
    std::vector<std::unique_ptr<JitData>> jit_reads;
    std::vector<ProcRead> proc_reads;
    std::vector<KernelMessage> messages;
    std::vector<std::string> internal_errors;
    std::priority_queue<QItem, std::vector<QItem>, std::greater<>> queue;
    std::uint64_t seq = 0;
    std::uint64_t token = 0;
    std::uint64_t rq_seq = 0;
    std::uint64_t timer_seq = 0;
    int next_auto_pid = 1000;
    static constexpr int kBuiltinTaskletIdBase = 1 << 20;
    int builtin_tasklets = 0;
    int user_tasklets = 0;
    Thread* running = nullptr; // the thread executing simulated code right now
    std::uint32_t id_timer = 0, id_irq_work = 0;
    std::vector<std::uint32_t> vector_ids;
    std::vector<std::uint32_t> pending_name_ids; // interned pending_names() per mask, 0 = not yet
    std::uint32_t id_state_S = 0, id_state_D = 0, id_state_R = 0, id_state_X = 0;

    // ---- engine.cpp: construction, event loop
    void build();
    Task* make_task(int pid, std::string comm, int cpu, int nice, Role role);
    Task* caller_for(const ActionSpec& a);
    void start_source(std::size_t s);
    void push(QKind k, QClass c, Nanos t, int cpu, std::uint64_t sub, std::uint64_t a);
    bool step_one();
    void process(const QItem& q);
    void do_action(std::size_t idx);
    MachineState snapshot() const;
    std::vector<std::string> unfinished() const;

    // ---- events and messages
    Context context_of(const Cpu& c) const;
    void emit(Cpu& c, EventType t, std::uint32_t name = 0, std::int32_t arg = 0, std::uint8_t flags = 0,
              std::uint32_t detail = 0)
    {
        Event e;
        e.time = now;
        e.jiffies = static_cast<std::uint32_t>(jiffies - sc.start_jiffies);
        e.task = c.current->log_idx;
        e.name = name;
        e.detail = detail;
        e.arg = arg;
        e.cpu = static_cast<std::uint8_t>(c.id);
        e.type = t;
        e.context = c.hardirq > 0 ? Context::HardIrq : c.softirq_serving > 0 ? Context::SoftIrq : Context::Task;
        e.flags = flags;
        log.push(e);
    }
    std::uint32_t pending_name_id(std::uint32_t mask);
    void kernel_message(Cpu& c, const std::string& text);
    void sim_note(Cpu& c, const std::string& text);
    void panic(Cpu& c, const std::vector<std::string>& lines);
    std::uint8_t tasklet_flags(const Tasklet& t) const;

    // ---- preempt_count (§6)
    bool in_interrupt(const Cpu& c) const { return c.hardirq > 0 || c.softirq_serving > 0 || c.bh_disabled > 0; }
    bool in_atomic(const Cpu& c) const { return in_interrupt(c) || c.preempt > 0; }
    PreemptCountFields preempt_fields(const Cpu& c) const;

    // ---- cpu_dispatch.cpp: running threads on CPUs
    Thread& top(Cpu& c);
    void dispatch(Cpu& c);              // run the CPU until it needs simulated time or waits
    void deliver_irq(Cpu& c);
    void arm_consume(Thread& th, Nanos d, bool user);
    void kick(int cpu);
    Thread* new_irq_thread(Cpu& c);
    void start_task_thread(Task& t);
    bool preemptible(const Thread& th) const;

    // Awaitables used by simulated kernel code.
    struct ConsumeAw {
        Impl* e;
        Nanos d;
        bool user;
        bool await_ready() const noexcept { return d <= 0; }
        void await_suspend(std::coroutine_handle<> h) noexcept;
        void await_resume() const noexcept {}
    };
    struct WaitAw {
        Impl* e;
        Wait kind;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> h) noexcept;
        void await_resume() const noexcept {}
    };
    struct StepAw { // fine_steps: pause after an event; the continuation runs before anything else
        Impl* e;
        bool await_ready() const noexcept { return !e->opt.fine_steps; }
        void await_suspend(std::coroutine_handle<> h) noexcept;
        void await_resume() const noexcept {}
    };
    ConsumeAw consume(Nanos d, bool user = false) { return {this, d, user}; }
    StepAw step_point() { return {this}; }
    int fine_cpu = -1; // the CPU paused at a step point
    WaitAw suspend_as(Wait w) { return {this, w}; }

    // ---- scheduler.cpp (§7)
    void enqueue(Task& t, bool at_tail = true);
    void dequeue(Task& t);
    Task* pick_next(Cpu& c);
    void switch_to(Cpu& c, Task& next);
    bool wake_up_process(Task& t, bool urgent = false);
    void check_preempt_wakeup(Cpu& c, Task& woken);
    void scheduler_tick(Cpu& c);
    void account_current(Cpu& c);
    bool others_runnable(const Cpu& c) const;
    Nanos o1_timeslice(int nice) const;
    int o1_prio(const Task& t) const;
    void note_sleep(Task& t) { t.sleep_start = now; }
    static std::int64_t cfs_weight(int nice);

    // ---- softirq.cpp (§5)
    void raise_softirq_irqoff(Cpu& c, int nr);   // sets the bit and wakes ksoftirqd outside interrupts
    void raise_softirq_bit(Cpu& c, int nr);      // __raise_softirq_irqoff
    void wakeup_softirqd(Cpu& c);
    bool ksoftirqd_running(const Cpu& c, std::uint32_t pending) const;
    Co hardirq(Cpu& c, PendingIrq irq, int missed_ticks);
    Co irq_exit(Cpu& c);
    Co do_softirq(Cpu& c, SoftirqPath path);
    Co handle_softirqs(Cpu& c, SoftirqPath path); // __do_softirq
    Co softirq_action(Cpu& c, int vec);
    Co ksoftirqd_thread(Task& t);
    Co idle_thread(Task& t);
    Co user_thread(Task& t);
    Co local_bh_enable(Cpu& c, Task& t);
    Co cond_resched(Cpu& c);
    std::string pending_names(std::uint32_t mask) const;
    std::uint32_t vector_name(int nr) const { return vector_ids[static_cast<std::size_t>(nr)]; }

    // ---- tasklet.cpp (§3, §4)
    bool tasklet_schedule(Cpu& c, Tasklet& t, bool hi);
    void tasklet_enqueue(Cpu& c, Tasklet& t, bool hi);
    Co tasklet_action(Cpu& c, bool hi);
    void queue_bh_work(Cpu& c, Tasklet& w, bool hi);
    Co bh_worker(Cpu& c, bool hi);
    Co tasklet_callback(Cpu& c, Tasklet& t, bool hi);
    Co tasklet_api(Cpu& c, Op op, Tasklet& t);
    Co tasklet_kill(Cpu& c, Tasklet& t);
    Co tasklet_unlock_wait(Cpu& c, Tasklet& t, const char* what);
    Co wait_until(Cpu& c, std::vector<Thread*>& waiters, std::function<bool()> cond, Wait how, std::string what,
                  bool interruptible = false);
    void notify(std::vector<Thread*>& waiters);
    bool warned_sched_once = false;
    void tasklet_unlock(Tasklet& t);
    void tasklet_reinit(Tasklet& t);
    Tasklet* new_tasklet(const TaskletSpec& spec, bool builtin);

    // ---- jit_module.cpp (§8)
    Co jit_read(Cpu& c, Task& reader, std::size_t action);
    Co jit_experiment(Cpu& c, JitData& d);
    void jit_tasklet_fn(Cpu& c, JitData& d);
    void jit_timer_fn(Cpu& c, JitData& d);
    void run_timers(Cpu& c);
    bool timer_due(const Cpu& c) const;
    Co perform(Task& t, std::size_t action);
};

} // namespace tl
