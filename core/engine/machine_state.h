// A value snapshot of the simulated machine, for inspectors and tests. Taken, never shared.
#pragma once

#include "time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tl {

enum class TaskState : std::uint8_t { Running, Runnable, Sleeping, SleepingUninterruptible, Dead };
enum class CpuContext : std::uint8_t { Task, HardIrq, SoftIrq };

struct TaskletInfo {
    std::string name;
    int id = 0;
    bool sched = false;       // TASKLET_STATE_SCHED
    bool run = false;         // TASKLET_STATE_RUN
    int count = 0;            // disable count; != 0 means disabled
    int queued_cpu = -1;      // the CPU whose list holds it, -1 if on none
    bool queued_hi = false;   // on tasklet_hi_vec rather than tasklet_vec
    int position = -1;        // index in that list (0 = head)
    int running_cpu = -1;     // the CPU executing its callback, -1 if none
    std::uint64_t runs = 0;   // callbacks so far
    Nanos work = 0;
    bool builtin = false;     // created by the jit module, not by the scenario
    bool bh_work = false;     // a BH workqueue item (linux-6.9): `sched` is its PENDING bit
};

struct TaskInfo {
    int pid = 0;
    std::string comm;
    int cpu = 0;
    int nice = 0;
    TaskState state = TaskState::Sleeping;
    std::string waiting_for; // "tasklet_kill(rx)", "read /proc/jitasklet", ... empty when not waiting
};

struct PreemptCountFields {
    std::uint32_t raw = 0;
    int preempt = 0;  // bits 0-7
    int softirq = 0;  // bits 8-15 (0x100 serving; 6.x adds 0x200 per local_bh_disable)
    int hardirq = 0;  // 6.x bits 16-19, 2.6 bits 16-27
    int nmi = 0;      // 6.x bits 20-23
    bool in_interrupt = false;
    bool in_serving_softirq = false;
};

struct CpuInfo {
    int id = 0;
    CpuContext context = CpuContext::Task;
    int current_pid = 0;
    std::string current_comm;
    std::string hardirq;        // IRQ being handled, empty if none
    int softirq_vector = -1;    // vector being serviced, -1 if none
    std::string tasklet;        // tasklet callback executing, empty if none
    PreemptCountFields preempt_count;
    std::uint32_t softirq_pending = 0;
    std::vector<std::string> pending_names;
    std::vector<std::string> tasklet_vec;    // in list order, head first
    std::vector<std::string> tasklet_hi_vec;
    TaskState ksoftirqd_state = TaskState::Sleeping;
    int ksoftirqd_pid = 0;
    bool need_resched = false;
    std::vector<int> runqueue; // runnable pids, current excluded
};

struct MachineState {
    Nanos now = 0;
    std::uint64_t jiffies = 0;
    std::uint64_t events = 0;
    bool finished = false;
    bool panicked = false;
    std::vector<CpuInfo> cpus;
    std::vector<TaskletInfo> tasklets;
    std::vector<TaskInfo> tasks;
};

} // namespace tl
