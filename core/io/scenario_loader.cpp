// The scenario schema: which keys exist where, their types, ranges and cross references.
#include "scenario_loader.h"

#include "json.h"
#include "json_reader.h"
#include "text_file.h"
#include "time_value.h"

#include <engine/profile.h>

#include <algorithm>
#include <array>
#include <set>

namespace tl {

namespace {

constexpr std::string_view kFormat = "taskletlab-scenario";
constexpr std::int64_t kVersion = 1;
constexpr std::array kHzChoices{100, 250, 300, 1000};
constexpr std::uint64_t kMaxStartJiffies = std::uint64_t{1} << 62; // jit prints jiffies as signed long
constexpr int kMaxNice = 19;
constexpr int kMinNice = -20;
constexpr std::int64_t kMaxIrq = 1023;
constexpr std::int64_t kMaxReschedule = 1'000'000;
constexpr std::int64_t kMaxReads = 1000;
constexpr std::int64_t kMaxTdelay = 100'000;
constexpr Nanos kMaxCost = kNsPerSec;
constexpr std::size_t kMaxItems = 1'000'000;

constexpr std::array<std::string_view, 19> kTopKeys{
    "format",        "version",  "title", "description",     "profile",        "cpus",  "hz",    "seed",
    "start_jiffies", "duration", "smp",   "ksoftirqd_delay", "ksoftirqd_pids", "costs", "tasks", "tasklets",
    "irqs",          "actions",  "steps"};

// A problem with a command-line override: it has no place in the file.
struct OverrideFailure {
    std::string option;
    std::string message;
};

std::string json_quoted(std::string_view s) {
    std::string out;
    append_json_string(out, s);
    return out;
}

// The tasklet API ops: each names a tasklet and may be called from a hard IRQ.
bool is_tasklet_op(Op op) {
    return op <= Op::TaskletKill || op == Op::TaskletInit;
}

constexpr std::size_t kOpCount = static_cast<std::size_t>(Op::TaskletInit) + 1;

std::span<const std::string_view> op_keys(Op op) {
    static constexpr std::array<std::string_view, 7> kTasklet{"at",      "cpu",  "op", "tasklet",
                                                              "context", "comm", "pid"};
    static constexpr std::array<std::string_view, 8> kRead{"at",   "cpu", "op",    "file",
                                                           "comm", "pid", "reads", "tdelay"};
    static constexpr std::array<std::string_view, 4> kIrq{"at", "cpu", "op", "irq"};
    static constexpr std::array<std::string_view, 4> kTask{"at", "cpu", "op", "pid"};
    static constexpr std::array<std::string_view, 5> kBh{"at", "cpu", "op", "comm", "pid"};
    if (is_tasklet_op(op)) return kTasklet;
    switch (op) {
    case Op::ReadProc:
        return kRead;
    case Op::Irq:
        return kIrq;
    case Op::TaskSleep:
    case Op::TaskWake:
        return kTask;
    default:
        return kBh;
    }
}

// A tasklet's calls may name tasklets defined after it: they are read once all tasklets are known.
struct PendingCalls {
    std::size_t tasklet;
    const JsonValue* list;
    std::string path;
};

struct PidHome {
    int cpu;
    std::string comm;
};

class Loader {
public:
    explicit Loader(const ScenarioOverrides& overrides)
        : ov_(overrides) {}

    Scenario load(const JsonValue& root) {
        const ObjectReader top(root, "$", "a scenario");
        top.allow_keys(kTopKeys);
        read_header(top);
        read_machine(top);
        if (const JsonValue* v = top.optional("costs")) read_costs(*v, top.path_of("costs"));
        read_list(top, "tasks", [this](const JsonValue& v, const std::string& p) { read_task(v, p); });
        read_list(top, "tasklets", [this](const JsonValue& v, const std::string& p) { read_tasklet(v, p); });
        read_calls();
        read_list(top, "irqs", [this](const JsonValue& v, const std::string& p) { read_irq(v, p); });
        read_list(top, "actions", [this](const JsonValue& v, const std::string& p) { read_action(v, p); });
        read_list(top, "steps", [this](const JsonValue& v, const std::string& p) { read_step(v, p); });
        return std::move(s_);
    }

private:
    const ScenarioOverrides& ov_;
    Scenario s_;
    const Profile* profile_ = nullptr;
    int jiffy_hz_ = 0; // the HZ that 'j' time units use: the scenario's, else the profile's default
    // The effective ksoftirqd pids, to detect clashes; the scenario keeps its own list only when the
    // file gave one (so a profile override still changes the defaults).
    std::vector<int> ksoftirqd_pids_;
    std::vector<PendingCalls> pending_calls_;
    // Which CPU each pid lives on: the tasks, then callers in file order (the engine creates a caller
    // task on first use and reuses it by pid, so later calls with that pid must be on the same CPU).
    std::vector<std::pair<int, PidHome>> pid_homes_;

    Nanos time_of(const ObjectReader& o, std::string_view key, Nanos lo, Nanos hi, Nanos fallback) const {
        const JsonValue* v = o.optional(key);
        return v ? read_time(*v, o.path_of(key), jiffy_hz_, lo, hi) : fallback;
    }
    int int_of(const ObjectReader& o, std::string_view key, std::int64_t lo, std::int64_t hi,
               int fallback) const {
        const JsonValue* v = o.optional(key);
        return v ? static_cast<int>(read_int(*v, o.path_of(key), lo, hi)) : fallback;
    }
    bool bool_of(const ObjectReader& o, std::string_view key, bool fallback) const {
        const JsonValue* v = o.optional(key);
        return v ? read_bool(*v, o.path_of(key)) : fallback;
    }
    std::string string_of(const ObjectReader& o, std::string_view key) const {
        const JsonValue* v = o.optional(key);
        return v ? read_string(*v, o.path_of(key)) : std::string();
    }
    int cpu_of(const ObjectReader& o, bool required) const {
        if (required) return static_cast<int>(read_int(o.required("cpu"), o.path_of("cpu"), 0, s_.cpus - 1));
        return int_of(o, "cpu", 0, s_.cpus - 1, 0);
    }

    template <class F> void read_list(const ObjectReader& top, std::string_view key, F&& read_one) {
        const JsonValue* v = top.optional(key);
        if (v == nullptr) return;
        const std::string path = top.path_of(key);
        const auto& items = read_array(*v, path, kMaxItems);
        for (std::size_t i = 0; i < items.size(); ++i)
            read_one(items[i], item_path(path, i));
    }

    void read_header(const ObjectReader& top) {
        const JsonValue& format = top.required("format");
        if (!format.is_string() || format.text != kFormat)
            throw_read_error(format, top.path_of("format"),
                             "expected " + json_quoted(kFormat) + ", got " + describe_json(format));
        const JsonValue& version = top.required("version");
        if (version.as_int() != kVersion)
            throw_read_error(version, top.path_of("version"),
                             "expected 1 (the scenario format version this TaskletLab reads), got " +
                                 describe_json(version));
        s_.title = string_of(top, "title");
        s_.description = string_of(top, "description");
    }

    static std::string profile_names() {
        std::vector<std::string_view> names;
        for (const auto& p : all_profiles())
            names.push_back(p.name);
        return join_names(names);
    }

    const Profile& read_profile(const ObjectReader& top) {
        if (ov_.profile) {
            const Profile* p = find_profile(*ov_.profile);
            if (p == nullptr)
                throw OverrideFailure{"--profile", "expected a known profile (" + profile_names() +
                                                       "), got " + json_quoted(*ov_.profile)};
            s_.profile = std::string(p->name);
            // The file's value is still checked: it must be a string even when overridden.
            if (const JsonValue* v = top.optional("profile")) read_string(*v, top.path_of("profile"));
            return *p;
        }
        const JsonValue* v = top.optional("profile");
        if (v == nullptr) {
            s_.profile = std::string(default_profile().name);
            return default_profile();
        }
        const Profile* p = v->is_string() ? find_profile(v->text) : nullptr;
        if (p == nullptr)
            throw_read_error(*v, top.path_of("profile"),
                             "expected a known profile (" + profile_names() + "), got " + describe_json(*v));
        s_.profile = std::string(p->name);
        return *p;
    }

    void read_hz(const ObjectReader& top) {
        const JsonValue* v = top.optional("hz");
        if (v == nullptr) return; // 0: the engine uses the profile's default
        const auto hz = v->as_int();
        if (!hz || std::find(kHzChoices.begin(), kHzChoices.end(), *hz) == kHzChoices.end())
            throw_read_error(*v, top.path_of("hz"),
                             "expected one of 100, 250, 300, 1000, got " + describe_json(*v));
        s_.hz = static_cast<int>(*hz);
    }

    void read_duration(const ObjectReader& top) {
        if (!ov_.duration) {
            s_.duration = time_of(top, "duration", 1, kMaxDuration, s_.duration);
            return;
        }
        if (const JsonValue* v = top.optional("duration"))
            read_time(*v, top.path_of("duration"), jiffy_hz_, 1, kMaxDuration);
        const TimeParseResult t = parse_time(*ov_.duration, jiffy_hz_);
        if (!t.ok()) throw OverrideFailure{"--duration", t.error};
        if (t.value < 1 || t.value > kMaxDuration)
            throw OverrideFailure{"--duration", "expected a time from 1ns to " + format_time(kMaxDuration) +
                                                    ", got " + json_quoted(*ov_.duration)};
        s_.duration = t.value;
    }

    void read_machine(const ObjectReader& top) {
        const Profile& profile = read_profile(top);
        profile_ = &profile;
        s_.cpus = int_of(top, "cpus", 1, kMaxCpus, s_.cpus);
        read_hz(top);
        jiffy_hz_ = s_.hz != 0 ? s_.hz : profile.default_hz;
        if (const JsonValue* v = top.optional("seed"))
            s_.seed = read_uint(*v, top.path_of("seed"), UINT64_MAX);
        if (ov_.seed) s_.seed = *ov_.seed;
        if (const JsonValue* v = top.optional("start_jiffies"))
            s_.start_jiffies = read_uint(*v, top.path_of("start_jiffies"), kMaxStartJiffies);
        read_duration(top);
        s_.smp = bool_of(top, "smp", s_.smp);
        if (!s_.smp && s_.cpus != 1)
            throw_read_error(*top.optional("smp"), top.path_of("smp"),
                             "\"smp\": false simulates a uniprocessor build and needs \"cpus\": 1, got " +
                                 std::to_string(s_.cpus) + " cpus");
        s_.ksoftirqd_delay = time_of(top, "ksoftirqd_delay", 0, kMaxDuration, s_.ksoftirqd_delay);
        read_ksoftirqd_pids(top);
        fill_ksoftirqd_pids(profile);
    }

    void read_ksoftirqd_pids(const ObjectReader& top) {
        const JsonValue* v = top.optional("ksoftirqd_pids");
        if (v == nullptr) return;
        const std::string path = top.path_of("ksoftirqd_pids");
        const auto& items = read_array(*v, path, kMaxCpus);
        if (items.size() != static_cast<std::size_t>(s_.cpus))
            throw_read_error(*v, path,
                             "expected one pid per CPU (" + std::to_string(s_.cpus) + "), got " +
                                 std::to_string(items.size()));
        for (std::size_t i = 0; i < items.size(); ++i) {
            const int pid = static_cast<int>(read_int(items[i], item_path(path, i), 1, kMaxPid));
            if (std::find(s_.ksoftirqd_pids.begin(), s_.ksoftirqd_pids.end(), pid) != s_.ksoftirqd_pids.end())
                throw_read_error(items[i], item_path(path, i),
                                 "expected a pid not given to another ksoftirqd, got " + std::to_string(pid));
            s_.ksoftirqd_pids.push_back(pid);
        }
    }

    void fill_ksoftirqd_pids(const Profile& profile) {
        ksoftirqd_pids_ = s_.ksoftirqd_pids;
        if (!ksoftirqd_pids_.empty()) return;
        for (int c = 0; c < s_.cpus; ++c)
            ksoftirqd_pids_.push_back(profile.ksoftirqd_pid0 + c * profile.ksoftirqd_pid_stride);
    }

    void read_costs(const JsonValue& v, const std::string& path) {
        const ObjectReader o(v, path, "the costs");
        o.allow_keys({"softirq_action", "tick_handler", "context_switch"});
        s_.costs.softirq_action = time_of(o, "softirq_action", 0, kMaxCost, s_.costs.softirq_action);
        s_.costs.tick_handler = time_of(o, "tick_handler", 0, kMaxCost, s_.costs.tick_handler);
        s_.costs.context_switch = time_of(o, "context_switch", 0, kMaxCost, s_.costs.context_switch);
    }

    void read_task(const JsonValue& v, const std::string& path) {
        const ObjectReader o(v, path, "a task");
        o.allow_keys({"comm", "pid", "cpu", "nice", "state"});
        TaskSpec t;
        t.comm = read_name(o.required("comm"), o.path_of("comm"), kMaxCommBytes);
        const JsonValue& pid = o.required("pid");
        t.pid = static_cast<int>(read_int(pid, o.path_of("pid"), 1, kMaxPid));
        for (const auto& other : s_.tasks)
            if (other.pid == t.pid)
                throw_read_error(pid, o.path_of("pid"),
                                 "expected a pid not used by another task, got " + std::to_string(t.pid) +
                                     " (" + other.comm + " has it)");
        check_not_kernel_thread(pid, o.path_of("pid"), t.pid);
        t.cpu = cpu_of(o, false);
        pid_homes_.push_back({t.pid, {t.cpu, t.comm}});
        t.nice = int_of(o, "nice", kMinNice, kMaxNice, 0);
        if (const JsonValue* st = o.optional("state")) {
            static constexpr std::array<std::string_view, 2> kStates{"running", "sleeping"};
            t.running = read_choice(*st, o.path_of("state"), kStates) == 0;
        }
        s_.tasks.push_back(std::move(t));
    }

    void read_tasklet(const JsonValue& v, const std::string& path) {
        const ObjectReader o(v, path, "a tasklet");
        o.allow_keys({"name", "work", "disabled", "reschedule", "calls", "bh_work"});
        TaskletSpec t;
        const JsonValue& name = o.required("name");
        t.name = read_name(name, o.path_of("name"), kMaxNameBytes);
        for (const auto& other : s_.tasklets)
            if (other.name == t.name)
                throw_read_error(name, o.path_of("name"),
                                 "expected a name not used by another tasklet, got " + describe_json(name));
        t.work = time_of(o, "work", 0, kMaxDuration, 0);
        t.disabled = bool_of(o, "disabled", false);
        t.reschedule = int_of(o, "reschedule", -1, kMaxReschedule, 0);
        t.bh_work = bool_of(o, "bh_work", false);
        if (t.bh_work && !profile_->bh_workqueue)
            throw_read_error(*o.optional("bh_work"), o.path_of("bh_work"),
                             "expected false under profile " + s_.profile +
                                 " (BH workqueues exist from linux-6.9 on), got true");
        if (const JsonValue* calls = o.optional("calls"))
            pending_calls_.push_back({s_.tasklets.size(), calls, o.path_of("calls")});
        s_.tasklets.push_back(std::move(t));
    }

    void read_calls() {
        for (const PendingCalls& p : pending_calls_) {
            const auto& items = read_array(*p.list, p.path, kMaxItems);
            for (std::size_t i = 0; i < items.size(); ++i) {
                const ObjectReader o(items[i], item_path(p.path, i), "a tasklet API call");
                o.allow_keys({"op", "tasklet"});
                TaskletSpec::Call call;
                call.op = static_cast<Op>(read_choice(o.required("op"), o.path_of("op"), op_names()));
                if (!is_tasklet_op(call.op))
                    throw_read_error(*o.optional("op"), o.path_of("op"),
                                     "expected a tasklet API op (tasklet_schedule, tasklet_hi_schedule, "
                                     "tasklet_disable, tasklet_disable_nosync, tasklet_enable, tasklet_kill, "
                                     "tasklet_init), got " +
                                         describe_json(*o.optional("op")));
                const JsonValue* target = o.optional("tasklet");
                call.tasklet =
                    target ? tasklet_ref(*target, o.path_of("tasklet")) : s_.tasklets[p.tasklet].name;
                s_.tasklets[p.tasklet].calls.push_back(std::move(call));
            }
        }
    }

    template <class Range, class Name> static std::string names_of(const Range& r, Name&& name) {
        std::vector<std::string_view> names;
        for (const auto& x : r)
            names.push_back(name(x));
        return names.empty() ? std::string("none are defined") : join_names(names);
    }

    std::string tasklet_ref(const JsonValue& v, const std::string& path) const {
        for (const auto& t : s_.tasklets)
            if (v.is_string() && t.name == v.text) return t.name;
        throw_read_error(
            v, path,
            "expected the name of a tasklet in \"tasklets\" (" +
                names_of(s_.tasklets, [](const TaskletSpec& t) -> std::string_view { return t.name; }) +
                "), got " + describe_json(v));
    }

    std::string irq_ref(const JsonValue& v, const std::string& path) const {
        for (const auto& i : s_.irqs)
            if (v.is_string() && i.name == v.text) return i.name;
        throw_read_error(v, path,
                         "expected the name of an IRQ source in \"irqs\" (" +
                             names_of(s_.irqs, [](const IrqSpec& i) -> std::string_view { return i.name; }) +
                             "), got " + describe_json(v));
    }

    int task_ref(const JsonValue& v, const std::string& path) const {
        const auto pid = v.as_int();
        for (const auto& t : s_.tasks)
            if (pid && t.pid == *pid) return t.pid;
        std::vector<std::string> pids;
        for (const auto& t : s_.tasks)
            pids.push_back(std::to_string(t.pid));
        throw_read_error(v, path,
                         "expected the pid of a task in \"tasks\" (" +
                             names_of(pids, [](const std::string& p) -> std::string_view { return p; }) +
                             "), got " + describe_json(v));
    }

    void read_irq(const JsonValue& v, const std::string& path) {
        const ObjectReader o(v, path, "an IRQ source");
        o.allow_keys({"name", "irq", "cpu", "handler", "schedule", "hi", "at", "every", "from", "until",
                      "rate_hz", "wake"});
        IrqSpec q;
        const JsonValue& name = o.required("name");
        q.name = read_name(name, o.path_of("name"), kMaxNameBytes);
        for (const auto& other : s_.irqs)
            if (other.name == q.name)
                throw_read_error(name, o.path_of("name"),
                                 "expected a name not used by another IRQ source, got " +
                                     describe_json(name));
        q.irq = int_of(o, "irq", 0, kMaxIrq, 0);
        q.cpu = cpu_of(o, false);
        q.handler = time_of(o, "handler", 0, kMaxDuration, 0);
        if (const JsonValue* list = o.optional("schedule")) {
            const auto& items = read_array(*list, o.path_of("schedule"), kMaxItems);
            for (std::size_t i = 0; i < items.size(); ++i)
                q.schedule.push_back(tasklet_ref(items[i], item_path(o.path_of("schedule"), i)));
        }
        q.hi = bool_of(o, "hi", false);
        if (const JsonValue* list = o.optional("at")) {
            const auto& items = read_array(*list, o.path_of("at"), kMaxItems);
            for (std::size_t i = 0; i < items.size(); ++i)
                q.at.push_back(
                    read_time(items[i], item_path(o.path_of("at"), i), jiffy_hz_, 0, kMaxDuration));
        }
        if (const JsonValue* every = o.optional("every"))
            q.every = read_time(*every, o.path_of("every"), jiffy_hz_, kMinEvery, kMaxDuration);
        q.from = time_of(o, "from", 0, kMaxDuration, 0);
        if (const JsonValue* until = o.optional("until")) {
            q.until = read_time(*until, o.path_of("until"), jiffy_hz_, 0, kMaxDuration);
            if (*q.until < q.from)
                throw_read_error(*until, o.path_of("until"),
                                 "expected a time not before \"from\" (" + format_time(q.from) + "), got " +
                                     describe_json(*until));
        }
        if (const JsonValue* rate = o.optional("rate_hz"))
            q.rate_hz = read_number(*rate, o.path_of("rate_hz"), 0, kMaxRateHz);
        if (const JsonValue* list = o.optional("wake")) {
            const auto& items = read_array(*list, o.path_of("wake"), kMaxItems);
            for (std::size_t i = 0; i < items.size(); ++i)
                q.wake.push_back(task_ref(items[i], item_path(o.path_of("wake"), i)));
        }
        s_.irqs.push_back(std::move(q));
    }

    static std::span<const std::string_view> op_names() {
        static const auto kNames = [] {
            std::array<std::string_view, kOpCount> names{};
            for (std::size_t i = 0; i < names.size(); ++i)
                names[i] = op_name(static_cast<Op>(i));
            return names;
        }();
        return kNames;
    }

    void read_action(const JsonValue& v, const std::string& path) {
        const ObjectReader o(v, path, "an action");
        ActionSpec a;
        a.op = static_cast<Op>(read_choice(o.required("op"), o.path_of("op"), op_names()));
        o.allow_keys(op_keys(a.op), "for op " + json_quoted(op_name(a.op)));
        a.at = read_time(o.required("at"), o.path_of("at"), jiffy_hz_, 0, kMaxDuration);
        a.cpu = cpu_of(o, true);
        if (is_tasklet_op(a.op)) {
            a.tasklet = tasklet_ref(o.required("tasklet"), o.path_of("tasklet"));
            check_bh_work_op(o, a);
            read_context(o, a);
        }
        switch (a.op) {
        case Op::ReadProc:
            read_proc_keys(o, a);
            break;
        case Op::Irq:
            a.irq = irq_ref(o.required("irq"), o.path_of("irq"));
            break;
        case Op::TaskSleep:
        case Op::TaskWake:
            a.pid = task_ref(o.required("pid"), o.path_of("pid"));
            break;
        default:
            read_caller(o, a);
            break;
        }
        s_.actions.push_back(std::move(a));
    }

    // A BH work item is only ever queued (queue_work); the engine models nothing else on it.
    void check_bh_work_op(const ObjectReader& o, const ActionSpec& a) const {
        for (const auto& t : s_.tasklets)
            if (t.name == a.tasklet && t.bh_work && a.op != Op::TaskletSchedule &&
                a.op != Op::TaskletHiSchedule)
                throw_read_error(
                    *o.optional("op"), o.path_of("op"),
                    "expected \"tasklet_schedule\" or \"tasklet_hi_schedule\" (queue_work) for the BH "
                    "work item " +
                        json_quoted(t.name) + ", got " + json_quoted(op_name(a.op)));
    }

    void read_context(const ObjectReader& o, ActionSpec& a) const {
        if (const JsonValue* c = o.optional("context")) {
            static constexpr std::array<std::string_view, 2> kContexts{"process", "hardirq"};
            a.context = read_choice(*c, o.path_of("context"), kContexts) == 0 ? CallContext::Process
                                                                              : CallContext::HardIrq;
        }
        if (a.context == CallContext::HardIrq)
            for (const std::string_view key : {"comm", "pid"})
                if (const JsonValue* x = o.optional(key))
                    throw_read_error(
                        *x, o.path_of(key),
                        "expected no caller task with \"context\": \"hardirq\" (the call is made "
                        "from a hard IRQ), got " +
                            json_quoted(key));
    }

    const PidHome* home_of(int pid) const {
        for (const auto& [p, home] : pid_homes_)
            if (p == pid) return &home;
        return nullptr;
    }

    // The caller (API ops, local_bh_*) or reader (read_proc): a task with that pid, or one created for
    // the call.
    void read_caller(const ObjectReader& o, ActionSpec& a) {
        if (const JsonValue* c = o.optional("comm")) a.comm = read_name(*c, o.path_of("comm"), kMaxCommBytes);
        const JsonValue* p = o.optional("pid");
        if (p == nullptr) return;
        const int pid = static_cast<int>(read_int(*p, o.path_of("pid"), 1, kMaxPid));
        check_not_kernel_thread(*p, o.path_of("pid"), pid);
        if (const PidHome* home = home_of(pid); home && home->cpu != a.cpu)
            throw_read_error(*p, o.path_of("pid"),
                             "expected the pid of a task on CPU " + std::to_string(a.cpu) +
                                 " or a new pid, got " + std::to_string(pid) + " (" + home->comm +
                                 ", on CPU " + std::to_string(home->cpu) + ")");
        if (!home_of(pid))
            pid_homes_.push_back({pid, {a.cpu, a.comm.empty() ? std::string("caller") : a.comm}});
        a.pid = pid;
    }

    void check_not_kernel_thread(const JsonValue& v, const std::string& path, int pid) const {
        for (std::size_t c = 0; c < ksoftirqd_pids_.size(); ++c)
            if (ksoftirqd_pids_[c] == pid)
                throw_read_error(v, path,
                                 "expected a pid not used by a kernel thread, got " + std::to_string(pid) +
                                     " (ksoftirqd/" + std::to_string(c) + " has it under profile " +
                                     s_.profile + ")");
    }

    void read_proc_keys(const ObjectReader& o, ActionSpec& a) {
        static constexpr std::array<std::string_view, 3> kFiles{"jitasklet", "jitasklethi", "jitimer"};
        a.file = static_cast<ProcFile>(read_choice(o.required("file"), o.path_of("file"), kFiles));
        read_caller(o, a);
        a.reads = int_of(o, "reads", 0, kMaxReads, 0);
        if (const JsonValue* t = o.optional("tdelay")) {
            if (a.file != ProcFile::Jitimer)
                throw_read_error(*t, o.path_of("tdelay"),
                                 "expected \"tdelay\" only with \"file\": \"jitimer\", got it with " +
                                     json_quoted(proc_file_name(a.file)));
            a.tdelay = static_cast<int>(read_int(*t, o.path_of("tdelay"), 1, kMaxTdelay));
        }
    }

    void read_step(const JsonValue& v, const std::string& path) {
        const ObjectReader o(v, path, "a step");
        o.allow_keys({"at", "title", "text", "question", "answer"});
        StepSpec st;
        st.at = read_time(o.required("at"), o.path_of("at"), jiffy_hz_, 0, kMaxDuration);
        st.title = string_of(o, "title");
        st.text = string_of(o, "text");
        st.question = string_of(o, "question");
        st.answer = string_of(o, "answer");
        s_.steps.push_back(std::move(st));
    }
};

} // namespace

std::string ScenarioError::to_string() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column);
    for (const std::string* part : {&json_path, &message}) {
        if (part->empty()) continue;
        if (!out.empty()) out += ": ";
        out += *part;
    }
    return out;
}

ScenarioLoadResult load_scenario_text(std::string_view json, std::string_view display_name,
                                      const ScenarioOverrides& overrides) {
    ScenarioLoadResult r;
    const JsonParseResult doc = parse_json(json);
    if (!doc.ok()) {
        r.error = ScenarioError{std::string(display_name), doc.error->pos.line, doc.error->pos.column, "",
                                doc.error->message};
        return r;
    }
    try {
        r.scenario = Loader(overrides).load(doc.value);
    } catch (const JsonReadError& e) {
        r.error = ScenarioError{std::string(display_name), e.pos.line, e.pos.column, e.path, e.message};
    } catch (const OverrideFailure& e) {
        r.error = ScenarioError{"", 0, 0, e.option, e.message};
    }
    return r;
}

ScenarioLoadResult load_scenario_file(const std::filesystem::path& path, const ScenarioOverrides& overrides) {
    std::string text;
    const std::string why = read_text_file(path, JsonLimits{}.max_bytes, text);
    if (!why.empty()) {
        ScenarioLoadResult r;
        r.error = ScenarioError{path.string(), 0, 0, "", why};
        return r;
    }
    return load_scenario_text(text, path.string(), overrides);
}

} // namespace tl
