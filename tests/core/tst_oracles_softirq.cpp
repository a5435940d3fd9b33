// kernel-semantics.md §11, softirq processing oracles: 3-5, 13-18, 20 (§5 restart rules, R-ENTRY, R-RAISE).
#include "oracle_support.h"

#include <QTest>

using namespace oracle;
using tl::EventType;
using tl::Op;

namespace {

constexpr int kHog = 500;
constexpr int kWorker = 1000;
constexpr int kCat = 4370;

bool ksoftirqdAwake(tl::TaskState s) { return s == tl::TaskState::Runnable || s == tl::TaskState::Running; }

bool contains(const std::vector<std::string>& v, const std::string& s)
{
    return std::find(v.begin(), v.end(), s) != v.end();
}

void addSixRowsWithK(std::initializer_list<int> ks)
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("k");
    for (const char* p : {kLinux61, kLinux69})
        for (int k : ks) QTest::newRow(qPrintable(QStringLiteral("%1 k=%2").arg(QLatin1String(p)).arg(k))) << QString::fromLatin1(p) << k;
}

} // namespace

class OraclesSoftirq : public QObject {
    Q_OBJECT

private slots:
    void oracle03_selfRescheduleRunsPerRestartPolicy_data() { addAllProfileRows(); }
    void oracle03_selfRescheduleRunsPerRestartPolicy();
    void oracle04_tickDuringPassKStopsAfterKRuns_data() { addSixRowsWithK({1, 3, 5}); }
    void oracle04_tickDuringPassKStopsAfterKRuns();
    void oracle05_needReschedDuringPassKStopsAfterKRuns_data() { addSixRowsWithK({1, 3}); }
    void oracle05_needReschedDuringPassKStopsAfterKRuns();
    void oracle13_hiThenTimerThenTaskletInOnePass_data() { addAllProfileRows(); }
    void oracle13_hiThenTimerThenTaskletInOnePass();
    void oracle14_nestedIrqQueueJoinsPassWhenVectorInSnapshot_data() { addAllProfileRows(); }
    void oracle14_nestedIrqQueueJoinsPassWhenVectorInSnapshot();
    void oracle14_nestedIrqQueueRunsNextPassWhenVectorNotInSnapshot_data() { addAllProfileRows(); }
    void oracle14_nestedIrqQueueRunsNextPassWhenVectorNotInSnapshot();
    void oracle15_processContextRaiseWakesKsoftirqd_data() { addAllProfileRows(); }
    void oracle15_processContextRaiseWakesKsoftirqd();
    void oracle15_hardIrqRaiseRunsAtIrqExitWithoutWake_data() { addAllProfileRows(); }
    void oracle15_hardIrqRaiseRunsAtIrqExitWithoutWake();
    void oracle16_raiseWithBhDisabledRunsAtBhEnableInCaller_data() { addAllProfileRows(); }
    void oracle16_raiseWithBhDisabledRunsAtBhEnableInCaller();
    void oracle17_nestedIrqDoesNotStartSecondProcessing_data() { addAllProfileRows(); }
    void oracle17_nestedIrqDoesNotStartSecondProcessing();
    void oracle18_onlyTimerPendingWithRunnableKsoftirqd_data() { addProfileRows({kLinux61, kLinux69}); }
    void oracle18_onlyTimerPendingWithRunnableKsoftirqd();
    void oracle18_taskletPendingRunsEverythingAtIrqExit_data() { addProfileRows({kLinux61, kLinux69}); }
    void oracle18_taskletPendingRunsEverythingAtIrqExit();
    void oracle20_irqExitOnIdleCpuRunsInSwapper_data();
    void oracle20_irqExitOnIdleCpuRunsInSwapper();
};

// 3. A self-rescheduling tasklet first triggered at irq_exit: count10 and 6.x run it 10 times in that
//    invocation, BOOK's mask rule once; then TASKLET is still pending and ksoftirqd is woken. (A CPU hog
//    keeps the woken ksoftirqd off the CPU, so the state after the invocation can be looked at.)
void OraclesSoftirq::oracle03_selfRescheduleRunsPerRestartPolicy()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.hz(1000).duration(ms(1) - 1).ksoftirqdDelay(ms(20)).task("hog", kHog).tasklet("t", 0, false, -1);
    b.irqAt("dev", 0, us(100), {"t"});
    ORACLE_MAKE_ENGINE(e, b);

    e->run_until(us(500));
    const auto& log = e->log();
    const auto invs = invocations(log, 0);
    QCOMPARE(invs.size(), std::size_t{1});
    const auto& inv = invs.front();
    const int expected = profile == kBook ? 1 : 10;
    QCOMPARE(inv.path, tl::SoftirqPath::IrqExit);
    QCOMPARE(count(log, EventType::TaskletEntry, "t", 0, inv.entry, inv.exit), expected);
    QCOMPARE(inv.passes, expected);
    QCOMPARE(int(passesOf(log, inv).size()), expected);
    QVERIFY(inv.wokeKsoftirqd);
    QCOMPARE(count(log, EventType::SchedWakeup, "ksoftirqd/0", 0, inv.entry), 1);
    const auto snap = e->snapshot();
    QVERIFY2(contains(snap.cpus[0].pending_names, "TASKLET"), "TASKLET must still be pending");
    QCOMPARE(stateName(snap.cpus[0].ksoftirqd_state), stateName(tl::TaskState::Runnable));
    QVERIFY(taskletInfo(snap, "t")->sched);
    QCOMPARE(taskletInfo(snap, "t")->queued_cpu, 0);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
}

// 4. 6.x at HZ=250 (msecs_to_jiffies(2) = 1): a tick during pass k ends the invocation after k runs.
void OraclesSoftirq::oracle04_tickDuringPassKStopsAfterKRuns()
{
    QFETCH(QString, profile);
    QFETCH(int, k);
    // Each pass: TASKLET action (100 ns) + 100 us callback; the tick at 4 ms falls mid-callback of pass k.
    const Nanos irq = ms(4) - (k - 1) * us(100) - us(50);
    ScenarioBuilder b(profile);
    b.hz(250).duration(ms(5)).tasklet("t", us(100), false, -1).irqAt("dev", 0, irq, {"t"});
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto invs = invocations(log, 0);
    QVERIFY(!invs.empty());
    const auto& inv = invs.front();
    QCOMPARE(inv.path, tl::SoftirqPath::IrqExit);
    const auto entries = find(log, EventType::TaskletEntry, "t", 0, inv.entry, inv.exit);
    const auto exits = find(log, EventType::TaskletExit, "t", 0, inv.entry, inv.exit);
    const auto ticks = find(log, EventType::TimerTick, {}, 0, inv.entry, inv.exit);
    QVERIFY2(ticks.size() == 1, "premise: exactly one tick inside the invocation");
    ORACLE_VERIFY(int(entries.size()) >= k && int(exits.size()) >= k && entries[k - 1] < ticks[0] && ticks[0] < exits[k - 1],
                  QStringLiteral("premise: the tick must fall in pass %1\n").arg(k) + dump(log, inv.entry, inv.exit + 1));
    QCOMPARE(int(entries.size()), k);
    QCOMPARE(inv.passes, k);
    QVERIFY(inv.wokeKsoftirqd);
}

// 5. 6.x: need_resched set during pass k (a nested IRQ wakes a task on the idle CPU) ends the invocation
//    after k runs, and ksoftirqd is woken.
void OraclesSoftirq::oracle05_needReschedDuringPassKStopsAfterKRuns()
{
    QFETCH(QString, profile);
    QFETCH(int, k);
    ScenarioBuilder b(profile);
    b.hz(250).duration(ms(3)).sleepingTask("reader", 600).tasklet("t", us(100), false, -1);
    b.irqAt("dev", 0, us(100), {"t"}).irqAt("kbd", 0, us(100) + (k - 1) * us(100) + us(50), {}, false, {600});
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();
    const auto invs = invocations(log, 0);
    QVERIFY(!invs.empty());
    const auto* inv = &invs.front();
    QCOMPARE(inv->path, tl::SoftirqPath::IrqExit);
    QVERIFY2(count(log, EventType::SchedWakeup, "ksoftirqd/0", 0, inv->entry) >= 1, "ksoftirqd must be woken");

    const auto entries = find(log, EventType::TaskletEntry, "t", 0, inv->entry, inv->exit);
    const auto exits = find(log, EventType::TaskletExit, "t", 0, inv->entry, inv->exit);
    const auto wakes = find(log, EventType::SchedWakeup, "reader", 0, inv->entry, inv->exit);
    QVERIFY2(wakes.size() == 1, "premise: the reader is woken inside the invocation");
    ORACLE_VERIFY(int(entries.size()) >= k && int(exits.size()) >= k && entries[k - 1] < wakes[0] && wakes[0] < exits[k - 1],
                  QStringLiteral("premise: the wakeup must fall in pass %1\n").arg(k) + dump(log, inv->entry, inv->exit + 1));
    QCOMPARE(count(log, EventType::TimerTick, {}, 0, inv->entry, inv->exit), 0);
    QCOMPARE(int(entries.size()), k);
    QCOMPARE(inv->passes, k);
    QVERIFY(inv->wokeKsoftirqd);
}

// 13. HI tasklet, timer callback and normal tasklet all pending: one pass runs HI's tasklet, then the
//     timer, then the normal tasklet. (BH is disabled across the tick that makes the jitimer timer due.)
void OraclesSoftirq::oracle13_hiThenTimerThenTaskletInOnePass()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.hz(1000).duration(ms(12)).tasklet("h").tasklet("n");
    b.readProc(us(100), 0, tl::ProcFile::Jitimer, kCat, "cat", 1); // timer due at tick 10 (10 ms)
    b.bhDisable(us(9500), 0, kWorker, "worker")
        .api(us(9600), 0, Op::TaskletHiSchedule, "h", kWorker, "worker")
        .api(us(9700), 0, Op::TaskletSchedule, "n", kWorker, "worker")
        .bhEnable(us(10500), 0, kWorker, "worker");
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    std::optional<Invocation> inv;
    for (const auto& v : invocations(log, 0))
        if (v.path == tl::SoftirqPath::LocalBhEnable) inv = v;
    ORACLE_VERIFY(inv.has_value(), QStringLiteral("no local_bh_enable invocation\n") + dump(log, lower_bound_time(log, us(9400)), SIZE_MAX));
    const auto h = find(log, EventType::TaskletEntry, "h", 0, inv->entry, inv->exit);
    const auto n = find(log, EventType::TaskletEntry, "n", 0, inv->entry, inv->exit);
    const auto timer = find(log, EventType::TimerExpire, {}, 0, inv->entry, inv->exit);
    ORACLE_VERIFY(h.size() == 1 && n.size() == 1 && timer.size() == 1, dump(log, inv->entry, inv->exit + 1));
    QVERIFY(h[0] < timer[0]);
    QVERIFY(timer[0] < n[0]);
    QCOMPARE(passSnapshot(log, *inv, 1), std::string("HI|TIMER|TASKLET"));
    QCOMPARE(passOf(log, *inv, h[0]), 1);
    QCOMPARE(passOf(log, *inv, timer[0]), 1);
    QCOMPARE(passOf(log, *inv, n[0]), 1);
}

namespace {
// §11.14's setup: the jitimer timer is due at tick 10; BH is disabled across that tick, so local_bh_enable
// at 10.5 ms processes TIMER (and TASKLET if `withQueued`); each vector action costs 10 us, and a nested IRQ
// at 10.505 ms (inside TIMER's action) schedules t.
ScenarioBuilder nestedDuringTimer(const QString& profile, bool withQueued)
{
    ScenarioBuilder b(profile);
    b.hz(1000).duration(ms(12)).softirqActionCost(us(10)).tasklet("t").tasklet("u");
    b.readProc(us(100), 0, tl::ProcFile::Jitimer, kCat, "cat", 1);
    b.bhDisable(us(9500), 0, kWorker, "worker");
    if (withQueued) b.api(us(9600), 0, Op::TaskletSchedule, "u", kWorker, "worker");
    b.bhEnable(us(10500), 0, kWorker, "worker").irqAt("nest", 0, us(10505), {"t"});
    return b;
}
} // namespace

// 14. A tasklet queued by a nested IRQ during TIMER's action runs in the same pass when TASKLET is in
//     the pass snapshot (the list is detached only when TASKLET's action starts).
void OraclesSoftirq::oracle14_nestedIrqQueueJoinsPassWhenVectorInSnapshot()
{
    QFETCH(QString, profile);
    ORACLE_MAKE_ENGINE(e, nestedDuringTimer(profile, true));
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto nest = find(log, EventType::IrqHandlerEntry, "nest");
    QCOMPARE(nest.size(), std::size_t{1});
    const auto inv = invocationContaining(log, nest[0]);
    QVERIFY2(inv && inv->path == tl::SoftirqPath::LocalBhEnable, "premise: nested in the local_bh_enable processing");
    const auto timerIn = find(log, EventType::SoftirqEntry, "TIMER", 0, inv->entry, nest[0]);
    const auto timerOut = find(log, EventType::SoftirqExit, "TIMER", 0, inv->entry, inv->exit);
    ORACLE_VERIFY(timerIn.size() == 1 && !timerOut.empty() && timerOut[0] > nest[0],
                  QStringLiteral("premise: the nested IRQ must hit TIMER's action\n") + dump(log, inv->entry, inv->exit + 1));
    const auto u = find(log, EventType::TaskletEntry, "u", 0, inv->entry, inv->exit);
    const auto t = find(log, EventType::TaskletEntry, "t", 0, inv->entry, inv->exit);
    QCOMPARE(u.size(), std::size_t{1});
    QCOMPARE(t.size(), std::size_t{1});
    QCOMPARE(passSnapshot(log, *inv, 1), std::string("TIMER|TASKLET"));
    QCOMPARE(passOf(log, *inv, timerIn[0]), 1);
    QCOMPARE(passOf(log, *inv, u[0]), 1);
    QCOMPARE(passOf(log, *inv, t[0]), 1);
    // R-SCHED order: 2.6 inserted t at the head ([t,u]), 6.x appended it ([u,t]).
    QCOMPARE(t[0] < u[0], isEra26(profile));
}

// 14. ... and in the next pass when TASKLET was not in the snapshot.
void OraclesSoftirq::oracle14_nestedIrqQueueRunsNextPassWhenVectorNotInSnapshot()
{
    QFETCH(QString, profile);
    ORACLE_MAKE_ENGINE(e, nestedDuringTimer(profile, false));
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto nest = find(log, EventType::IrqHandlerEntry, "nest");
    QCOMPARE(nest.size(), std::size_t{1});
    const auto inv = invocationContaining(log, nest[0]);
    QVERIFY2(inv && inv->path == tl::SoftirqPath::LocalBhEnable, "premise: nested in the local_bh_enable processing");
    const auto timerIn = find(log, EventType::SoftirqEntry, "TIMER", 0, inv->entry, nest[0]);
    ORACLE_VERIFY(timerIn.size() == 1, dump(log, inv->entry, inv->exit + 1));
    QCOMPARE(count(log, EventType::SoftirqEntry, "TASKLET", 0, inv->entry, nest[0]), 0);
    const auto t = find(log, EventType::TaskletEntry, "t", 0, inv->entry, inv->exit);
    ORACLE_VERIFY(t.size() == 1, dump(log, inv->entry, inv->exit + 1));
    QCOMPARE(passSnapshot(log, *inv, 1), std::string("TIMER"));
    QCOMPARE(passSnapshot(log, *inv, 2), std::string("TASKLET"));
    QCOMPARE(passOf(log, *inv, timerIn[0]), 1);
    QCOMPARE(passOf(log, *inv, t[0]), 2);
    QCOMPARE(inv->passes, 2);
    QCOMPARE(int(passesOf(log, *inv).size()), 2);
}

// 15. A raise from process context with BH enabled wakes ksoftirqd (runnable).
void OraclesSoftirq::oracle15_processContextRaiseWakesKsoftirqd()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.hz(1000).duration(ms(2)).ksoftirqdDelay(ms(20)).task("hog", kHog).tasklet("t");
    b.api(us(100), 0, Op::TaskletSchedule, "t", kWorker, "worker");
    ORACLE_MAKE_ENGINE(e, b);

    e->run_until(us(150));
    const auto snap = e->snapshot();
    QVERIFY2(ksoftirqdAwake(snap.cpus[0].ksoftirqd_state), qPrintable(stateName(snap.cpus[0].ksoftirqd_state)));
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();
    const auto raise = find(log, EventType::SoftirqRaise, "TASKLET", 0);
    QVERIFY(!raise.empty());
    QCOMPARE(log[raise[0]].context, tl::Context::Task);
    const auto wake = find(log, EventType::SchedWakeup, "ksoftirqd/0", 0, raise[0]);
    QVERIFY(!wake.empty());
    QCOMPARE(log[wake[0]].time, us(100));
    QCOMPARE(log[wake[0]].context, tl::Context::Task);
}

// 15. A raise from a hard IRQ wakes nobody; irq_exit processes the softirq.
void OraclesSoftirq::oracle15_hardIrqRaiseRunsAtIrqExitWithoutWake()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.duration(ms(3)).tasklet("t").apiFromIrq(us(100), 0, Op::TaskletSchedule, "t");
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto raise = find(log, EventType::SoftirqRaise, "TASKLET", 0);
    QCOMPARE(raise.size(), std::size_t{1});
    QCOMPARE(log[raise[0]].context, tl::Context::HardIrq);
    QCOMPARE(count(log, EventType::SchedWakeup, "ksoftirqd/0"), 0);
    const auto runs = runsOf(log, "t");
    QCOMPARE(runs.size(), std::size_t{1});
    QCOMPARE(runs[0].path, tl::SoftirqPath::IrqExit);
    QVERIFY(runs[0].start >= us(100) && runs[0].start - us(100) < us(5)); // at that IRQ's irq_exit
    QCOMPARE(e->snapshot().cpus[0].ksoftirqd_state, tl::TaskState::Sleeping);
}

// 16. A raise inside local_bh_disable wakes nobody; the work runs at local_bh_enable in the caller.
void OraclesSoftirq::oracle16_raiseWithBhDisabledRunsAtBhEnableInCaller()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.duration(ms(1)).tasklet("t");
    b.bhDisable(us(100), 0, kWorker, "worker")
        .api(us(150), 0, Op::TaskletSchedule, "t", kWorker, "worker")
        .bhEnable(us(200), 0, kWorker, "worker");
    ORACLE_MAKE_ENGINE(e, b);

    e->run_until(us(170));
    {
        const auto snap = e->snapshot();
        QCOMPARE(snap.cpus[0].ksoftirqd_state, tl::TaskState::Sleeping);
        QVERIFY(snap.cpus[0].preempt_count.softirq > 0);
        QVERIFY(contains(snap.cpus[0].pending_names, "TASKLET"));
        QCOMPARE(snap.cpus[0].current_pid, kWorker);
    }
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();
    QCOMPARE(count(log, EventType::SchedWakeup, "ksoftirqd/0"), 0);
    const auto runs = runsOf(log, "t");
    QCOMPARE(runs.size(), std::size_t{1});
    QCOMPARE(runs[0].path, tl::SoftirqPath::LocalBhEnable);
    QCOMPARE(runs[0].pid, kWorker);
    QCOMPARE(log.task(runs[0].task).comm, std::string("worker"));
    QVERIFY(runs[0].start >= us(200));
    QVERIFY(runs[0].start < us(205));
}

// 17. A nested IRQ during softirq processing does not start a second processing (in_interrupt()).
void OraclesSoftirq::oracle17_nestedIrqDoesNotStartSecondProcessing()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.duration(ms(1)).tasklet("t", us(50)).tasklet("u");
    b.irqAt("a", 0, us(100), {"t"}).irqAt("b", 0, us(120), {"u"});
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto t = runsOf(log, "t");
    QCOMPARE(t.size(), std::size_t{1});
    const auto bIn = find(log, EventType::IrqHandlerEntry, "b");
    const auto bOut = find(log, EventType::IrqHandlerExit, "b");
    QCOMPARE(bIn.size(), std::size_t{1});
    QCOMPARE(bOut.size(), std::size_t{1});
    const auto tExit = find(log, EventType::TaskletExit, "t");
    QVERIFY2(t[0].entry_index < bIn[0] && bOut[0] < tExit[0], "premise: b nests in t's callback");
    ORACLE_VERIFY(count(log, EventType::DoSoftirqEntry, {}, 0, bOut[0], tExit[0]) == 0, dump(log, t[0].entry_index, tExit[0] + 1));
    // DoSoftirqEntry/Exit strictly alternate: never a processing inside a processing.
    int depth = 0;
    for (std::size_t i = 0; i < log.size(); ++i) {
        if (log[i].type == EventType::DoSoftirqEntry) ++depth;
        if (log[i].type == EventType::DoSoftirqExit) --depth;
        ORACLE_VERIFY(depth == 0 || depth == 1, describe(log, i));
    }
    const auto u = runsOf(log, "u");
    QCOMPARE(u.size(), std::size_t{1});
    QVERIFY(u[0].start >= t[0].end);
}

namespace {
// §11.18's setup (HZ 1000): a CPU hog keeps a woken ksoftirqd runnable but off the CPU (ksoftirqd_delay);
// the jitimer timer is due at tick 10. `x` is scheduled from process context at 9.5 ms (waking ksoftirqd)
// and consumed at 9.6 ms by an IRQ's irq_exit, so that at tick 10 only TIMER is pending - unless
// `taskletToo` schedules y from process context at 9.9 ms.
ScenarioBuilder timerAtTick10(const QString& profile, bool taskletToo)
{
    ScenarioBuilder b(profile);
    b.hz(1000).duration(ms(12)).ksoftirqdDelay(ms(20)).task("hog", kHog).tasklet("x").tasklet("y");
    b.readProc(us(100), 0, tl::ProcFile::Jitimer, kCat, "cat", 1);
    b.api(us(9500), 0, Op::TaskletSchedule, "x", kWorker, "worker").irqAt("poke", 0, us(9600));
    if (taskletToo) b.api(us(9900), 0, Op::TaskletSchedule, "y", kWorker + 1, "worker");
    return b;
}
} // namespace

// 18. 6.1: at irq_exit with only TIMER pending and ksoftirqd runnable, nothing runs (ksoftirqd_running);
//     6.9 (no skip since 6.5) processes it at irq_exit.
void OraclesSoftirq::oracle18_onlyTimerPendingWithRunnableKsoftirqd()
{
    QFETCH(QString, profile);
    ORACLE_MAKE_ENGINE(e, timerAtTick10(profile, false));
    e->run_until(us(9990));
    {
        const auto snap = e->snapshot();
        QVERIFY2(snap.cpus[0].ksoftirqd_state == tl::TaskState::Runnable,
                 qPrintable(QStringLiteral("premise: ksoftirqd runnable, not running: ") + stateName(snap.cpus[0].ksoftirqd_state)));
        QCOMPARE(snap.cpus[0].softirq_pending, 0u);
        QCOMPARE(taskletInfo(snap, "x")->runs, std::uint64_t{1});
    }
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto tick = find(log, EventType::TimerTick, {}, 0, lower_bound_time(log, ms(10)));
    QVERIFY(!tick.empty());
    QCOMPARE(log[tick[0]].time, ms(10));
    QVERIFY2(count(log, EventType::SoftirqRaise, "TIMER", 0, tick[0], lower_bound_time(log, ms(10) + 1)) == 1,
             "premise: tick 10 raises TIMER (the jitimer timer is due)");
    std::optional<Invocation> atTick;
    for (const auto& v : invocations(log, 0))
        if (v.start == ms(10)) atTick = v;
    if (profile == kLinux61) {
        QVERIFY2(!atTick, "6.1 must leave TIMER to the runnable ksoftirqd");
        QCOMPARE(count(log, EventType::TimerExpire, {}, 0, tick[0], lower_bound_time(log, ms(10) + us(10))), 0);
    } else {
        QVERIFY2(atTick && atTick->path == tl::SoftirqPath::IrqExit, "6.9 processes TIMER at irq_exit");
        QCOMPARE(count(log, EventType::TimerExpire, {}, 0, atTick->entry, atTick->exit), 1);
    }
}

// 18. With TASKLET also pending, every pending vector runs at irq_exit, TIMER included (6.1 and 6.9).
void OraclesSoftirq::oracle18_taskletPendingRunsEverythingAtIrqExit()
{
    QFETCH(QString, profile);
    ORACLE_MAKE_ENGINE(e, timerAtTick10(profile, true));
    e->run_until(us(9990));
    {
        const auto snap = e->snapshot();
        QVERIFY2(snap.cpus[0].ksoftirqd_state == tl::TaskState::Runnable,
                 qPrintable(QStringLiteral("premise: ksoftirqd runnable, not running: ") + stateName(snap.cpus[0].ksoftirqd_state)));
        QVERIFY(contains(snap.cpus[0].pending_names, "TASKLET"));
    }
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    std::optional<Invocation> atTick;
    for (const auto& v : invocations(log, 0))
        if (v.start == ms(10)) atTick = v;
    ORACLE_VERIFY(atTick.has_value(), dump(log, lower_bound_time(log, us(9900)), lower_bound_time(log, ms(10) + us(20))));
    QCOMPARE(atTick->path, tl::SoftirqPath::IrqExit);
    QCOMPARE(count(log, EventType::TimerExpire, {}, 0, atTick->entry, atTick->exit), 1);
    QCOMPARE(count(log, EventType::TaskletEntry, "y", 0, atTick->entry, atTick->exit), 1);
}

void OraclesSoftirq::oracle20_irqExitOnIdleCpuRunsInSwapper_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("cpu");
    for (const char* p : {kBook, kLinux2610, kLinux61, kLinux69})
        for (int c : {0, 1}) QTest::newRow(qPrintable(QStringLiteral("%1 cpu%2").arg(QLatin1String(p)).arg(c))) << QString::fromLatin1(p) << c;
}

// 20. irq_exit processing on an idle CPU runs in the idle task: pid 0, "swapper" (2.6) or "swapper/N" (6.x).
void OraclesSoftirq::oracle20_irqExitOnIdleCpuRunsInSwapper()
{
    QFETCH(QString, profile);
    QFETCH(int, cpu);
    ScenarioBuilder b(profile);
    b.cpus(2).duration(ms(1)).tasklet("t").irqAt("dev", cpu, us(100), {"t"});
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();

    const auto runs = runsOf(log, "t");
    QCOMPARE(runs.size(), std::size_t{1});
    QCOMPARE(runs[0].cpu, cpu);
    QCOMPARE(runs[0].path, tl::SoftirqPath::IrqExit);
    QCOMPARE(runs[0].pid, 0);
    const std::string comm = isEra26(profile) ? std::string("swapper") : "swapper/" + std::to_string(cpu);
    QCOMPARE(log.task(runs[0].task).comm, comm);
}

QTEST_APPLESS_MAIN(OraclesSoftirq)
#include "tst_oracles_softirq.moc"
