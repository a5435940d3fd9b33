// One small renderer per event kind, chosen by table (style.md, "one handler per event kind").
#include "event_detail.h"

#include <engine/scenario.h>

#include <array>
#include <charconv>

namespace tl {

namespace {

void word(std::string& out, std::string_view w) {
    if (w.empty()) return;
    if (!out.empty()) out += ' ';
    out += w;
}

void pair(std::string& out, std::string_view key, std::string_view value) {
    if (!out.empty()) out += ' ';
    out += key;
    out += '=';
    out += value;
}

// Without a temporary string: this runs once or twice per exported event.
void pair(std::string& out, std::string_view key, long long value) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    pair(out, key, std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
}

std::string_view detail(const EventLog& log, const Event& e) {
    return log.str(e.detail);
}

// Event::arg holds a task index for the sched events; a bad index renders as nothing, never a crash.
void task_pid(std::string& out, const EventLog& log, const Event& e, std::string_view key) {
    if (e.arg >= 0 && static_cast<std::size_t>(e.arg) < log.task_count())
        pair(out, key, log.task(static_cast<std::uint32_t>(e.arg)).pid);
}

std::string_view state_text(std::uint8_t flags) {
    const bool sched = (flags & kFlagSched) != 0;
    const bool run = (flags & kFlagRun) != 0;
    return sched && run ? "SCHED|RUN" : sched ? "SCHED" : run ? "RUN" : "0";
}

void tasklet_state(std::string& out, std::uint8_t flags) {
    pair(out, "state", state_text(flags));
    if ((flags & kFlagDisabled) != 0) word(out, "disabled");
    if ((flags & kFlagHi) != 0) word(out, "hi");
}

using Renderer = void (*)(const EventLog&, const Event&, std::string&);

void plain(const EventLog& log, const Event& e, std::string& out) {
    word(out, detail(log, e));
}

void irq(const EventLog& log, const Event& e, std::string& out) {
    pair(out, "irq", e.arg);
    word(out, detail(log, e));
}

void vector(const EventLog& log, const Event& e, std::string& out) {
    pair(out, "vec", e.arg);
    word(out, detail(log, e));
}

void tasklet_run(const EventLog& log, const Event& e, std::string& out) {
    tasklet_state(out, e.flags);
    word(out, detail(log, e));
}

void tasklet_schedule(const EventLog& log, const Event& e, std::string& out) {
    word(out, (e.flags & kFlagQueued) != 0 ? "queued" : "no-op");
    tasklet_state(out, e.flags);
    word(out, detail(log, e));
}

void tasklet_api(const EventLog& log, const Event& e, std::string& out) {
    word(out, detail(log, e));
    tasklet_state(out, e.flags);
}

void api_return(const EventLog& log, const Event& e, std::string& out) {
    if (e.arg >= 0 && e.arg <= static_cast<int>(Op::LocalBhEnable))
        pair(out, "op", op_name(static_cast<Op>(e.arg)));
    word(out, detail(log, e));
}

void sched_switch(const EventLog& log, const Event& e, std::string& out) {
    if (!detail(log, e).empty()) pair(out, "prev_state", detail(log, e));
    task_pid(out, log, e, "next_pid");
}

void sched_wakeup(const EventLog& log, const Event& e, std::string& out) {
    task_pid(out, log, e, "pid");
    word(out, detail(log, e));
}

void sched_sleep(const EventLog& log, const Event& e, std::string& out) {
    task_pid(out, log, e, "pid");
    if (!detail(log, e).empty()) pair(out, "state", detail(log, e));
}

void proc_read(const EventLog& log, const Event& e, std::string& out) {
    pair(out, "read", e.arg);
    word(out, e.flags == 0 ? "start" : "data");
    word(out, detail(log, e));
}

void bh(const EventLog& log, const Event& e, std::string& out) {
    pair(out, "softirq_count", e.arg);
    word(out, detail(log, e));
}

void wait(const EventLog& log, const Event& e, std::string& out) {
    static constexpr std::array<std::string_view, 3> kKinds{"spin", "yield", "sleep"};
    if (e.arg >= 0 && static_cast<std::size_t>(e.arg) < kKinds.size())
        pair(out, "wait", kKinds[static_cast<std::size_t>(e.arg)]);
    word(out, detail(log, e));
}

void do_softirq_entry(const EventLog& log, const Event& e, std::string& out) {
    static constexpr std::array<std::string_view, 3> kPaths{"irq_exit", "local_bh_enable", "ksoftirqd"};
    if (e.arg >= 0 && static_cast<std::size_t>(e.arg) < kPaths.size())
        pair(out, "path", kPaths[static_cast<std::size_t>(e.arg)]);
    if (!detail(log, e).empty()) pair(out, "pending", detail(log, e));
}

void do_softirq_exit(const EventLog& log, const Event& e, std::string& out) {
    pair(out, "passes", e.arg);
    if ((e.flags & 1) != 0) word(out, "wake_ksoftirqd");
    word(out, detail(log, e));
}

void queue_work(const EventLog& log, const Event& e, std::string& out) {
    word(out, (e.flags & kFlagQueued) != 0 ? "queued" : "no-op");
    if ((e.flags & kFlagHi) != 0) word(out, "hi");
    word(out, detail(log, e));
}

void work_execute(const EventLog& log, const Event& e, std::string& out) {
    if ((e.flags & kFlagHi) != 0) word(out, "hi");
    word(out, detail(log, e));
}

constexpr auto kRenderers = [] {
    std::array<Renderer, static_cast<std::size_t>(EventType::Count)> r{};
    r.fill(&plain);
    auto set = [&r](EventType t, Renderer f) { r[static_cast<std::size_t>(t)] = f; };
    set(EventType::IrqHandlerEntry, &irq);
    set(EventType::IrqHandlerExit, &irq);
    set(EventType::SoftirqRaise, &vector);
    set(EventType::SoftirqEntry, &vector);
    set(EventType::SoftirqExit, &vector);
    set(EventType::TaskletEntry, &tasklet_run);
    set(EventType::TaskletExit, &tasklet_run);
    set(EventType::TaskletRequeue, &tasklet_run);
    set(EventType::TaskletSchedule, &tasklet_schedule);
    set(EventType::TaskletHiSchedule, &tasklet_schedule);
    set(EventType::TaskletDisable, &tasklet_api);
    set(EventType::TaskletDisableNosync, &tasklet_api);
    set(EventType::TaskletEnable, &tasklet_api);
    set(EventType::TaskletKill, &tasklet_api);
    set(EventType::TaskletApiReturn, &api_return);
    set(EventType::SchedSwitch, &sched_switch);
    set(EventType::SchedWakeup, &sched_wakeup);
    set(EventType::SchedSleep, &sched_sleep);
    set(EventType::ProcRead, &proc_read);
    set(EventType::LocalBhDisable, &bh);
    set(EventType::LocalBhEnable, &bh);
    set(EventType::WaitBegin, &wait);
    set(EventType::WaitEnd, &wait);
    set(EventType::DoSoftirqEntry, &do_softirq_entry);
    set(EventType::DoSoftirqExit, &do_softirq_exit);
    set(EventType::WorkqueueQueueWork, &queue_work);
    set(EventType::WorkqueueExecuteStart, &work_execute);
    set(EventType::WorkqueueExecuteEnd, &work_execute);
    return r;
}();

} // namespace

std::string tasklet_state_text(std::uint8_t flags) {
    return std::string(state_text(flags));
}

void render_event_detail(const EventLog& log, const Event& e, std::string& out) {
    out.clear();
    const auto t = static_cast<std::size_t>(e.type);
    if (t >= kRenderers.size()) {
        plain(log, e, out);
        return;
    }
    kRenderers[t](log, e, out);
}

} // namespace tl
