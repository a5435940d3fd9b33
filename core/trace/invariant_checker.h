// Checks the rules every simulated kernel run must obey, from the event stream alone.
#pragma once

#include <engine/event_log.h>

#include <cstddef>
#include <string>
#include <vector>

namespace tl {

// The invariants of the engine issue, checked over a finished (or partial) log:
//  - a tasklet never runs on two CPUs at once;
//  - it runs only on the CPU whose list it was queued on (last schedule/requeue);
//  - it runs only with count 0 and SCHED already cleared (TaskletEntry flags);
//  - within one pass, vectors run in ascending order (HI before TIMER before TASKLET);
//  - softirqs never run inside a hard IRQ; hard IRQs never nest;
//  - a CPU does one thing at a time (entry/exit properly nested per CPU, time never goes back).
// Returns one human-readable line per violation (empty when all hold).
std::vector<std::string> check_invariants(const EventLog& log, int cpus);

// check_invariants lists at most this many violations, then one line counting the rest: a broken run
// can break a rule on every event.
inline constexpr std::size_t kMaxInvariantViolationLines = 200;

// What check_invariants follows, besides the rules above (each from the stream alone):
//  - Event::task is the CPU's `current` and changes only by sched_switch, never in interrupt context,
//    never to a task that blocked (sched_sleep) and was not woken, never to a task current elsewhere;
//  - hard IRQ, __do_softirq, vector action, tasklet and BH work frames nest properly per CPU, and the
//    context column matches them (hardirq inside a handler, softirq inside __do_softirq, else task);
//  - __do_softirq never nests, runs at most 10 passes, and on the ksoftirqd path in ksoftirqd/<cpu>;
//    its softirq_pass events count 1, 2, ... up to the passes its exit reports, and each pass runs
//    only vectors of its snapshot, each once, in ascending order;
//  - a tasklet is on at most one list: a schedule that queues it finds it on none, a no-op schedule
//    finds SCHED set; a requeue (R-ACT skip) is for a disabled or a locked-elsewhere tasklet, on the
//    list of the CPU that took it; a drop (6.x, SCHED found clear) takes it off that list; it runs
//    from the vector of its list (HI for tasklet_hi_vec);
//  - disable/enable change count by exactly one (detail "count=N"), kill leaves it; DISABLED agrees;
//  - tasklet_kill returns with the tasklet neither queued nor running elsewhere, tasklet_disable with
//    it not running elsewhere;
//  - BH work items (>= 6.9) are queued once while pending, on the queuing CPU's pool or, if still
//    running, on that CPU's; they run in HI/TASKLET from that pool before the action's tasklets, and
//    never on two CPUs at once (workqueue non-reentrancy);
//  - timer ticks happen in a hard IRQ, timer_list callbacks in TIMER.

} // namespace tl
