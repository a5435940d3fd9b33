// The kernel code a student steps through: our OWN pseudo-code (never kernel source) of the functions
// that decide when a tasklet runs, one listing per function and profile, and the mapping from an event
// of the stream to the listing line that produced it. Plain C++20.
#pragma once

#include <engine/event_log.h>
#include <engine/profile.h>
#include <engine/scenario.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tl {

// Stable identities of the listings (their displayed names change with the era: __do_softirq is
// handle_softirqs in 6.9, tasklet_action is tasklet_action_common in 6.x).
enum class CodeFn {
    HardIrq,            // do_IRQ / common_interrupt: irq_enter, the handler, irq_exit
    TimerTick,          // the tick: do_timer, update_process_times, run_local_timers
    IrqExit,
    DoSoftirq,          // __do_softirq / handle_softirqs, with the era's restart policy
    TaskletAction,
    TaskletSchedule,    // tasklet_schedule and tasklet_hi_schedule
    RaiseSoftirqIrqoff,
    TaskletKill,
    TaskletDisable,     // tasklet_disable and tasklet_disable_nosync
    TaskletEnable,
    KsoftirqdLoop,
    LocalBhEnable,      // local_bh_disable and local_bh_enable
    JitCallback,        // jit.c: jit_tasklet_fn, jit_timer_fn and the /proc read
    Schedule,           // the scheduler: try_to_wake_up, schedule
    Count
};

struct CodeListing {
    CodeFn id = CodeFn::IrqExit;
    std::string function;           // "tasklet_schedule"
    std::string file;               // "kernel/softirq.c"
    std::vector<std::string> lines; // line k (1-based) is lines[k - 1]
};

struct CodeLocation {
    CodeFn id = CodeFn::Count;
    std::string function; // the listing's displayed name; empty when the event has no code
    int line = 0;         // 1-based line in that listing; 0 when none
    bool valid() const { return line > 0; }
};

// Every listing of a profile, indexed by CodeFn (listings(p)[static_cast<size_t>(fn)].id == fn).
const std::vector<CodeListing>& kernel_listings(const Profile& profile);
const CodeListing& kernel_listing(const Profile& profile, CodeFn fn);
// The listing line of `profile` for the event log[event_index]; looks back in the log where the event
// alone does not tell (a SoftirqRaise from tasklet_schedule or from a requeue, a wake-up of ksoftirqd).
CodeLocation locate(const EventLog& log, std::size_t event_index, const Profile& profile);

} // namespace tl
