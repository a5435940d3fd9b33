// The compact event stream: what the engine emits, 32 bytes per event, read by trace, io and ui.
#pragma once

#include "time.h"

#include <cstdint>

namespace tl {

// ftrace's names where they exist (interfaces.md, "Trace CSV"); the rest are ours.
//
// Field use per type (Event::task is always the CPU's `current` when the event happened):
//   TimerTick            inside the timer IRQ's handler; arg = jiffies after it (low 31 bits), name "timer"
//   IrqHandlerEntry/Exit name = IRQ source ("timer" for the tick), arg = IRQ number
//   SoftirqRaise         name = vector ("TASKLET"), arg = vector number
//   SoftirqEntry/Exit    name = vector, arg = vector number (one action invocation inside a pass)
//   DoSoftirqEntry       one __do_softirq invocation; arg = SoftirqPath; detail = pending names
//   DoSoftirqExit        arg = passes run; flags bit 0 = ksoftirqd woken for what was left pending
//   TaskletEntry/Exit    name = tasklet, arg = tasklet id; flags = state at entry (kFlag*)
//   TaskletSchedule/Hi.. cpu = the calling CPU; name, arg = tasklet id; flags = state after the call,
//                        kFlagQueued when this call queued it (not a no-op)
//   TaskletRequeue       R-ACT skip: name, arg = tasklet id; flags: kFlagDisabled or kFlagRun (locked)
//   TaskletDisable.. Kill name, arg = tasklet id; detail = "count=N"; flags = state after the call
//   TaskletApiReturn     a waiting API call returned; name = tasklet, arg = Op
//   SchedSwitch          name = next comm, arg = next task index (EventLog::task); detail = prev state
//   SchedWakeup          name = woken comm, arg = woken task index
//   SchedSleep           name = comm of the task that blocks, arg = its index; detail "S" or "D"
//   ProcRead             name = /proc file, arg = read index; flags 0 = read() starts, 1 = data returned
//   KernelMessage        detail = the message text
//   LocalBhDisable/Enable arg = softirq count (preempt_count bits 8-15) after the call
//   WaitBegin/End        arg = WaitKind; name = what is awaited ("tasklet_kill(rx)")
//   TimerExpire          a timer_list callback in TIMER; name = the timer
//   SimNote              detail = the explanation
//   WorkqueueQueueWork   name = BH work item, arg = its id; flags kFlagQueued when it was not pending
//   WorkqueueExecute*    name = BH work item, arg = its id; flags kFlagHi for the highpri pool
//   SoftirqPass          emitted before the first vector of every pass (so pass k of an invocation is
//                        the k-th SoftirqPass after its DoSoftirqEntry); arg = k, detail = snapshot names
//   TaskletDrop          name, arg = tasklet id: taken off the list without running (it is on no list)
enum class EventType : std::uint8_t {
    TimerTick,
    IrqHandlerEntry,
    IrqHandlerExit,
    SoftirqRaise,
    SoftirqEntry,
    SoftirqExit,
    TaskletEntry,
    TaskletExit,
    SchedSwitch,
    SchedWakeup,
    TaskletSchedule,
    TaskletHiSchedule,
    TaskletDisable,
    TaskletDisableNosync,
    TaskletEnable,
    TaskletKill,
    ProcRead,
    KernelMessage,
    // extensions
    TaskletRequeue,   // R-ACT: skipped (disabled or RUN held elsewhere), put back and vector re-raised
    TaskletApiReturn, // a waiting call (disable, kill) returned; name = tasklet, arg = Op
    DoSoftirqEntry,   // one __do_softirq invocation starts; arg = entry path (SoftirqPath)
    DoSoftirqExit,    // ...ends; arg = passes run, flags bit0 = ksoftirqd woken for leftovers
    LocalBhDisable,
    LocalBhEnable,
    WaitBegin,        // a task starts waiting; arg = WaitKind, name = what it waits for
    WaitEnd,
    TimerExpire,      // a timer_list callback runs in TIMER (jitimer)
    SchedSleep,       // a task blocks; name = the task
    SimNote,          // the simulator explains something the kernel does silently (no kernel message)
    WorkqueueQueueWork,    // queue_work() on a BH workqueue (>= 6.9); name = item, arg = item id
    WorkqueueExecuteStart, // a BH work item runs, in the HI or TASKLET vector before the tasklets
    WorkqueueExecuteEnd,
    SoftirqPass,  // a pass of __do_softirq starts; arg = pass number from 1, detail = the pass snapshot
    TaskletDrop,  // R-ACT, 6.x: found on the list with SCHED clear, dropped without running
    Count
};

enum class Context : std::uint8_t { Task, HardIrq, SoftIrq };

enum class SoftirqPath : std::uint8_t { IrqExit, LocalBhEnable, Ksoftirqd };

enum class WaitKind : std::uint8_t { Spin, Yield, Sleep };

struct Event {
    Nanos time = 0;               // 8
    std::uint32_t jiffies = 0;    // 4: jiffies - start_jiffies at the event
    std::uint32_t task = 0;       // 4: index into EventLog::tasks (pid, comm) of `current`
    std::uint32_t name = 0;       // 4: interned string: tasklet, IRQ, vector or task the event is about
    std::uint32_t detail = 0;     // 4: interned string with extra text, 0 = none
    std::int32_t arg = 0;         // 4: numeric payload (vector number, count, pass, pid, ...)
    std::uint8_t cpu = 0;         // 1
    EventType type = EventType::TimerTick; // 1
    Context context = Context::Task;       // 1
    std::uint8_t flags = 0;       // 1: tasklet state bits for tasklet events (see kFlag*)
};
static_assert(sizeof(Event) == 32, "events must stay compact");

inline constexpr std::uint8_t kFlagSched = 1;
inline constexpr std::uint8_t kFlagRun = 2;
inline constexpr std::uint8_t kFlagHi = 4;       // the hi list / HI vector is concerned
inline constexpr std::uint8_t kFlagDisabled = 8; // count != 0
inline constexpr std::uint8_t kFlagQueued = 16;  // this schedule call queued the tasklet

const char* event_type_name(EventType t); // the CSV `event` column
const char* context_name(Context c);      // the CSV `context` column

} // namespace tl
