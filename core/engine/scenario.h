// The scenario model: what the engine simulates. Plain values; core/io fills it from JSON.
#pragma once

#include "time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tl {

enum class Op : std::uint8_t {
    TaskletSchedule,
    TaskletHiSchedule,
    TaskletDisable,
    TaskletDisableNosync,
    TaskletEnable,
    TaskletKill,
    ReadProc,
    Irq,
    TaskSleep,
    TaskWake,
    LocalBhDisable,
    LocalBhEnable,
    TaskletInit, // extension: re-initialise (clears SCHED, RUN and count even while queued, oracle 29)
};

struct TaskSpec {
    std::string comm;
    int pid = 0;
    int cpu = 0;
    int nice = 0;
    bool running = true; // "running": CPU-bound; "sleeping": blocked until task_wake
};

struct TaskletSpec {
    std::string name;
    Nanos work = 0;        // how long the callback runs
    bool disabled = false; // DECLARE_TASKLET_DISABLED: count starts at 1
    // Extension: the callback reschedules itself this many times (-1: always), like jit.c does.
    int reschedule = 0;
    // Extension: tasklet API calls the callback makes after its work, in order: another tasklet's
    // schedule, or a call on itself (a tasklet that disables itself, oracle-style kernel warnings).
    struct Call {
        Op op = Op::TaskletSchedule; // tasklet_* ops only
        std::string tasklet;          // the target tasklet's name
    };
    std::vector<Call> calls;
    // Extension (linux-6.9 and later): a BH workqueue item instead of a tasklet. tasklet_schedule on it
    // is queue_work(system_bh_wq, ...), tasklet_hi_schedule queue_work(system_bh_highpri_wq, ...).
    bool bh_work = false;
};

struct IrqSpec {
    std::string name;
    int irq = 0;
    int cpu = 0;
    Nanos handler = 0;
    std::vector<std::string> schedule; // tasklets the handler schedules, in order
    bool hi = false;                   // tasklet_hi_schedule instead of tasklet_schedule
    std::vector<Nanos> at;             // explicit arrivals
    std::optional<Nanos> every;        // periodic arrivals from `from` to `until`
    Nanos from = 0;
    std::optional<Nanos> until;
    double rate_hz = 0;                // Poisson arrivals from the seeded generator
    std::vector<int> wake;             // extension: pids the handler wakes (a top half waking a reader)
};


enum class CallContext : std::uint8_t { Process, HardIrq };

enum class ProcFile : std::uint8_t { Jitasklet, Jitasklethi, Jitimer };

struct ActionSpec {
    Nanos at = 0;
    int cpu = 0;
    Op op = Op::TaskletSchedule;
    CallContext context = CallContext::Process;
    std::string tasklet;            // tasklet_* ops
    ProcFile file = ProcFile::Jitasklet; // read_proc
    std::string comm;               // caller / reader; empty: "user" (API ops) or "cat" (read_proc)
    std::optional<int> pid;         // caller pid; for task_sleep/task_wake the target task
    std::string irq;                // op irq: the source's name
    int reads = 0;                  // read_proc: read() calls the reader makes; 0 = until EOF, like cat
    int tdelay = 10;                // read_proc jitimer: the module parameter tdelay (jiffies)
};

struct StepSpec {
    Nanos at = 0;
    std::string title;
    std::string text;
    std::string question; // extension: "Predict" question asked before the step plays
    std::string answer;
};

// Extension: costs of kernel work that the book's oracles take as zero. They exist so that every
// loop of the simulated kernel (a churning disabled tasklet, a self-rescheduling one) advances time.
struct Costs {
    Nanos softirq_action = 100;  // each invocation of a vector's action in __do_softirq
    Nanos tick_handler = 0;      // the timer interrupt's handler
    Nanos context_switch = 0;    // charged to the incoming task before it resumes
};

struct Scenario {
    std::string title;
    std::string description;
    std::string profile = "linux-6.1";
    int cpus = 1;
    int hz = 0; // 0: the profile's default
    std::uint64_t seed = 1;
    std::uint64_t start_jiffies = 0;
    Nanos duration = 100 * kNsPerMs;
    bool smp = true;             // extension: false simulates a UP build (RUN bit never used), cpus must be 1
    Nanos ksoftirqd_delay = 0;   // extension (§7): CFS wakeup-preemption delay of ksoftirqd
    std::vector<int> ksoftirqd_pids;
    Costs costs;
    std::vector<TaskSpec> tasks;
    std::vector<TaskletSpec> tasklets;
    std::vector<IrqSpec> irqs;
    std::vector<ActionSpec> actions;
    std::vector<StepSpec> steps;
};

const char* op_name(Op op);
const char* proc_file_name(ProcFile f);

} // namespace tl
