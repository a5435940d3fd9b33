// Canonical scenario JSON: stable key order and formatting, so saved files diff well.
#include "scenario_writer.h"

#include "atomic_file.h"
#include "json.h"
#include "time_value.h"

#include <charconv>
#include <vector>

namespace tl {

namespace {

std::string json_str(std::string_view s) {
    std::string out;
    append_json_string(out, s);
    return out;
}

std::string json_time(Nanos t) {
    return json_str(format_time(t));
}

// The shortest text that reads back as the same double.
std::string json_double(double d) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, d);
    return std::string(buf, r.ptr);
}

template <class T, class F> std::string json_array(const std::vector<T>& items, F&& to_json) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        out += to_json(items[i]);
    }
    return out + "]";
}

// One object on one line: {"a": 1, "b": "x"}.
class Obj {
public:
    Obj& raw(std::string_view key, std::string_view json) {
        s_ += s_.empty() ? "{" : ", ";
        append_json_string(s_, key);
        s_ += ": ";
        s_ += json;
        return *this;
    }
    Obj& str(std::string_view key, std::string_view v) { return raw(key, json_str(v)); }
    Obj& num(std::string_view key, long long v) { return raw(key, std::to_string(v)); }
    Obj& time(std::string_view key, Nanos v) { return raw(key, json_time(v)); }
    Obj& boolean(std::string_view key, bool v) { return raw(key, v ? "true" : "false"); }
    std::string done() const { return s_.empty() ? "{}" : s_ + "}"; }

private:
    std::string s_;
};

// The top-level object: one member per line, lists with one entry per line.
class Doc {
public:
    void member(std::string_view key, std::string_view json) {
        out_ += out_.empty() ? "{\n  " : ",\n  ";
        append_json_string(out_, key);
        out_ += ": ";
        out_ += json;
    }
    void list(std::string_view key, const std::vector<std::string>& entries) {
        if (entries.empty()) return;
        std::string json = "[";
        for (std::size_t i = 0; i < entries.size(); ++i)
            json += (i == 0 ? "\n    " : ",\n    ") + entries[i];
        member(key, json + "\n  ]");
    }
    std::string done() const { return out_ + "\n}\n"; }

private:
    std::string out_;
};

std::string task_json(const TaskSpec& t) {
    return Obj()
        .str("comm", t.comm)
        .num("pid", t.pid)
        .num("cpu", t.cpu)
        .num("nice", t.nice)
        .str("state", t.running ? "running" : "sleeping")
        .done();
}

std::string tasklet_json(const TaskletSpec& t) {
    Obj o;
    o.str("name", t.name).time("work", t.work).boolean("disabled", t.disabled);
    if (t.reschedule != 0) o.num("reschedule", t.reschedule);
    if (t.bh_work) o.boolean("bh_work", true);
    if (!t.calls.empty())
        o.raw("calls", json_array(t.calls, [](const TaskletSpec::Call& c) {
                  return Obj().str("op", op_name(c.op)).str("tasklet", c.tasklet).done();
              }));
    return o.done();
}

std::string irq_json(const IrqSpec& q) {
    Obj o;
    o.str("name", q.name).num("irq", q.irq).num("cpu", q.cpu).time("handler", q.handler);
    o.raw("schedule", json_array(q.schedule, [](const std::string& n) { return json_str(n); }));
    o.boolean("hi", q.hi);
    if (!q.at.empty()) o.raw("at", json_array(q.at, [](Nanos t) { return json_time(t); }));
    if (q.every) o.time("every", *q.every);
    if (q.from != 0) o.time("from", q.from);
    if (q.until) o.time("until", *q.until);
    if (q.rate_hz != 0) o.raw("rate_hz", json_double(q.rate_hz));
    if (!q.wake.empty()) o.raw("wake", json_array(q.wake, [](int pid) { return std::to_string(pid); }));
    return o.done();
}

void caller_json(Obj& o, const ActionSpec& a) {
    if (!a.comm.empty()) o.str("comm", a.comm);
    if (a.pid) o.num("pid", *a.pid);
}

std::string action_json(const ActionSpec& a) {
    Obj o;
    o.time("at", a.at).num("cpu", a.cpu).str("op", op_name(a.op));
    switch (a.op) {
    case Op::ReadProc:
        o.str("file", proc_file_name(a.file));
        caller_json(o, a);
        if (a.reads != 0) o.num("reads", a.reads);
        if (a.file == ProcFile::Jitimer) o.num("tdelay", a.tdelay);
        break;
    case Op::Irq:
        o.str("irq", a.irq);
        break;
    case Op::TaskSleep:
    case Op::TaskWake:
        if (a.pid) o.num("pid", *a.pid);
        break;
    case Op::LocalBhDisable:
    case Op::LocalBhEnable:
        caller_json(o, a);
        break;
    default: // the tasklet API
        o.str("tasklet", a.tasklet);
        if (a.context == CallContext::HardIrq)
            o.str("context", "hardirq");
        else
            caller_json(o, a);
        break;
    }
    return o.done();
}

std::string step_json(const StepSpec& st) {
    Obj o;
    o.time("at", st.at).str("title", st.title).str("text", st.text);
    if (!st.question.empty()) o.str("question", st.question);
    if (!st.answer.empty()) o.str("answer", st.answer);
    return o.done();
}

template <class T, class F> std::vector<std::string> entries(const std::vector<T>& items, F&& to_json) {
    std::vector<std::string> out;
    out.reserve(items.size());
    for (const auto& x : items)
        out.push_back(to_json(x));
    return out;
}

bool default_costs(const Costs& c) {
    const Costs d;
    return c.softirq_action == d.softirq_action && c.tick_handler == d.tick_handler &&
           c.context_switch == d.context_switch;
}

} // namespace

std::string write_scenario(const Scenario& s) {
    Doc d;
    d.member("format", "\"taskletlab-scenario\"");
    d.member("version", "1");
    d.member("title", json_str(s.title));
    if (!s.description.empty()) d.member("description", json_str(s.description));
    d.member("profile", json_str(s.profile));
    d.member("cpus", std::to_string(s.cpus));
    if (s.hz != 0) d.member("hz", std::to_string(s.hz));
    d.member("seed", std::to_string(s.seed));
    d.member("start_jiffies", std::to_string(s.start_jiffies));
    d.member("duration", json_time(s.duration));
    if (!s.smp) d.member("smp", "false");
    if (s.ksoftirqd_delay != 0) d.member("ksoftirqd_delay", json_time(s.ksoftirqd_delay));
    if (!s.ksoftirqd_pids.empty())
        d.member("ksoftirqd_pids", json_array(s.ksoftirqd_pids, [](int p) { return std::to_string(p); }));
    if (!default_costs(s.costs))
        d.member("costs", Obj()
                              .time("softirq_action", s.costs.softirq_action)
                              .time("tick_handler", s.costs.tick_handler)
                              .time("context_switch", s.costs.context_switch)
                              .done());
    d.list("tasks", entries(s.tasks, task_json));
    d.list("tasklets", entries(s.tasklets, tasklet_json));
    d.list("irqs", entries(s.irqs, irq_json));
    d.list("actions", entries(s.actions, action_json));
    d.list("steps", entries(s.steps, step_json));
    return d.done();
}

std::string save_scenario(const Scenario& s, const std::filesystem::path& path) {
    return write_file_atomically(path, write_scenario(s));
}

} // namespace tl
