// Field-by-field comparison of two Scenarios for tests; names the first difference.
#pragma once

#include <engine/scenario.h>

#include <algorithm>
#include <sstream>
#include <string>

namespace tl::test {

namespace detail {

class Diff {
public:
    template <class T> void field(const char* name, const T& a, const T& b) {
        if (first_.empty() && !(a == b)) first_ = name;
    }
    const std::string& first() const { return first_; }

private:
    std::string first_;
};

inline std::string indexed(const char* list, std::size_t i, const char* field) {
    std::ostringstream s;
    s << list << "[" << i << "]." << field;
    return s.str();
}

} // namespace detail

// Empty if equal, else the path of the first field that differs ("tasks[0].pid").
inline std::string scenario_difference(const Scenario& a, const Scenario& b) {
    detail::Diff d;
    d.field("title", a.title, b.title);
    d.field("description", a.description, b.description);
    d.field("profile", a.profile, b.profile);
    d.field("cpus", a.cpus, b.cpus);
    d.field("hz", a.hz, b.hz);
    d.field("seed", a.seed, b.seed);
    d.field("start_jiffies", a.start_jiffies, b.start_jiffies);
    d.field("duration", a.duration, b.duration);
    d.field("smp", a.smp, b.smp);
    d.field("ksoftirqd_delay", a.ksoftirqd_delay, b.ksoftirqd_delay);
    d.field("ksoftirqd_pids", a.ksoftirqd_pids, b.ksoftirqd_pids);
    d.field("costs.softirq_action", a.costs.softirq_action, b.costs.softirq_action);
    d.field("costs.tick_handler", a.costs.tick_handler, b.costs.tick_handler);
    d.field("costs.context_switch", a.costs.context_switch, b.costs.context_switch);
    d.field("tasks.size", a.tasks.size(), b.tasks.size());
    d.field("tasklets.size", a.tasklets.size(), b.tasklets.size());
    d.field("irqs.size", a.irqs.size(), b.irqs.size());
    d.field("actions.size", a.actions.size(), b.actions.size());
    d.field("steps.size", a.steps.size(), b.steps.size());
    if (!d.first().empty()) return d.first();
    std::string out;
    auto check = [&out](const std::string& path, bool same) {
        if (out.empty() && !same) out = path;
    };
    for (std::size_t i = 0; i < a.tasks.size(); ++i) {
        const auto &x = a.tasks[i], &y = b.tasks[i];
        check(detail::indexed("tasks", i, "comm"), x.comm == y.comm);
        check(detail::indexed("tasks", i, "pid"), x.pid == y.pid);
        check(detail::indexed("tasks", i, "cpu"), x.cpu == y.cpu);
        check(detail::indexed("tasks", i, "nice"), x.nice == y.nice);
        check(detail::indexed("tasks", i, "running"), x.running == y.running);
    }
    for (std::size_t i = 0; i < a.tasklets.size(); ++i) {
        const auto &x = a.tasklets[i], &y = b.tasklets[i];
        check(detail::indexed("tasklets", i, "name"), x.name == y.name);
        check(detail::indexed("tasklets", i, "work"), x.work == y.work);
        check(detail::indexed("tasklets", i, "disabled"), x.disabled == y.disabled);
        check(detail::indexed("tasklets", i, "reschedule"), x.reschedule == y.reschedule);
        check(detail::indexed("tasklets", i, "bh_work"), x.bh_work == y.bh_work);
        check(detail::indexed("tasklets", i, "calls.size"), x.calls.size() == y.calls.size());
        for (std::size_t k = 0; k < std::min(x.calls.size(), y.calls.size()); ++k) {
            check(detail::indexed("tasklets", i, "calls.op"), x.calls[k].op == y.calls[k].op);
            check(detail::indexed("tasklets", i, "calls.tasklet"), x.calls[k].tasklet == y.calls[k].tasklet);
        }
    }
    for (std::size_t i = 0; i < a.irqs.size(); ++i) {
        const auto &x = a.irqs[i], &y = b.irqs[i];
        check(detail::indexed("irqs", i, "name"), x.name == y.name);
        check(detail::indexed("irqs", i, "irq"), x.irq == y.irq);
        check(detail::indexed("irqs", i, "cpu"), x.cpu == y.cpu);
        check(detail::indexed("irqs", i, "handler"), x.handler == y.handler);
        check(detail::indexed("irqs", i, "schedule"), x.schedule == y.schedule);
        check(detail::indexed("irqs", i, "hi"), x.hi == y.hi);
        check(detail::indexed("irqs", i, "at"), x.at == y.at);
        check(detail::indexed("irqs", i, "every"), x.every == y.every);
        check(detail::indexed("irqs", i, "from"), x.from == y.from);
        check(detail::indexed("irqs", i, "until"), x.until == y.until);
        check(detail::indexed("irqs", i, "rate_hz"), x.rate_hz == y.rate_hz);
        check(detail::indexed("irqs", i, "wake"), x.wake == y.wake);
    }
    for (std::size_t i = 0; i < a.actions.size(); ++i) {
        const auto &x = a.actions[i], &y = b.actions[i];
        check(detail::indexed("actions", i, "at"), x.at == y.at);
        check(detail::indexed("actions", i, "cpu"), x.cpu == y.cpu);
        check(detail::indexed("actions", i, "op"), x.op == y.op);
        check(detail::indexed("actions", i, "context"), x.context == y.context);
        check(detail::indexed("actions", i, "tasklet"), x.tasklet == y.tasklet);
        check(detail::indexed("actions", i, "file"), x.file == y.file);
        check(detail::indexed("actions", i, "comm"), x.comm == y.comm);
        check(detail::indexed("actions", i, "pid"), x.pid == y.pid);
        check(detail::indexed("actions", i, "irq"), x.irq == y.irq);
        check(detail::indexed("actions", i, "reads"), x.reads == y.reads);
        check(detail::indexed("actions", i, "tdelay"), x.tdelay == y.tdelay);
    }
    for (std::size_t i = 0; i < a.steps.size(); ++i) {
        const auto &x = a.steps[i], &y = b.steps[i];
        check(detail::indexed("steps", i, "at"), x.at == y.at);
        check(detail::indexed("steps", i, "title"), x.title == y.title);
        check(detail::indexed("steps", i, "text"), x.text == y.text);
        check(detail::indexed("steps", i, "question"), x.question == y.question);
        check(detail::indexed("steps", i, "answer"), x.answer == y.answer);
    }
    return out;
}

} // namespace tl::test
