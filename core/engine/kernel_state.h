// Internal state of the simulated kernel: tasklet_struct, task_struct, per-CPU data, and the
// "threads of execution" (a task's kernel stack, an interrupt level) that run simulated code.
#pragma once

#include "co.h"
#include "machine_state.h"
#include "proc_read.h"
#include "scenario.h"
#include "time.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace tl::detail {

struct Thread;
struct JitData;

// struct tasklet_struct (§1). `sched`, `run` and `count` are the kernel's; the rest is bookkeeping.
struct Tasklet {
    int id = 0;
    std::string name;
    std::uint32_t name_id = 0; // interned
    bool sched = false;
    bool run = false;
    int count = 0;
    Nanos work = 0;
    int reschedule_left = 0; // -1: forever
    std::vector<TaskletSpec::Call> calls;
    bool builtin = false;
    JitData* jit = nullptr; // the jit module's per-read data, for its tasklets
    // Where it is queued (derived from the per-CPU lists, cached for snapshots and checks).
    int queued_cpu = -1;
    bool queued_hi = false;
    int running_cpu = -1;
    std::uint64_t runs = 0;
    bool warned_sched = false;
    bool bh_work = false;         // a BH work item: `sched` is WORK_STRUCT_PENDING
    std::vector<Thread*> waiters; // threads waiting for a change of SCHED or RUN (wait_var_event)
};

enum class Role : std::uint8_t { Idle, Ksoftirqd, User };

enum class Wait : std::uint8_t {
    Ready,     // resumable now
    Running,   // executing zero-time code right now
    Consume,   // using the CPU until `until`
    Preempted, // a Consume interrupted (by a hard IRQ or a context switch); `remaining` left
    Spin,      // busy-waiting on a condition, re-checked when notified
    YieldSpin, // yield() loop: gives the CPU to any other runnable task, else spins
    Sleep,     // blocked, not runnable
    Resched,   // at a voluntary preemption point (cond_resched): switch if need_resched
    StepPoint, // fine_steps: paused after an event; resumes before any other work
    StepResume, // ...and continuing from there exactly as if it had never paused
    Done,
};

// One thread of execution: a task's kernel stack or one interrupt level on a CPU.
struct Thread {
    Co root;
    std::coroutine_handle<> resume_point;
    Wait wait = Wait::Ready;
    bool user = false;       // the pending Consume is user-mode code (preemptible at any interrupt)
    Nanos until = 0;
    Nanos remaining = 0;
    std::uint64_t token = 0; // identifies the armed Consume's completion event
    int cpu = 0;
    struct Task* task = nullptr; // for task threads; nullptr for interrupt levels
};

struct Task {
    int pid = 0;
    std::string comm;
    std::uint32_t log_idx = 0;
    std::uint32_t comm_id = 0;
    int cpu = 0;
    int nice = 0;
    Role role = Role::User;
    TaskState state = TaskState::Sleeping;
    bool base_running = false;   // a CPU-bound task when it has nothing else to do
    bool urgent = false;         // an action's caller: "gets the CPU at once"
    std::deque<std::size_t> ops; // indices into the scenario's actions, to perform in order
    int bh_held = 0;             // local_bh_disable() calls not yet matched
    Thread thread;
    std::string waiting_for;     // for snapshots and the end-of-run report
    Nanos waiting_since = 0;
    // scheduler
    std::uint64_t rq_seq = 0;
    bool expired = false;        // O(1): in the expired array
    Nanos slice_left = 0;        // O(1) timeslice
    std::int64_t vruntime = 0;   // CFS
    Nanos exec_start = 0;
    Nanos slice_start = 0;
    Nanos delay_until = 0;       // ksoftirqd_delay: no wakeup preemption before this
    Nanos sleep_avg = 0;         // O(1) interactivity estimate, 0..1 s
    Nanos sleep_start = 0;
};

struct PendingIrq {
    enum class Kind : std::uint8_t { Tick, Source, Action } kind = Kind::Source;
    int source = -1;         // Source: index into scenario irqs
    std::size_t action = 0;  // Action: index into scenario actions
};

struct Timer { // struct timer_list, as the jit module uses it
    std::uint64_t expires = 0;
    std::uint64_t seq = 0;
    JitData* jit = nullptr;
};

struct Cpu {
    int id = 0;
    Task* current = nullptr;
    Task* idle = nullptr;
    Task* ksoftirqd = nullptr;
    std::vector<Task*> runqueue; // runnable tasks other than current
    std::vector<std::unique_ptr<Thread>> irq_stack; // interrupt levels above the current task
    std::vector<std::unique_ptr<Thread>> spare_threads;
    std::deque<PendingIrq> pending_irqs;
    int pending_ticks = 0;       // ticks that arrived while they could not be taken
    std::uint32_t softirq_pending = 0;
    // preempt_count, by field (§6)
    int hardirq = 0;
    int softirq_serving = 0;
    int bh_disabled = 0;
    int preempt = 0;
    bool need_resched = false;
    std::vector<Tasklet*> tasklet_vec;    // head first; short, so a vector beats a linked list
    std::vector<Tasklet*> tasklet_hi_vec;
    std::vector<Tasklet*> spare_list;     // reused by tasklet_action's detach
    std::vector<Tasklet*> bh_works;       // the BH worker pool's queue (>= 6.9)
    std::vector<Tasklet*> bh_works_hi;    // ... of the highpri pool
    bool vec_tail_lost = false;    // 6.x: a re-init cut the list; the tail pointer is stale
    bool hi_vec_tail_lost = false;
    std::vector<Timer> timers;
    std::int64_t min_vruntime = 0;
    // What it is doing, for snapshots
    std::string hardirq_name;
    int serving_vector = -1;
    Tasklet* running_tasklet = nullptr;
    bool stuck = false; // spinning where nothing can ever release it
};

struct JitData { // struct jit_data of jit.c
    ProcRead read;
    std::size_t action = 0;
    Task* reader = nullptr;
    Tasklet* tasklet = nullptr;
    bool hi = false;
    bool timer = false;
    int tdelay = 10;
    int loops = 0;
    std::uint64_t prevjiffies = 0;
    std::uint64_t timer_expires = 0;
    std::vector<JitLine> lines; // the current experiment's lines
    std::vector<Thread*> waiters; // data->wait
    bool done = false;
};

} // namespace tl::detail
