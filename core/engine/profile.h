// Kernel profiles: which era's rules the engine follows (kernel-semantics.md §0.1, §10).
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace tl {

enum class Era { E26, E61, ENEW };

// §5.2: how __do_softirq decides to run another pass.
enum class RestartPolicy {
    Mask,             // 2.5.x..2.6.1: restart only for a vector not yet run in this invocation
    Count10,          // 2.6.2..3.8: at most MAX_SOFTIRQ_RESTART (10) passes
    Count10TimeResched // 3.9+: 10 passes, 2 ms of jiffies, need_resched()
};

enum class ListOrder { Lifo, Fifo };       // §1: head insertion (2.6) or tail insertion (>= ~2.6.34)
enum class SchedulerModel { O1, Cfs };     // §7

struct Profile {
    std::string_view name;
    std::string_view summary;
    Era era;
    RestartPolicy restart;
    ListOrder order;
    SchedulerModel scheduler;
    int ksoftirqd_nice;
    int default_hz;
    int nr_softirqs;              // 6 in 2.6, 10 in 6.x (§2)
    bool ksoftirqd_running_skip;  // 6.1: irq_exit defers to a running ksoftirqd unless HI/TASKLET pending
    bool bh_workqueue;            // >= 6.9: BH work items run before tasklets (R-BHWQ)
    bool timer_raise_every_tick;  // 2.6 raises TIMER on every tick; 6.x only when a timer is due (OQ-7)
    bool read_proc_rereads;       // 2.6 read_proc re-runs the experiment on every read() (§8.2)
    int ksoftirqd_pid0;           // pid of ksoftirqd/0 ...
    int ksoftirqd_pid_stride;     // ... and the distance between ksoftirqd/N and ksoftirqd/N+1
};

std::span<const Profile> all_profiles();
const Profile* find_profile(std::string_view name); // nullptr if unknown
const Profile& default_profile();                    // linux-6.1

} // namespace tl
