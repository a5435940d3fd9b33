// The readable `detail` of an event: its detail string plus its numeric payload spelled out.
#pragma once

#include <engine/event_log.h>

#include <string>

namespace tl {

// Replaces `out` with e.g. "irq=11", "vec=6", "queued state=SCHED", "count=1 state=SCHED disabled",
// "prev_state=S next_pid=2", "path=irq_exit pending=TIMER TASKLET", "passes=1 wake_ksoftirqd".
// Deterministic: depends on the event and the log's tables only.
void render_event_detail(const EventLog& log, const Event& e, std::string& out);

// "SCHED|RUN", "SCHED", "0" from Event::flags (kFlagSched, kFlagRun).
std::string tasklet_state_text(std::uint8_t flags);

} // namespace tl
