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

} // namespace tl
