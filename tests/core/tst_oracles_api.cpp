// kernel-semantics.md §11, tasklet API oracles: 1, 2, 6-12, 21-29 (§3 R-SCHED .. R-LOCK, §4 R-ACT).
#include "oracle_support.h"

#include <QTest>

using namespace oracle;
using tl::EventType;
using tl::Op;

namespace {

constexpr int kHog = 500;    // a CPU-bound task that keeps ksoftirqd off the CPU
constexpr int kCaller = 1000; // API callers

bool hasFlag(const tl::Event& e, std::uint8_t f) { return (e.flags & f) != 0; }

// TaskletApiReturn events of `op` for tasklet `name`.
std::vector<std::size_t> apiReturns(const tl::EventLog& log, std::string_view name, Op op)
{
    std::vector<std::size_t> out;
    for (auto i : find(log, EventType::TaskletApiReturn, name))
        if (log[i].arg == static_cast<int>(op)) out.push_back(i);
    return out;
}

// WaitBegin events emitted for the caller with pid `pid`.
std::vector<std::size_t> waitsOf(const tl::EventLog& log, int pid)
{
    std::vector<std::size_t> out;
    for (auto i : find(log, EventType::WaitBegin))
        if (taskOf(log, log[i]).pid == pid) out.push_back(i);
    return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s)
{
    return std::find(v.begin(), v.end(), s) != v.end();
}

bool reportNames(const std::vector<std::string>& report, const std::string& what)
{
    return std::any_of(report.begin(), report.end(),
                       [&](const std::string& l) { return l.find(what) != std::string::npos; });
}

} // namespace

class OraclesApi : public QObject {
    Q_OBJECT

private slots:
    void oracle01_scheduleTwiceRunsOnce_data() { addAllProfileRows(); }
    void oracle01_scheduleTwiceRunsOnce();
    void oracle01_scheduleTwiceFromTasksRunsOnce_data() { addAllProfileRows(); }
    void oracle01_scheduleTwiceFromTasksRunsOnce();
    void oracle02_scheduleFromOtherCpuWhileQueuedIsNoop_data() { addAllProfileRows(); }
    void oracle02_scheduleFromOtherCpuWhileQueuedIsNoop();
    void oracle06_disableTwiceNeedsTwoEnables_data() { addAllProfileRows(); }
    void oracle06_disableTwiceNeedsTwoEnables();
    void oracle07_enableWithoutDisableNeverRuns_data() { addAllProfileRows(); }
    void oracle07_enableWithoutDisableNeverRuns();
    void oracle08_declaredDisabledRunsOnlyAfterEnable_data() { addAllProfileRows(); }
    void oracle08_declaredDisabledRunsOnlyAfterEnable();
    void oracle09_disabledQueuedTaskletChurns_data() { addAllProfileRows(); }
    void oracle09_disabledQueuedTaskletChurns();
    void oracle10_enableRaisesNothing_data() { addAllProfileRows(); }
    void oracle10_enableRaisesNothing();
    void oracle10_enabledQueuedTaskletRunsAtNextProcessing_data() { addAllProfileRows(); }
    void oracle10_enabledQueuedTaskletRunsAtNextProcessing();
    void oracle11_runOrderLifoIn26FifoIn6x_data() { addAllProfileRows(); }
    void oracle11_runOrderLifoIn26FifoIn6x();
    void oracle12_requeueReversesIn26KeepsOrderIn6x_data() { addAllProfileRows(); }
    void oracle12_requeueReversesIn26KeepsOrderIn6x();
    void oracle21_killIdleTaskletReturnsAtOnce_data() { addAllProfileRows(); }
    void oracle21_killIdleTaskletReturnsAtOnce();
    void oracle21_killFromInterruptLogsAndReturns_data() { addAllProfileRows(); }
    void oracle21_killFromInterruptLogsAndReturns();
    void oracle22_killQueuedTaskletWaitsForOneRun_data() { addAllProfileRows(); }
    void oracle22_killQueuedTaskletWaitsForOneRun();
    void oracle23_killQueuedDisabledTaskletNeverReturns_data() { addAllProfileRows(); }
    void oracle23_killQueuedDisabledTaskletNeverReturns();
    void oracle24_killSelfReschedulingTaskletOnUpNeverReturns_data() { addAllProfileRows(); }
    void oracle24_killSelfReschedulingTaskletOnUpNeverReturns();
    void oracle25_scheduleWhileKillOwnsSchedIsDropped_data() { addAllProfileRows(); }
    void oracle25_scheduleWhileKillOwnsSchedIsDropped();
    void oracle26_scheduleWhileRunningElsewhereRunsAfterIt_data() { addAllProfileRows(); }
    void oracle26_scheduleWhileRunningElsewhereRunsAfterIt();
    void oracle27_disableWaitsForRunningCallback_data() { addAllProfileRows(); }
    void oracle27_disableWaitsForRunningCallback();
    void oracle27_disableNosyncReturnsAtOnce_data() { addAllProfileRows(); }
    void oracle27_disableNosyncReturnsAtOnce();
    void oracle28_upRunBitNeverSet_data() { addAllProfileRows(); }
    void oracle28_upRunBitNeverSet();
    void oracle28_upDisableNeverWaits_data() { addAllProfileRows(); }
    void oracle28_upDisableNeverWaits();
    void oracle29_reinitWhileQueuedIsFatalIn26_data() { addProfileRows({kBook, kLinux2610}); }
    void oracle29_reinitWhileQueuedIsFatalIn26();
    void oracle29_reinitWhileQueuedWarnsOnceAndDropsIn6x_data() { addProfileRows({kLinux61, kLinux69}); }
    void oracle29_reinitWhileQueuedWarnsOnceAndDropsIn6x();
};

// 1. Two tasklet_schedule calls before the tasklet runs (here: both in one IRQ handler): one callback.
void OraclesApi::oracle01_scheduleTwiceRunsOnce()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.tasklet("t").irqAt("dev", 0, us(100), {"t", "t"});
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto scheds = find(log, EventType::TaskletSchedule, "t");
    QCOMPARE(scheds.size(), std::size_t{2});
    QVERIFY2(hasFlag(log[scheds[0]], tl::kFlagQueued), qPrintable(describe(log, scheds[0])));
    QVERIFY2(!hasFlag(log[scheds[1]], tl::kFlagQueued), "the second schedule must be a no-op");
    QVERIFY(hasFlag(log[scheds[1]], tl::kFlagSched));
    QCOMPARE(count(log, EventType::TaskletEntry, "t"), 1);
    const auto t = taskletInfo(e->snapshot(), "t");
    QVERIFY(t);
    QCOMPARE(t->runs, std::uint64_t{1});
    QVERIFY(!t->sched);
}

// 1. The same from process context: two callers schedule it 100 us apart while nothing can process
//    softirqs (a CPU hog keeps ksoftirqd off the CPU until the first tick).
void OraclesApi::oracle01_scheduleTwiceFromTasksRunsOnce()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.hz(1000).ksoftirqdDelay(ms(20)).task("hog", kHog).tasklet("t");
    b.api(us(100), 0, Op::TaskletSchedule, "t", kCaller).api(us(200), 0, Op::TaskletSchedule, "t", kCaller + 1);
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto scheds = find(log, EventType::TaskletSchedule, "t");
    QCOMPARE(scheds.size(), std::size_t{2});
    const auto entries = find(log, EventType::TaskletEntry, "t");
    QCOMPARE(entries.size(), std::size_t{1});
    ORACLE_VERIFY(scheds[1] < entries[0], QStringLiteral("premise: the tasklet ran before the second schedule\n") + dump(log));
    QVERIFY(hasFlag(log[scheds[0]], tl::kFlagQueued));
    QVERIFY2(!hasFlag(log[scheds[1]], tl::kFlagQueued), "the second schedule must be a no-op");
}

// 2. tasklet_schedule from CPU1 while the tasklet is queued on CPU0: a no-op; it runs on CPU0 only.
void OraclesApi::oracle02_scheduleFromOtherCpuWhileQueuedIsNoop()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.cpus(2).hz(1000).ksoftirqdDelay(ms(20)).task("hog", kHog, 0).tasklet("t");
    b.api(us(100), 0, Op::TaskletSchedule, "t", kCaller).api(us(200), 1, Op::TaskletSchedule, "t", kCaller + 1);
    ORACLE_MAKE_ENGINE(e, b);

    e->run_until(us(150));
    {
        const auto t = taskletInfo(e->snapshot(), "t");
        QVERIFY(t);
        QVERIFY2(t->sched && t->queued_cpu == 0, "premise: t queued on CPU0 before CPU1's call");
    }
    e->run_until(us(250));
    {
        const auto t = taskletInfo(e->snapshot(), "t");
        QVERIFY(t);
        QCOMPARE(t->queued_cpu, 0); // CPU1's call did not move it
    }
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto scheds = find(log, EventType::TaskletSchedule, "t");
    QCOMPARE(scheds.size(), std::size_t{2});
    QCOMPARE(int(log[scheds[1]].cpu), 1);
    QVERIFY2(!hasFlag(log[scheds[1]], tl::kFlagQueued), "CPU1's schedule must be a no-op");
    const auto runs = runsOf(log, "t");
    QCOMPARE(runs.size(), std::size_t{1});
    QCOMPARE(runs[0].cpu, 0);
    QCOMPARE(count(log, EventType::SoftirqRaise, "TASKLET", 1), 0); // CPU1 raised nothing
}

// 6. disable, disable, enable, schedule: no run; the second enable lets it run exactly once, at the
//    next processing of TASKLET.
void OraclesApi::oracle06_disableTwiceNeedsTwoEnables()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.duration(ms(4)).tasklet("t");
    b.api(us(100), 0, Op::TaskletDisable, "t", kCaller)
        .api(us(200), 0, Op::TaskletDisable, "t", kCaller + 1)
        .api(us(300), 0, Op::TaskletEnable, "t", kCaller + 2)
        .api(us(400), 0, Op::TaskletSchedule, "t", kCaller + 3)
        .api(us(2000), 0, Op::TaskletEnable, "t", kCaller + 4);
    ORACLE_MAKE_ENGINE(e, b);

    e->run_until(us(1900));
    {
        const auto t = taskletInfo(e->snapshot(), "t");
        QVERIFY(t);
        QCOMPARE(t->count, 1);
        QVERIFY(t->sched);
        QCOMPARE(t->runs, std::uint64_t{0});
    }
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto enables = find(log, EventType::TaskletEnable, "t");
    QCOMPARE(enables.size(), std::size_t{2});
    const auto entries = find(log, EventType::TaskletEntry, "t");
    QCOMPARE(entries.size(), std::size_t{1});
    QVERIFY(entries[0] > enables[1]);
    // The next TASKLET action after the enable is the one that runs it.
    QCOMPARE(count(log, EventType::SoftirqEntry, "TASKLET", 0, enables[1], entries[0]), 1);
    QCOMPARE(taskletInfo(e->snapshot(), "t")->count, 0);
}

// 7. tasklet_enable with no disable makes count -1, which is disabled too: never runs, no warning.
void OraclesApi::oracle07_enableWithoutDisableNeverRuns()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.duration(ms(3)).tasklet("t");
    b.api(us(100), 0, Op::TaskletEnable, "t", kCaller).api(us(200), 0, Op::TaskletSchedule, "t", kCaller + 1);
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    QCOMPARE(count(log, EventType::TaskletEntry, "t"), 0);
    const auto snap = e->snapshot();
    const auto t = taskletInfo(snap, "t");
    QVERIFY(t);
    QCOMPARE(t->count, -1);
    QVERIFY(t->sched);
    QVERIFY2(count(log, EventType::TaskletRequeue, "t") > 0, "R-ACT must skip it as disabled");
    ORACLE_VERIFY(e->kernel_messages().empty(), messages(*e));
    QCOMPARE(count(log, EventType::KernelMessage), 0);
}

// 8. DECLARE_TASKLET_DISABLED (count 1) then schedule: no run until tasklet_enable.
void OraclesApi::oracle08_declaredDisabledRunsOnlyAfterEnable()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.duration(ms(3)).tasklet("t", 0, true);
    b.api(us(100), 0, Op::TaskletSchedule, "t", kCaller).api(ms(1), 0, Op::TaskletEnable, "t", kCaller + 1);
    ORACLE_MAKE_ENGINE(e, b);
    {
        const auto t = taskletInfo(e->snapshot(), "t");
        QVERIFY(t);
        QCOMPARE(t->count, 1);
    }
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto enables = find(log, EventType::TaskletEnable, "t");
    QCOMPARE(enables.size(), std::size_t{1});
    QCOMPARE(count(log, EventType::TaskletEntry, "t", -1, 0, enables[0]), 0);
    QCOMPARE(count(log, EventType::TaskletEntry, "t", -1, enables[0]), 1);
}

// 9. R-CHURN: a disabled queued tasklet keeps SCHED, re-raises TASKLET on every pass without waking
//    anyone, every invocation uses its whole restart budget, ksoftirqd stays runnable; no callback.
void OraclesApi::oracle09_disabledQueuedTaskletChurns()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.duration(ms(5)).tasklet("t", 0, true).irqAt("dev", 0, us(100), {"t"});
    b.api(ms(3), 0, Op::TaskletEnable, "t", kCaller);
    ORACLE_MAKE_ENGINE(e, b);

    e->run_until(us(2900));
    {
        const auto snap = e->snapshot();
        const auto t = taskletInfo(snap, "t");
        QVERIFY(t);
        QVERIFY(t->sched);
        QCOMPARE(t->queued_cpu, 0);
        QCOMPARE(t->runs, std::uint64_t{0});
        QVERIFY2(snap.cpus[0].ksoftirqd_state == tl::TaskState::Running ||
                     snap.cpus[0].ksoftirqd_state == tl::TaskState::Runnable,
                 qPrintable(stateName(snap.cpus[0].ksoftirqd_state)));
    }
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();
    const auto enable = find(log, EventType::TaskletEnable, "t");
    QCOMPARE(enable.size(), std::size_t{1});
    const std::size_t until = enable[0];

    // Budget per invocation: BOOK's mask rule never restarts for a vector it already ran (1 pass);
    // count10 and 6.x run 10 passes. A tick inside an invocation may change that (TIMER newly
    // pending, or the 6.x jiffies limit), and so may a wakeup in 6.x (need_resched, like the enable's
    // caller arriving): those invocations are not counted.
    const int budget = profile == kBook ? 1 : 10;
    int checked = 0;
    const auto invs = invocations(log, 0);
    QVERIFY(!invs.empty());
    QCOMPARE(invs.front().path, tl::SoftirqPath::IrqExit);
    for (const auto& v : invs) {
        if (v.exit >= until) break;
        if (count(log, EventType::TimerTick, {}, 0, v.entry, v.exit) > 0) continue;
        if (!isEra26(profile) && count(log, EventType::SchedWakeup, {}, 0, v.entry, v.exit) > 0) continue;
        QVERIFY2(v.passes == budget,
                 qPrintable(QStringLiteral("invocation at %1 ns ran %2 passes, expected %3")
                                .arg(v.start).arg(v.passes).arg(budget)));
        QVERIFY2(v.wokeKsoftirqd || v.path == tl::SoftirqPath::Ksoftirqd,
                 qPrintable(QStringLiteral("invocation at %1 ns did not hand over to ksoftirqd").arg(v.start)));
        ++checked;
    }
    QVERIFY2(checked >= 10, qPrintable(QStringLiteral("only %1 invocations").arg(checked)));

    // Every TASKLET action skipped it and re-raised TASKLET, and the re-raise woke nobody.
    const int actions = count(log, EventType::SoftirqEntry, "TASKLET", 0, 0, until);
    const auto requeues = find(log, EventType::TaskletRequeue, "t", 0, 0, until);
    QCOMPARE(int(requeues.size()), actions);
    for (auto r : requeues) {
        QVERIFY(hasFlag(log[r], tl::kFlagDisabled));
        std::size_t i = r + 1;
        bool raised = false;
        for (; i < log.size() && !is(log, log[i], EventType::SoftirqExit); ++i) {
            if (is(log, log[i], EventType::SoftirqRaise, "TASKLET")) raised = true;
            ORACLE_VERIFY(log[i].type != EventType::SchedWakeup, describe(log, i));
        }
        ORACLE_VERIFY(raised, describe(log, r));
    }
    QCOMPARE(count(log, EventType::TaskletEntry, "t", -1, 0, until), 0);
    QCOMPARE(count(log, EventType::TaskletEntry, "t", -1, until), 1);
    const auto snap = e->snapshot();
    QCOMPARE(snap.cpus[0].ksoftirqd_state, tl::TaskState::Sleeping);
    QVERIFY(!taskletInfo(snap, "t")->sched);
}

// 10. tasklet_enable raises nothing and wakes nobody (a disabled tasklet that is not queued).
void OraclesApi::oracle10_enableRaisesNothing()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.duration(ms(3)).tasklet("t", 0, true).api(us(100), 0, Op::TaskletEnable, "t", kCaller);
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    QCOMPARE(count(log, EventType::TaskletEnable, "t"), 1);
    QCOMPARE(count(log, EventType::SoftirqRaise, "TASKLET"), 0);
    QCOMPARE(count(log, EventType::SoftirqRaise, "HI"), 0);
    QCOMPARE(count(log, EventType::SchedWakeup, "ksoftirqd/0"), 0);
    QCOMPARE(count(log, EventType::TaskletEntry, "t"), 0);
    QCOMPARE(taskletInfo(e->snapshot(), "t")->count, 0);
}

// 10. A disabled tasklet that was queued runs at the next processing of TASKLET after the enable.
void OraclesApi::oracle10_enabledQueuedTaskletRunsAtNextProcessing()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.duration(ms(3)).tasklet("t", 0, true).irqAt("dev", 0, us(100), {"t"});
    b.api(us(1500), 0, Op::TaskletEnable, "t", kCaller);
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto enable = find(log, EventType::TaskletEnable, "t");
    QCOMPARE(enable.size(), std::size_t{1});
    const auto entries = find(log, EventType::TaskletEntry, "t");
    QCOMPARE(entries.size(), std::size_t{1});
    QVERIFY(entries[0] > enable[0]);
    QCOMPARE(count(log, EventType::SoftirqEntry, "TASKLET", 0, enable[0], entries[0]), 1);
    // "soon": R-CHURN keeps TASKLET processed, so well within one tick.
    QVERIFY(log[entries[0]].time - log[enable[0]].time < tl::tick_period(e->hz()));
}

// 11. Schedule A, B, C in one BH-disabled section: E26 runs C, B, A (LIFO); 6.x A, B, C (FIFO).
void OraclesApi::oracle11_runOrderLifoIn26FifoIn6x()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.duration(ms(1)).tasklet("A").tasklet("B").tasklet("C");
    b.bhDisable(us(100), 0, kCaller, "worker")
        .api(us(110), 0, Op::TaskletSchedule, "A", kCaller, "worker")
        .api(us(120), 0, Op::TaskletSchedule, "B", kCaller, "worker")
        .api(us(130), 0, Op::TaskletSchedule, "C", kCaller, "worker")
        .bhEnable(us(200), 0, kCaller, "worker");
    ORACLE_MAKE_ENGINE(e, b);

    const std::vector<std::string> expected =
        isEra26(profile) ? std::vector<std::string>{"C", "B", "A"} : std::vector<std::string>{"A", "B", "C"};
    e->run_until(us(150));
    QCOMPARE(e->snapshot().cpus[0].tasklet_vec, expected);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    std::vector<std::string> order;
    for (auto i : find(log, EventType::TaskletEntry)) order.emplace_back(nameOf(log, log[i]));
    QCOMPARE(order, expected);
}

// 12. A and B disabled and queued (A first); after one pass E26's list [B,A] became [A,B]; 6.x keeps [A,B].
//     The list order a TASKLET action found is the order of its requeues, so pass 1's requeues show the
//     list before and pass 2's the list after one pass.
void OraclesApi::oracle12_requeueReversesIn26KeepsOrderIn6x()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.hz(1000).duration(ms(3)).ksoftirqdDelay(ms(20)).task("hog", kHog).tasklet("A", 0, true).tasklet("B", 0, true);
    b.api(us(100), 0, Op::TaskletSchedule, "A", kCaller).api(us(200), 0, Op::TaskletSchedule, "B", kCaller + 1);
    ORACLE_MAKE_ENGINE(e, b);

    const std::vector<std::string> queued =
        isEra26(profile) ? std::vector<std::string>{"B", "A"} : std::vector<std::string>{"A", "B"};
    e->run_until(us(500)); // nothing processes TASKLET before the tick at 1 ms
    QCOMPARE(e->snapshot().cpus[0].tasklet_vec, queued);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto actions = find(log, EventType::SoftirqEntry, "TASKLET", 0);
    QVERIFY(actions.size() >= 2);
    auto requeuedIn = [&](std::size_t action) {
        std::vector<std::string> out;
        for (std::size_t i = action + 1; i < log.size() && !is(log, log[i], EventType::SoftirqExit, "TASKLET"); ++i)
            if (log[i].type == EventType::TaskletRequeue) out.emplace_back(nameOf(log, log[i]));
        return out;
    };
    QCOMPARE(requeuedIn(actions[0]), queued);
    QCOMPARE(requeuedIn(actions[1]), (std::vector<std::string>{"A", "B"}));
    QCOMPARE(count(log, EventType::TaskletEntry), 0);
}

// 21. tasklet_kill on a tasklet that is neither queued nor running returns at once, state 0.
void OraclesApi::oracle21_killIdleTaskletReturnsAtOnce()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.duration(ms(1)).tasklet("t").api(us(100), 0, Op::TaskletKill, "t", kCaller, "killer");
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto kills = find(log, EventType::TaskletKill, "t");
    QCOMPARE(kills.size(), std::size_t{1});
    QCOMPARE(log[kills[0]].time, us(100));
    QVERIFY(waitsOf(log, kCaller).empty());
    for (auto r : apiReturns(log, "t", Op::TaskletKill)) QCOMPARE(log[r].time, us(100));
    QVERIFY2(e->unfinished_report().empty(), qPrintable(joinLines(e->unfinished_report())));
    const auto snap = e->snapshot();
    const auto t = taskletInfo(snap, "t");
    QVERIFY(!t->sched && !t->run);
    QVERIFY(e->kernel_messages().empty());
}

// 21. Called from a hard IRQ it logs "Attempt to kill tasklet from interrupt" and still returns.
void OraclesApi::oracle21_killFromInterruptLogsAndReturns()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.duration(ms(1)).tasklet("t").apiFromIrq(us(100), 0, Op::TaskletKill, "t");
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto kills = find(log, EventType::TaskletKill, "t");
    QCOMPARE(kills.size(), std::size_t{1});
    QCOMPARE(log[kills[0]].context, tl::Context::HardIrq);
    const auto& msgs = e->kernel_messages();
    const auto it = std::find_if(msgs.begin(), msgs.end(), [](const tl::KernelMessage& m) {
        return m.text.find("Attempt to kill tasklet from interrupt") != std::string::npos;
    });
    QVERIFY2(it != msgs.end(), "no 'Attempt to kill tasklet from interrupt' message");
    QCOMPARE(it->cpu, 0);
    QCOMPARE(it->time, us(100));
    QVERIFY(count(log, EventType::KernelMessage) >= 1);
    QVERIFY2(e->unfinished_report().empty(), qPrintable(joinLines(e->unfinished_report())));
    const auto t = taskletInfo(e->snapshot(), "t");
    QVERIFY(!t->sched && !t->run);
}

// 22. tasklet_kill on a queued, enabled tasklet returns after exactly one callback; a later schedule
//     runs it again. (In 2.6 the killer's yield() puts it in O(1)'s expired array, so it only gets the
//     CPU back after the hog's timeslice: the run is long enough for that.)
void OraclesApi::oracle22_killQueuedTaskletWaitsForOneRun()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.hz(1000).duration(ms(300)).ksoftirqdDelay(ms(20)).task("hog", kHog).tasklet("t");
    b.api(us(100), 0, Op::TaskletSchedule, "t", kCaller)
        .api(us(200), 0, Op::TaskletKill, "t", kCaller + 1, "killer")
        .api(ms(250), 0, Op::TaskletSchedule, "t", kCaller + 2);
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto kill = find(log, EventType::TaskletKill, "t");
    QCOMPARE(kill.size(), std::size_t{1});
    const auto ret = apiReturns(log, "t", Op::TaskletKill);
    QVERIFY2(ret.size() == 1, qPrintable(joinLines(e->unfinished_report())));
    const auto entries = find(log, EventType::TaskletEntry, "t");
    QVERIFY2(!entries.empty() && entries[0] > kill[0], "premise: t still queued when kill was called");
    QCOMPARE(count(log, EventType::TaskletEntry, "t", -1, kill[0], ret[0]), 1);
    QCOMPARE(count(log, EventType::TaskletExit, "t", -1, kill[0], ret[0]), 1);
    QCOMPARE(entries.size(), std::size_t{2});
    const auto scheds = find(log, EventType::TaskletSchedule, "t");
    QCOMPARE(scheds.size(), std::size_t{2});
    QVERIFY(hasFlag(log[scheds[1]], tl::kFlagQueued));
    QVERIFY(entries[1] > scheds[1]);
    const auto t = taskletInfo(e->snapshot(), "t");
    QVERIFY(!t->sched && !t->run);
}

// 23. tasklet_kill on a queued, disabled tasklet never returns: E26 keeps yielding (runnable), 6.x sleeps (D).
void OraclesApi::oracle23_killQueuedDisabledTaskletNeverReturns()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.duration(ms(5)).tasklet("t", 0, true).apiFromIrq(us(100), 0, Op::TaskletSchedule, "t");
    b.api(us(200), 0, Op::TaskletKill, "t", kCaller, "killer");
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    QVERIFY(e->finished());
    QVERIFY(apiReturns(log, "t", Op::TaskletKill).empty());
    QVERIFY2(reportNames(e->unfinished_report(), "tasklet_kill(t)"), qPrintable(joinLines(e->unfinished_report())));
    const auto waits = waitsOf(log, kCaller);
    QVERIFY(!waits.empty());
    const auto kind = isEra26(profile) ? tl::WaitKind::Yield : tl::WaitKind::Sleep;
    QCOMPARE(log[waits[0]].arg, static_cast<int>(kind));
    const auto snap = e->snapshot();
    const auto killer = taskInfo(snap, kCaller);
    QVERIFY(killer);
    QCOMPARE(killer->waiting_for, std::string("tasklet_kill(t)"));
    if (isEra26(profile))
        QVERIFY2(killer->state == tl::TaskState::Running || killer->state == tl::TaskState::Runnable,
                 qPrintable(stateName(killer->state)));
    else
        QCOMPARE(stateName(killer->state), stateName(tl::TaskState::SleepingUninterruptible));
    QCOMPARE(taskletInfo(snap, "t")->runs, std::uint64_t{0});
}

// 24. UP: tasklet_kill on a tasklet that always reschedules itself never returns.
void OraclesApi::oracle24_killSelfReschedulingTaskletOnUpNeverReturns()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.uniprocessor().duration(ms(5)).tasklet("t", 0, false, -1).apiFromIrq(us(100), 0, Op::TaskletSchedule, "t");
    b.api(us(200), 0, Op::TaskletKill, "t", kCaller, "killer");
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    QVERIFY(e->finished());
    QCOMPARE(count(log, EventType::TaskletKill, "t"), 1);
    QVERIFY(apiReturns(log, "t", Op::TaskletKill).empty());
    QVERIFY2(reportNames(e->unfinished_report(), "tasklet_kill(t)"), qPrintable(joinLines(e->unfinished_report())));
    QVERIFY(count(log, EventType::TaskletEntry, "t") > 10);
    QVERIFY(taskletInfo(e->snapshot(), "t")->sched);
}

// 25. SMP: kill owns SCHED while it waits for RUN; a tasklet_schedule meanwhile is dropped for good.
void OraclesApi::oracle25_scheduleWhileKillOwnsSchedIsDropped()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.cpus(2).duration(ms(3)).tasklet("t", us(500)).irqAt("dev", 0, us(100), {"t"});
    b.api(us(200), 1, Op::TaskletKill, "t", kCaller, "killer").apiFromIrq(us(300), 1, Op::TaskletSchedule, "t");
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto runs = runsOf(log, "t");
    QCOMPARE(runs.size(), std::size_t{1});
    QVERIFY2(runs[0].start < us(200) && runs[0].end > us(300), "premise: the callback spans the kill and the schedule");
    const auto scheds = find(log, EventType::TaskletSchedule, "t");
    QCOMPARE(scheds.size(), std::size_t{2});
    QCOMPARE(log[scheds[1]].time, us(300));
    QVERIFY2(!hasFlag(log[scheds[1]], tl::kFlagQueued), "the schedule while kill owns SCHED must be a no-op");
    const auto ret = apiReturns(log, "t", Op::TaskletKill);
    QCOMPARE(ret.size(), std::size_t{1});
    QVERIFY(log[ret[0]].time >= runs[0].end);
    const auto t = taskletInfo(e->snapshot(), "t");
    QVERIFY(!t->sched && !t->run);
    QCOMPARE(t->queued_cpu, -1);
}

// 26. SMP: scheduled on CPU1 while running on CPU0: queued on CPU1, trylock fails, requeued and
//     re-raised; runs on CPU1 only after CPU0's callback returned.
void OraclesApi::oracle26_scheduleWhileRunningElsewhereRunsAfterIt()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.cpus(2).duration(ms(3)).tasklet("t", us(500)).irqAt("dev0", 0, us(100), {"t"}).irqAt("dev1", 1, us(200), {"t"});
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto scheds = find(log, EventType::TaskletSchedule, "t", 1);
    QCOMPARE(scheds.size(), std::size_t{1});
    QVERIFY2(hasFlag(log[scheds[0]], tl::kFlagQueued), "CPU1's schedule must queue it (SCHED was clear)");
    const auto runs = runsOf(log, "t");
    QCOMPARE(runs.size(), std::size_t{2});
    QCOMPARE(runs[0].cpu, 0);
    QCOMPARE(runs[1].cpu, 1);
    QVERIFY(runs[1].start >= runs[0].end);
    const auto requeues = find(log, EventType::TaskletRequeue, "t", 1);
    QVERIFY(!requeues.empty());
    for (auto r : requeues) {
        ORACLE_VERIFY(hasFlag(log[r], tl::kFlagRun), describe(log, r));
        QVERIFY(log[r].time >= us(200) && log[r].time <= runs[0].end);
    }
    QVERIFY(count(log, EventType::SoftirqRaise, "TASKLET", 1) >= int(requeues.size()) + 1);
    QCOMPARE(count(log, EventType::TaskletRequeue, "t", 0), 0);
}

// 27. SMP: tasklet_disable while the callback runs on another CPU returns only after it ends
//     (E26 spins, 6.x sleeps in D).
void OraclesApi::oracle27_disableWaitsForRunningCallback()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.cpus(2).duration(ms(2)).tasklet("t", us(500)).irqAt("dev", 0, us(100), {"t"});
    b.api(us(200), 1, Op::TaskletDisable, "t", kCaller, "disabler");
    ORACLE_MAKE_ENGINE(e, b);

    e->run_until(us(400));
    {
        const auto snap = e->snapshot();
        const auto t = taskletInfo(snap, "t");
        QVERIFY(t->run);
        QCOMPARE(t->count, 1);
        const auto d = taskInfo(snap, kCaller);
        QVERIFY(d);
        if (isEra26(profile))
            QCOMPARE(stateName(d->state), stateName(tl::TaskState::Running));
        else
            QCOMPARE(stateName(d->state), stateName(tl::TaskState::SleepingUninterruptible));
    }
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto waits = waitsOf(log, kCaller);
    QCOMPARE(waits.size(), std::size_t{1});
    QCOMPARE(log[waits[0]].arg, static_cast<int>(isEra26(profile) ? tl::WaitKind::Spin : tl::WaitKind::Sleep));
    const auto runs = runsOf(log, "t");
    QCOMPARE(runs.size(), std::size_t{1});
    const auto ret = apiReturns(log, "t", Op::TaskletDisable);
    QCOMPARE(ret.size(), std::size_t{1});
    QVERIFY(log[ret[0]].time >= runs[0].end);
    QVERIFY(e->unfinished_report().empty());
}

// 27. tasklet_disable_nosync returns at once even while the callback runs.
void OraclesApi::oracle27_disableNosyncReturnsAtOnce()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.cpus(2).duration(ms(2)).tasklet("t", us(500)).irqAt("dev", 0, us(100), {"t"});
    b.api(us(200), 1, Op::TaskletDisableNosync, "t", kCaller, "disabler");
    ORACLE_MAKE_ENGINE(e, b);

    e->run_until(us(250));
    {
        const auto snap = e->snapshot();
        const auto t = taskletInfo(snap, "t");
        QVERIFY(t->run);
        QCOMPARE(t->count, 1);
        const auto d = taskInfo(snap, kCaller);
        QVERIFY(!d || d->waiting_for.empty());
    }
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();
    QVERIFY(waitsOf(log, kCaller).empty());
    const auto calls = find(log, EventType::TaskletDisableNosync, "t");
    QCOMPARE(calls.size(), std::size_t{1});
    QCOMPARE(log[calls[0]].time, us(200));
    for (auto r : apiReturns(log, "t", Op::TaskletDisableNosync)) QCOMPARE(log[r].time, us(200));
}

// 28. UP build: RUN is never set (trylock always succeeds, so nothing is requeued as locked).
void OraclesApi::oracle28_upRunBitNeverSet()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.uniprocessor().duration(ms(3)).tasklet("t", us(500)).irqAt("dev", 0, us(100), {"t"});
    b.irqAt("again", 0, us(300), {"t"}); // nested in the callback: queued again while it runs
    ORACLE_MAKE_ENGINE(e, b);

    e->run_until(us(250));
    {
        const auto t = taskletInfo(e->snapshot(), "t");
        QCOMPARE(t->running_cpu, 0);
        QVERIFY2(!t->run, "RUN must stay 0 on UP");
    }
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();
    const auto entries = find(log, EventType::TaskletEntry, "t");
    QCOMPARE(entries.size(), std::size_t{2});
    for (auto i : entries) ORACLE_VERIFY(!hasFlag(log[i], tl::kFlagRun), describe(log, i));
    for (auto i : find(log, EventType::TaskletRequeue)) ORACLE_VERIFY(!hasFlag(log[i], tl::kFlagRun), describe(log, i));
}

// 28. UP build: tasklet_disable never waits, even when called (from a hard IRQ) during the callback.
void OraclesApi::oracle28_upDisableNeverWaits()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.uniprocessor().duration(ms(2)).tasklet("t", us(500)).irqAt("dev", 0, us(100), {"t"});
    b.apiFromIrq(us(300), 0, Op::TaskletDisable, "t");
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto calls = find(log, EventType::TaskletDisable, "t");
    QCOMPARE(calls.size(), std::size_t{1});
    QCOMPARE(log[calls[0]].time, us(300));
    QCOMPARE(count(log, EventType::WaitBegin), 0);
    for (auto r : apiReturns(log, "t", Op::TaskletDisable)) QCOMPARE(log[r].time, us(300));
    QVERIFY(e->unfinished_report().empty());
    const auto runs = runsOf(log, "t");
    QCOMPARE(runs.size(), std::size_t{1});
    QVERIFY(runs[0].end > us(300)); // the disable really happened during the callback
    QCOMPARE(taskletInfo(e->snapshot(), "t")->count, 1);
    ORACLE_VERIFY(e->kernel_messages().empty(), messages(*e));
}

namespace {
// Queue t inside a BH-disabled section, re-initialise it there (SCHED cleared while queued), and let
// local_bh_enable process TASKLET.
void queueThenReinit(ScenarioBuilder& b, Nanos at, int pid)
{
    b.bhDisable(at, 0, pid, "worker")
        .api(at + us(10), 0, Op::TaskletSchedule, "t", pid, "worker")
        .api(at + us(20), 0, Op::TaskletInit, "t", pid, "worker")
        .bhEnable(at + us(100), 0, pid, "worker");
}
} // namespace

// 29. E26: tasklet_action finds a queued tasklet whose SCHED was cleared (re-init): BUG(), fatal.
void OraclesApi::oracle29_reinitWhileQueuedIsFatalIn26()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.duration(ms(2)).tasklet("t");
    queueThenReinit(b, us(100), kCaller);
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_TRACE_INVARIANTS(*e);

    QVERIFY(e->panicked());
    QVERIFY(e->finished());
    QCOMPARE(count(e->log(), EventType::TaskletEntry, "t"), 0);
    const auto& msgs = e->kernel_messages();
    ORACLE_VERIFY(std::any_of(msgs.begin(), msgs.end(),
                              [](const tl::KernelMessage& m) { return m.text.find("BUG") != std::string::npos; }),
                  messages(*e));
    QVERIFY(e->now() < ms(2)); // the machine stopped there
}

// 29. 6.x: the same warns once ("tasklet SCHED state not set"), skips the callback and drops the tasklet,
//     which can be scheduled (and runs) again afterwards.
void OraclesApi::oracle29_reinitWhileQueuedWarnsOnceAndDropsIn6x()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.duration(ms(3)).tasklet("t");
    queueThenReinit(b, us(100), kCaller);
    queueThenReinit(b, ms(1), kCaller + 1);
    b.api(ms(2), 0, Op::TaskletSchedule, "t", kCaller + 2);
    ORACLE_MAKE_ENGINE(e, b);

    e->run_until(ms(1) - us(100));
    {
        const auto t = taskletInfo(e->snapshot(), "t");
        QCOMPARE(t->queued_cpu, -1); // dropped: not requeued
        QVERIFY(!t->sched);
        QCOMPARE(t->runs, std::uint64_t{0});
        QVERIFY(!contains(e->snapshot().cpus[0].pending_names, "TASKLET"));
    }
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto& msgs = e->kernel_messages();
    const auto warnings = std::count_if(msgs.begin(), msgs.end(), [](const tl::KernelMessage& m) {
        return m.text.find("tasklet SCHED state not set") != std::string::npos;
    });
    ORACLE_VERIFY(warnings == 1, messages(*e));
    QCOMPARE(count(log, EventType::TaskletRequeue, "t"), 0);
    const auto drops = find(log, EventType::TaskletDrop, "t");
    QCOMPARE(drops.size(), std::size_t{2}); // one per re-init round, the second one silent
    const auto runs = runsOf(log, "t");
    QCOMPARE(runs.size(), std::size_t{1});
    QVERIFY(runs[0].start >= ms(2));
}

QTEST_APPLESS_MAIN(OraclesApi)
#include "tst_oracles_api.moc"
