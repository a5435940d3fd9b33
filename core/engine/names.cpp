// Names of ops, files, events and contexts as they appear in scenario files and CSV.
#include "event.h"
#include "scenario.h"

#include <array>

namespace tl {

const char* op_name(Op op)
{
    static constexpr std::array kNames{"tasklet_schedule",  "tasklet_hi_schedule", "tasklet_disable",
                                       "tasklet_disable_nosync", "tasklet_enable", "tasklet_kill",
                                       "read_proc",         "irq",                 "task_sleep",
                                       "task_wake",         "local_bh_disable",    "local_bh_enable",
                                       "tasklet_init"};
    return kNames.at(static_cast<std::size_t>(op));
}

const char* proc_file_name(ProcFile f)
{
    static constexpr std::array kNames{"jitasklet", "jitasklethi", "jitimer"};
    return kNames.at(static_cast<std::size_t>(f));
}

const char* event_type_name(EventType t)
{
    static constexpr std::array kNames{
        "timer_tick",         "irq_handler_entry", "irq_handler_exit",      "softirq_raise",
        "softirq_entry",      "softirq_exit",      "tasklet_entry",         "tasklet_exit",
        "sched_switch",       "sched_wakeup",      "tasklet_schedule",      "tasklet_hi_schedule",
        "tasklet_disable",    "tasklet_disable_nosync", "tasklet_enable",   "tasklet_kill",
        "proc_read",          "kernel_message",    "tasklet_requeue",       "tasklet_api_return",
        "do_softirq_entry",   "do_softirq_exit",   "local_bh_disable",      "local_bh_enable",
        "wait_begin",         "wait_end",          "timer_expire",          "sched_sleep",
        "sim_note",           "workqueue_queue_work", "workqueue_execute_start", "workqueue_execute_end",
        "softirq_pass",       "tasklet_drop"};
    static_assert(kNames.size() == static_cast<std::size_t>(EventType::Count));
    return kNames.at(static_cast<std::size_t>(t));
}

const char* context_name(Context c)
{
    static constexpr std::array kNames{"task", "hardirq", "softirq"};
    return kNames.at(static_cast<std::size_t>(c));
}

} // namespace tl
