// Shared helpers of the kernel-semantics §11 oracle tests: a small scenario builder, engine runners and
// queries over the event stream (invocations of __do_softirq, passes, tasklet runs).
#pragma once

#include <engine/engine.h>
#include <trace/invariant_checker.h>
#include <trace/trace_query.h>

#include <QString>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oracle {

using tl::Nanos;

constexpr Nanos us(std::int64_t v) { return v * tl::kNsPerUs; }
constexpr Nanos ms(std::int64_t v) { return v * tl::kNsPerMs; }

inline const char* const kBook = "ldd3-book";
inline const char* const kLinux2610 = "linux-2.6.10";
inline const char* const kLinux61 = "linux-6.1";
inline const char* const kLinux69 = "linux-6.9";

inline bool isEra26(const QString& profile) { return profile == kBook || profile == kLinux2610; }

// One QTest data row per profile; the column is "profile" (QString).
inline void addProfileRows(std::initializer_list<const char*> profiles)
{
    QTest::addColumn<QString>("profile");
    for (const char* p : profiles) QTest::newRow(p) << QString::fromLatin1(p);
}
inline void addAllProfileRows() { addProfileRows({kBook, kLinux2610, kLinux61, kLinux69}); }

// A tiny builder over tl::Scenario. Defaults: one CPU, the profile's HZ, 10 ms, start_jiffies 0.
class ScenarioBuilder {
public:
    explicit ScenarioBuilder(const QString& profile)
    {
        s_.title = "oracle";
        s_.profile = profile.toStdString();
        s_.duration = ms(10);
    }

    ScenarioBuilder& cpus(int n) { s_.cpus = n; return *this; }
    ScenarioBuilder& hz(int v) { s_.hz = v; return *this; }
    ScenarioBuilder& duration(Nanos d) { s_.duration = d; return *this; }
    ScenarioBuilder& startJiffies(std::uint64_t j) { s_.start_jiffies = j; return *this; }
    ScenarioBuilder& uniprocessor() { s_.smp = false; s_.cpus = 1; return *this; }
    ScenarioBuilder& ksoftirqdDelay(Nanos d) { s_.ksoftirqd_delay = d; return *this; }
    ScenarioBuilder& softirqActionCost(Nanos d) { s_.costs.softirq_action = d; return *this; }

    ScenarioBuilder& task(std::string comm, int pid, int cpu = 0, bool running = true, int nice = 0)
    {
        tl::TaskSpec t;
        t.comm = std::move(comm);
        t.pid = pid;
        t.cpu = cpu;
        t.running = running;
        t.nice = nice;
        s_.tasks.push_back(std::move(t));
        return *this;
    }
    ScenarioBuilder& sleepingTask(std::string comm, int pid, int cpu = 0)
    {
        return task(std::move(comm), pid, cpu, false);
    }

    ScenarioBuilder& tasklet(std::string name, Nanos work = 0, bool disabled = false, int reschedule = 0)
    {
        tl::TaskletSpec t;
        t.name = std::move(name);
        t.work = work;
        t.disabled = disabled;
        t.reschedule = reschedule;
        s_.tasklets.push_back(std::move(t));
        return *this;
    }

    // An IRQ source firing once at `at` on `cpu`; its handler schedules `schedule` (hi: the HI list)
    // and wakes `wake`.
    ScenarioBuilder& irqAt(std::string name, int cpu, Nanos at, std::vector<std::string> schedule = {},
                           bool hi = false, std::vector<int> wake = {}, Nanos handler = 0)
    {
        tl::IrqSpec q;
        q.name = std::move(name);
        q.irq = 10 + static_cast<int>(s_.irqs.size());
        q.cpu = cpu;
        q.handler = handler;
        q.schedule = std::move(schedule);
        q.hi = hi;
        q.at = {at};
        q.wake = std::move(wake);
        s_.irqs.push_back(std::move(q));
        return *this;
    }

    // A tasklet API call from process context by a caller task (pid 0: the engine's default caller).
    ScenarioBuilder& api(Nanos at, int cpu, tl::Op op, std::string tasklet, int pid = 0,
                         std::string comm = {})
    {
        tl::ActionSpec a;
        a.at = at;
        a.cpu = cpu;
        a.op = op;
        a.tasklet = std::move(tasklet);
        if (pid != 0) a.pid = pid;
        a.comm = std::move(comm);
        s_.actions.push_back(std::move(a));
        return *this;
    }
    // The same call made from a hard IRQ on `cpu` ("context": "hardirq").
    ScenarioBuilder& apiFromIrq(Nanos at, int cpu, tl::Op op, std::string tasklet)
    {
        api(at, cpu, op, std::move(tasklet));
        s_.actions.back().context = tl::CallContext::HardIrq;
        return *this;
    }
    ScenarioBuilder& bhDisable(Nanos at, int cpu, int pid, std::string comm)
    {
        return api(at, cpu, tl::Op::LocalBhDisable, {}, pid, std::move(comm));
    }
    ScenarioBuilder& bhEnable(Nanos at, int cpu, int pid, std::string comm)
    {
        return api(at, cpu, tl::Op::LocalBhEnable, {}, pid, std::move(comm));
    }
    ScenarioBuilder& readProc(Nanos at, int cpu, tl::ProcFile file, int pid, std::string comm, int reads,
                              int tdelay = 10)
    {
        tl::ActionSpec a;
        a.at = at;
        a.cpu = cpu;
        a.op = tl::Op::ReadProc;
        a.file = file;
        a.pid = pid;
        a.comm = std::move(comm);
        a.reads = reads;
        a.tdelay = tdelay;
        s_.actions.push_back(std::move(a));
        return *this;
    }
    ScenarioBuilder& taskSleep(Nanos at, int cpu, int pid)
    {
        tl::ActionSpec a;
        a.at = at;
        a.cpu = cpu;
        a.op = tl::Op::TaskSleep;
        a.pid = pid;
        s_.actions.push_back(std::move(a));
        return *this;
    }

    const tl::Scenario& scenario() const { return s_; }

private:
    tl::Scenario s_;
};

// ---- running -------------------------------------------------------------------------------------

inline std::unique_ptr<tl::Engine> makeEngine(const ScenarioBuilder& b, QString* error = nullptr)
{
    try {
        return std::make_unique<tl::Engine>(b.scenario());
    } catch (const std::exception& ex) {
        if (error) *error = QString::fromStdString(ex.what());
        return nullptr;
    }
}

inline QString joinLines(const std::vector<std::string>& lines, int max = 20)
{
    QStringList out;
    for (const auto& l : lines) {
        if (out.size() == max) {
            out << QStringLiteral("... (%1 more)").arg(lines.size() - static_cast<std::size_t>(max));
            break;
        }
        out << QString::fromStdString(l);
    }
    return out.join(QLatin1Char('\n'));
}

inline QString messages(const tl::Engine& e)
{
    QStringList out;
    for (const auto& m : e.kernel_messages()) out << QString::fromStdString(m.dmesg_line());
    return out.join(QLatin1Char('\n'));
}

// Builds the engine for `builder` into `var` (a std::unique_ptr<tl::Engine>), failing the test if the
// engine rejects the scenario.
#define ORACLE_MAKE_ENGINE(var, builder)                                                                \
    QString var##_error;                                                                                \
    auto var = oracle::makeEngine((builder), &var##_error);                                     \
    QVERIFY2(var != nullptr, qPrintable(QStringLiteral("engine rejected the scenario: ") + var##_error))

// The rules every run must obey, even one that ends in a fatal kernel error: the invariant checker
// and the engine's self-checks find nothing.
#define ORACLE_VERIFY_TRACE_INVARIANTS(engine)                                                          \
    do {                                                                                                \
        const auto inv__ = tl::check_invariants((engine).log(), (engine).scenario().cpus);              \
        QVERIFY2(inv__.empty(), qPrintable(QStringLiteral("invariants violated:\n") + oracle::joinLines(inv__))); \
        QVERIFY2((engine).internal_errors().empty(),                                                    \
                 qPrintable(QStringLiteral("engine self-checks:\n") + oracle::joinLines((engine).internal_errors()))); \
    } while (0)

// ... and no fatal kernel error stopped the machine.
#define ORACLE_VERIFY_INVARIANTS(engine)                                                                \
    do {                                                                                                \
        ORACLE_VERIFY_TRACE_INVARIANTS(engine);                                                         \
        QVERIFY2(!(engine).panicked(), qPrintable(QStringLiteral("the simulated kernel panicked:\n") +  \
                                                  oracle::messages(engine)));                           \
    } while (0)

// Like QVERIFY2, but the message (a QString expression) is only built when the check fails.
#define ORACLE_VERIFY(cond, msg)                                                                        \
    do {                                                                                                \
        if (!(cond)) {                                                                                  \
            QTest::qFail(qPrintable(QStringLiteral("'" #cond "' failed: ") + (msg)), __FILE__, __LINE__); \
            return;                                                                                     \
        }                                                                                               \
    } while (0)

// ---- queries -------------------------------------------------------------------------------------

inline std::string_view nameOf(const tl::EventLog& log, const tl::Event& e) { return log.str(e.name); }
inline const tl::TaskRef& taskOf(const tl::EventLog& log, const tl::Event& e) { return log.task(e.task); }

inline bool is(const tl::EventLog& log, const tl::Event& e, tl::EventType t, std::string_view name = {})
{
    return e.type == t && (name.empty() || nameOf(log, e) == name);
}

// Log indices of the events of type `t` (about `name` if given), optionally only on `cpu`.
inline std::vector<std::size_t> find(const tl::EventLog& log, tl::EventType t, std::string_view name = {},
                                     int cpu = -1, std::size_t from = 0, std::size_t to = SIZE_MAX)
{
    std::vector<std::size_t> out;
    to = std::min(to, log.size());
    for (std::size_t i = from; i < to; ++i) {
        const auto& e = log[i];
        if (is(log, e, t, name) && (cpu < 0 || e.cpu == cpu)) out.push_back(i);
    }
    return out;
}
inline int count(const tl::EventLog& log, tl::EventType t, std::string_view name = {}, int cpu = -1,
                 std::size_t from = 0, std::size_t to = SIZE_MAX)
{
    return static_cast<int>(find(log, t, name, cpu, from, to).size());
}

// One __do_softirq invocation (DoSoftirqEntry .. DoSoftirqExit on one CPU).
struct Invocation {
    std::size_t entry = 0;
    std::size_t exit = SIZE_MAX; // SIZE_MAX: not finished when the log ends
    int cpu = 0;
    tl::SoftirqPath path = tl::SoftirqPath::IrqExit;
    int passes = -1;             // DoSoftirqExit::arg
    bool wokeKsoftirqd = false;  // DoSoftirqExit flags bit 0
    Nanos start = 0;
    Nanos end = -1;
};

inline std::vector<Invocation> invocations(const tl::EventLog& log, int cpu = -1)
{
    std::vector<Invocation> out;
    std::vector<std::optional<std::size_t>> open(256);
    for (std::size_t i = 0; i < log.size(); ++i) {
        const auto& e = log[i];
        if (cpu >= 0 && e.cpu != cpu) continue;
        if (e.type == tl::EventType::DoSoftirqEntry) {
            Invocation v;
            v.entry = i;
            v.cpu = e.cpu;
            v.path = static_cast<tl::SoftirqPath>(e.arg);
            v.start = e.time;
            open[e.cpu] = out.size();
            out.push_back(v);
        } else if (e.type == tl::EventType::DoSoftirqExit && open[e.cpu]) {
            auto& v = out[*open[e.cpu]];
            v.exit = i;
            v.passes = e.arg;
            v.wokeKsoftirqd = (e.flags & 1) != 0;
            v.end = e.time;
            open[e.cpu].reset();
        }
    }
    return out;
}

// The invocation on `cpu` that contains log index `idx`, if any.
inline std::optional<Invocation> invocationContaining(const tl::EventLog& log, std::size_t idx)
{
    const int cpu = log[idx].cpu;
    for (const auto& v : invocations(log, cpu))
        if (v.entry < idx && idx < v.exit) return v;
    return std::nullopt;
}

// The SoftirqPass events of an invocation (one before the first vector of every pass: arg = pass
// number from 1, detail = the pass snapshot), in order.
inline std::vector<std::size_t> passesOf(const tl::EventLog& log, const Invocation& v)
{
    return find(log, tl::EventType::SoftirqPass, {}, v.cpu, v.entry + 1, v.exit);
}

// The pass of the invocation in which log index `idx` (an event inside it) happened; 0 if none.
inline int passOf(const tl::EventLog& log, const Invocation& v, std::size_t idx)
{
    int pass = 0;
    for (auto i : passesOf(log, v))
        if (i < idx) pass = log[i].arg;
    return pass;
}

// The snapshot (vector names, "TIMER|TASKLET") that pass `pass` of the invocation ran.
inline std::string passSnapshot(const tl::EventLog& log, const Invocation& v, int pass)
{
    for (auto i : passesOf(log, v))
        if (log[i].arg == pass) return std::string(log.str(log[i].detail));
    return {};
}

// Every run of tasklet `name`, in order of entry.
inline std::vector<tl::TaskletRun> runsOf(const tl::EventLog& log, std::string_view name)
{
    std::vector<tl::TaskletRun> out;
    for (const auto& r : tl::tasklet_runs(log))
        if (log.str(r.name) == name) out.push_back(r);
    return out;
}

// By value: callers often pass a temporary snapshot, which must not be pointed into.
inline std::optional<tl::TaskletInfo> taskletInfo(const tl::MachineState& m, std::string_view name)
{
    for (const auto& t : m.tasklets)
        if (t.name == name) return t;
    return std::nullopt;
}
inline std::optional<tl::TaskInfo> taskInfo(const tl::MachineState& m, int pid)
{
    for (const auto& t : m.tasks)
        if (t.pid == pid) return t;
    return std::nullopt;
}

inline QString stateName(tl::TaskState s)
{
    switch (s) {
    case tl::TaskState::Running: return QStringLiteral("Running");
    case tl::TaskState::Runnable: return QStringLiteral("Runnable");
    case tl::TaskState::Sleeping: return QStringLiteral("Sleeping");
    case tl::TaskState::SleepingUninterruptible: return QStringLiteral("SleepingUninterruptible");
    case tl::TaskState::Dead: return QStringLiteral("Dead");
    }
    return QStringLiteral("?");
}

// One line per event, for failure messages.
inline QString describe(const tl::EventLog& log, std::size_t i)
{
    const auto& e = log[i];
    const auto& t = log.task(e.task);
    return QStringLiteral("#%1 %2ns cpu%3 j+%4 %5 %6 [%7/%8 %9] arg=%10 flags=%11 %12")
        .arg(i)
        .arg(e.time)
        .arg(e.cpu)
        .arg(e.jiffies)
        .arg(QString::fromLatin1(tl::event_type_name(e.type)))
        .arg(QString::fromUtf8(log.str(e.name).data(), static_cast<qsizetype>(log.str(e.name).size())))
        .arg(QString::fromStdString(t.comm))
        .arg(t.pid)
        .arg(QString::fromLatin1(tl::context_name(e.context)))
        .arg(e.arg)
        .arg(e.flags)
        .arg(QString::fromUtf8(log.str(e.detail).data(), static_cast<qsizetype>(log.str(e.detail).size())));
}
inline QString dump(const tl::EventLog& log, std::size_t from = 0, std::size_t to = 60)
{
    QStringList out;
    to = std::min(to, log.size());
    for (std::size_t i = from; i < to; ++i) out << describe(log, i);
    return out.join(QLatin1Char('\n'));
}

// The data lines of a jit read as text lines (header first), split on '\n'.
inline QStringList textLines(const std::string& text)
{
    QStringList l = QString::fromStdString(text).split(QLatin1Char('\n'));
    if (!l.isEmpty() && l.last().isEmpty()) l.removeLast();
    return l;
}

// jit.c's line format, written here independently of the engine's formatter (§8.1).
inline QString jitLine(long time, long delta, int inirq, int pid, int cpu, const char* comm)
{
    return QString::asprintf("%9li  %3li     %i    %6i   %i   %s", time, delta, inirq, pid, cpu, comm);
}

inline const char* const kHeader = "   time   delta  inirq    pid   cpu command";

} // namespace oracle
