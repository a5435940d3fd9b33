// The invariant checker and the trace queries on hand-written event streams: each rule is shown to hold
// on a valid stream and to fire on a stream that breaks it.
#include <engine/event_log.h>
#include <engine/scenario.h>
#include <trace/invariant_checker.h>
#include <trace/trace_query.h>

#include <QtTest/QtTest>

#include <string>
#include <string_view>

using namespace tl;

namespace {

constexpr std::int32_t kTimerVec = 1;
constexpr std::int32_t kTaskletVec = 6;

// Builds a log event by event; task indices: 0 swapper/0, 1 swapper/1, 2 cc1, 3 ksoftirqd/0, 4 user.
struct Builder {
    EventLog log;
    std::uint32_t swapper0, swapper1, cc1, ksoftirqd0, user;
    std::uint32_t current[2];

    Builder() {
        swapper0 = log.add_task(0, "swapper/0");
        swapper1 = log.add_task(0, "swapper/1");
        cc1 = log.add_task(4368, "cc1");
        ksoftirqd0 = log.add_task(14, "ksoftirqd/0");
        user = log.add_task(1000, "user");
        current[0] = cc1;
        current[1] = swapper1;
    }

    void add(Nanos t, int cpu, EventType type, Context ctx, std::string_view name = {}, std::int32_t arg = 0,
             std::uint8_t flags = 0, std::string_view detail = {}) {
        Event e;
        e.time = t;
        e.cpu = static_cast<std::uint8_t>(cpu);
        e.type = type;
        e.context = ctx;
        e.name = log.intern(name);
        e.detail = log.intern(detail);
        e.arg = arg;
        e.flags = flags;
        e.task = current[cpu];
        e.jiffies = static_cast<std::uint32_t>(t / kNsPerMs);
        log.push(e);
    }

    void sched_switch(Nanos t, int cpu, std::uint32_t next) {
        add(t, cpu, EventType::SchedSwitch, Context::Task, log.task(next).comm,
            static_cast<std::int32_t>(next), 0, "R");
        current[cpu] = next;
    }

    // A valid stream on two CPUs: a tick whose irq_exit runs TIMER then TASKLET (rx runs, is rescheduled by
    // a nested IRQ and runs again in pass 2), then ksoftirqd, and a disable/enable pair on CPU1.
    static Builder valid() {
        Builder b;
        b.add(1000, 0, EventType::IrqHandlerEntry, Context::HardIrq, "timer", 0);
        b.add(1000, 0, EventType::TimerTick, Context::HardIrq, "timer", 1);
        b.add(1000, 0, EventType::TaskletSchedule, Context::HardIrq, "rx", 1, kFlagSched | kFlagQueued);
        b.add(1000, 0, EventType::SoftirqRaise, Context::HardIrq, "TASKLET", kTaskletVec);
        b.add(1100, 0, EventType::IrqHandlerExit, Context::HardIrq, "timer", 0);
        b.add(1100, 0, EventType::DoSoftirqEntry, Context::SoftIrq, "",
              static_cast<int>(SoftirqPath::IrqExit));
        b.add(1100, 0, EventType::SoftirqEntry, Context::SoftIrq, "TIMER", kTimerVec);
        b.add(1200, 0, EventType::SoftirqExit, Context::SoftIrq, "TIMER", kTimerVec);
        b.add(1200, 0, EventType::SoftirqEntry, Context::SoftIrq, "TASKLET", kTaskletVec);
        b.add(1200, 0, EventType::TaskletEntry, Context::SoftIrq, "rx", 1, kFlagRun);
        b.add(1300, 0, EventType::IrqHandlerEntry, Context::HardIrq, "eth0", 11);
        b.add(1300, 0, EventType::TaskletSchedule, Context::HardIrq, "rx", 1,
              kFlagSched | kFlagRun | kFlagQueued);
        b.add(1400, 0, EventType::IrqHandlerExit, Context::HardIrq, "eth0", 11);
        b.add(1500, 0, EventType::TaskletExit, Context::SoftIrq, "rx", 1);
        b.add(1500, 0, EventType::SoftirqExit, Context::SoftIrq, "TASKLET", kTaskletVec);
        b.add(1500, 0, EventType::SoftirqEntry, Context::SoftIrq, "TASKLET", kTaskletVec);
        b.add(1500, 0, EventType::TaskletEntry, Context::SoftIrq, "rx", 1, kFlagRun);
        b.add(1600, 0, EventType::TaskletExit, Context::SoftIrq, "rx", 1);
        b.add(1600, 0, EventType::SoftirqExit, Context::SoftIrq, "TASKLET", kTaskletVec);
        b.add(1600, 0, EventType::DoSoftirqExit, Context::SoftIrq, "", 2);
        b.add(1700, 1, EventType::TaskletDisable, Context::Task, "tx", 2, kFlagDisabled, "count=1");
        b.add(1800, 1, EventType::TaskletEnable, Context::Task, "tx", 2, 0, "count=0");
        b.sched_switch(2000, 0, b.ksoftirqd0);
        b.add(2000, 0, EventType::DoSoftirqEntry, Context::SoftIrq, "",
              static_cast<int>(SoftirqPath::Ksoftirqd));
        b.add(2000, 0, EventType::DoSoftirqExit, Context::SoftIrq, "", 1);
        return b;
    }
};

bool mentions(const std::vector<std::string>& v, std::string_view what) {
    for (const auto& line : v)
        if (line.find(what) != std::string::npos) return true;
    return false;
}

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& line : v)
        s += line + "\n";
    return s;
}

} // namespace

class TraceChecksTest : public QObject {
    Q_OBJECT

private slots:
    void validStreamHasNoViolation();
    void taskletOnTwoCpusAtOnceIsReported();
    void taskletRunOnAnotherCpuThanQueuedIsReported();
    void taskletRunningDisabledOrWithSchedIsReported();
    void taskletRunAfterCountLeftNonZeroIsReported();
    void vectorsOutOfOrderInOnePassAreReported();
    void softirqInsideHardIrqIsReported();
    void nestedHardIrqIsReported();
    void timeGoingBackIsReported();
    void unmatchedExitIsReported();
    void doubleQueueIsReported();
    void contextSwitchInInterruptIsReported();
    void wrongContextFieldIsReported();
    void ksoftirqdPathOnOtherTaskIsReported();
    void tooManyPassesAreReported();
    void killReturningWhileQueuedIsReported();
    void violationsAreCapped();
    void softirqPassesAreChecked();
    void taskletDropIsChecked();

    void eventsInRangeUsesHalfOpenInterval();
    void indexUpdatesIncrementally();
    void taskletRunsListsEachCallback();
    void countsPerType();
    void fingerprintDependsOnContentOnly();
};

void TraceChecksTest::validStreamHasNoViolation() {
    const Builder b = Builder::valid();
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(v.empty(), joined(v).c_str());
}

void TraceChecksTest::taskletOnTwoCpusAtOnceIsReported() {
    Builder b = Builder::valid();
    // rx queued on CPU1, entered there while CPU1 is also still inside it.
    b.add(3000, 1, EventType::TaskletSchedule, Context::Task, "rx", 1, kFlagSched | kFlagQueued);
    b.add(3000, 1, EventType::DoSoftirqEntry, Context::SoftIrq, "", 1);
    b.add(3000, 1, EventType::SoftirqEntry, Context::SoftIrq, "TASKLET", kTaskletVec);
    b.add(3000, 1, EventType::TaskletEntry, Context::SoftIrq, "rx", 1, kFlagRun);
    b.add(3100, 0, EventType::TaskletSchedule, Context::Task, "rx", 1, kFlagSched | kFlagRun | kFlagQueued);
    b.add(3100, 0, EventType::DoSoftirqEntry, Context::SoftIrq, "", 2);
    b.add(3100, 0, EventType::SoftirqEntry, Context::SoftIrq, "TASKLET", kTaskletVec);
    b.add(3100, 0, EventType::TaskletEntry, Context::SoftIrq, "rx", 1, kFlagRun);
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(mentions(v, "two CPUs at once"), joined(v).c_str());
}

void TraceChecksTest::taskletRunOnAnotherCpuThanQueuedIsReported() {
    Builder b = Builder::valid();
    b.add(3000, 0, EventType::TaskletSchedule, Context::SoftIrq, "rx", 1, kFlagSched | kFlagQueued);
    b.add(3000, 1, EventType::DoSoftirqEntry, Context::SoftIrq, "", 0);
    b.add(3000, 1, EventType::SoftirqEntry, Context::SoftIrq, "TASKLET", kTaskletVec);
    b.add(3000, 1, EventType::TaskletEntry, Context::SoftIrq, "rx", 1, kFlagRun);
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(mentions(v, "was queued on CPU0"), joined(v).c_str());
}

void TraceChecksTest::taskletRunningDisabledOrWithSchedIsReported() {
    Builder b = Builder::valid();
    b.add(3000, 1, EventType::TaskletSchedule, Context::Task, "rx", 1, kFlagSched | kFlagQueued);
    b.add(3000, 1, EventType::DoSoftirqEntry, Context::SoftIrq, "", 1);
    b.add(3000, 1, EventType::SoftirqEntry, Context::SoftIrq, "TASKLET", kTaskletVec);
    b.add(3000, 1, EventType::TaskletEntry, Context::SoftIrq, "rx", 1, kFlagRun | kFlagSched | kFlagDisabled);
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(mentions(v, "SCHED still set"), joined(v).c_str());
    QVERIFY2(mentions(v, "while disabled"), joined(v).c_str());
}

void TraceChecksTest::taskletRunAfterCountLeftNonZeroIsReported() {
    Builder b = Builder::valid();
    b.add(3000, 1, EventType::TaskletDisableNosync, Context::Task, "tx", 2, kFlagDisabled, "count=1");
    b.add(3000, 1, EventType::TaskletSchedule, Context::Task, "tx", 2,
          kFlagSched | kFlagDisabled | kFlagQueued);
    b.add(3000, 1, EventType::DoSoftirqEntry, Context::SoftIrq, "", 1);
    b.add(3000, 1, EventType::SoftirqEntry, Context::SoftIrq, "TASKLET", kTaskletVec);
    b.add(3000, 1, EventType::TaskletEntry, Context::SoftIrq, "tx", 2, kFlagRun); // flags lie: count is 1
    b.add(3100, 1, EventType::TaskletEnable, Context::Task, "tx", 2, 0, "count=5");
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(mentions(v, "left count=1"), joined(v).c_str());
    QVERIFY2(mentions(v, "count=5 after the call, expected 0"), joined(v).c_str());
}

void TraceChecksTest::vectorsOutOfOrderInOnePassAreReported() {
    Builder b = Builder::valid();
    b.add(3000, 1, EventType::DoSoftirqEntry, Context::SoftIrq, "", 0);
    b.add(3000, 1, EventType::SoftirqEntry, Context::SoftIrq, "TASKLET", kTaskletVec);
    b.add(3000, 1, EventType::SoftirqExit, Context::SoftIrq, "TASKLET", kTaskletVec);
    b.add(3000, 1, EventType::SoftirqEntry, Context::SoftIrq, "HI", 0);
    b.add(3000, 1, EventType::SoftirqExit, Context::SoftIrq, "HI", 0);
    b.add(3000, 1, EventType::DoSoftirqExit, Context::SoftIrq, "", 1); // one pass: HI after TASKLET
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(mentions(v, "out of ascending order"), joined(v).c_str());
}

void TraceChecksTest::softirqInsideHardIrqIsReported() {
    Builder b = Builder::valid();
    b.add(3000, 1, EventType::IrqHandlerEntry, Context::HardIrq, "eth0", 11);
    b.add(3000, 1, EventType::DoSoftirqEntry, Context::HardIrq, "", 0);
    b.add(3000, 1, EventType::SoftirqEntry, Context::HardIrq, "TASKLET", kTaskletVec);
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(mentions(v, "softirq processing starts inside a hard IRQ"), joined(v).c_str());
    QVERIFY2(mentions(v, "softirq action runs inside a hard IRQ"), joined(v).c_str());
}

void TraceChecksTest::nestedHardIrqIsReported() {
    Builder b = Builder::valid();
    b.add(3000, 1, EventType::IrqHandlerEntry, Context::HardIrq, "eth0", 11);
    b.add(3000, 1, EventType::IrqHandlerEntry, Context::HardIrq, "timer", 0);
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(mentions(v, "hard IRQs nest"), joined(v).c_str());
}

void TraceChecksTest::timeGoingBackIsReported() {
    Builder b = Builder::valid();
    b.add(1999, 1, EventType::SoftirqRaise, Context::Task, "TASKLET", kTaskletVec);
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(mentions(v, "time goes back"), joined(v).c_str());
}

void TraceChecksTest::unmatchedExitIsReported() {
    Builder b = Builder::valid();
    b.add(3000, 1, EventType::IrqHandlerExit, Context::HardIrq, "eth0", 11);
    b.add(3000, 1, EventType::TaskletExit, Context::SoftIrq, "rx", 1);
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(mentions(v, "hard IRQ exit without a matching entry"), joined(v).c_str());
    QVERIFY2(mentions(v, "tasklet exit without a matching entry"), joined(v).c_str());
}

void TraceChecksTest::doubleQueueIsReported() {
    Builder b = Builder::valid();
    b.add(3000, 1, EventType::TaskletSchedule, Context::Task, "rx", 1, kFlagSched | kFlagQueued);
    b.add(3100, 0, EventType::TaskletSchedule, Context::Task, "rx", 1, kFlagSched | kFlagQueued);
    b.add(3200, 0, EventType::TaskletSchedule, Context::Task, "rx", 1, 0); // no-op with SCHED clear
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(mentions(v, "queued again while already on CPU1's list"), joined(v).c_str());
    QVERIFY2(mentions(v, "no-op although SCHED is clear"), joined(v).c_str());
}

void TraceChecksTest::contextSwitchInInterruptIsReported() {
    Builder b = Builder::valid();
    b.add(3000, 1, EventType::IrqHandlerEntry, Context::HardIrq, "eth0", 11);
    b.add(3000, 1, EventType::SchedSwitch, Context::HardIrq, "user", static_cast<std::int32_t>(b.user));
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(mentions(v, "context switch in interrupt context"), joined(v).c_str());
}

void TraceChecksTest::wrongContextFieldIsReported() {
    Builder b = Builder::valid();
    b.add(3000, 1, EventType::IrqHandlerEntry, Context::HardIrq, "eth0", 11);
    b.add(3000, 1, EventType::SoftirqRaise, Context::Task, "TASKLET", kTaskletVec);
    // and an event with a `current` that no sched_switch installed
    b.current[1] = b.user;
    b.add(3100, 1, EventType::IrqHandlerExit, Context::HardIrq, "eth0", 11);
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(mentions(v, "context is task but the CPU is in hardirq"), joined(v).c_str());
    QVERIFY2(mentions(v, "current is user-1000 but the last sched_switch made it swapper/1-0"),
             joined(v).c_str());
}

void TraceChecksTest::ksoftirqdPathOnOtherTaskIsReported() {
    Builder b = Builder::valid();
    b.add(3000, 1, EventType::DoSoftirqEntry, Context::SoftIrq, "", static_cast<int>(SoftirqPath::Ksoftirqd));
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(mentions(v, "not ksoftirqd/1"), joined(v).c_str());
}

void TraceChecksTest::tooManyPassesAreReported() {
    Builder b = Builder::valid();
    b.add(3000, 1, EventType::DoSoftirqEntry, Context::SoftIrq, "", 0);
    b.add(3000, 1, EventType::DoSoftirqExit, Context::SoftIrq, "", 11);
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(mentions(v, "ran 11 passes"), joined(v).c_str());
}

void TraceChecksTest::killReturningWhileQueuedIsReported() {
    Builder b = Builder::valid();
    b.add(3000, 1, EventType::TaskletSchedule, Context::Task, "rx", 1, kFlagSched | kFlagQueued);
    b.add(3100, 0, EventType::TaskletKill, Context::Task, "rx", 1, kFlagSched, "count=0");
    b.add(3200, 0, EventType::TaskletApiReturn, Context::Task, "rx", static_cast<int>(Op::TaskletKill));
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(mentions(v, "tasklet_kill returned while the tasklet is still queued"), joined(v).c_str());
}

void TraceChecksTest::violationsAreCapped() {
    Builder b = Builder::valid();
    for (int i = 0; i < 1000; ++i)
        b.add(3000, 1, EventType::IrqHandlerExit, Context::HardIrq, "eth0", 11);
    const auto v = check_invariants(b.log, 2);
    QCOMPARE(v.size(), kMaxInvariantViolationLines + 1);
    QVERIFY(mentions(v, "800 more violations"));
}

void TraceChecksTest::softirqPassesAreChecked() {
    Builder b = Builder::valid();
    b.add(3000, 1, EventType::DoSoftirqEntry, Context::SoftIrq, "", 0);
    b.add(3000, 1, EventType::SoftirqPass, Context::SoftIrq, "", 1, 0, "TIMER|TASKLET");
    b.add(3000, 1, EventType::SoftirqEntry, Context::SoftIrq, "TIMER", kTimerVec);
    b.add(3000, 1, EventType::SoftirqExit, Context::SoftIrq, "TIMER", kTimerVec);
    b.add(3000, 1, EventType::SoftirqEntry, Context::SoftIrq, "TASKLET", kTaskletVec);
    b.add(3000, 1, EventType::SoftirqExit, Context::SoftIrq, "TASKLET", kTaskletVec);
    b.add(3100, 1, EventType::SoftirqPass, Context::SoftIrq, "", 2, 0, "TASKLET");
    b.add(3100, 1, EventType::SoftirqEntry, Context::SoftIrq, "TASKLET", kTaskletVec);
    b.add(3100, 1, EventType::SoftirqExit, Context::SoftIrq, "TASKLET", kTaskletVec);
    b.add(3200, 1, EventType::DoSoftirqExit, Context::SoftIrq, "", 2);
    const auto ok = check_invariants(b.log, 2);
    QVERIFY2(ok.empty(), joined(ok).c_str());

    b.add(4000, 1, EventType::DoSoftirqEntry, Context::SoftIrq, "", 0);
    b.add(4000, 1, EventType::SoftirqPass, Context::SoftIrq, "", 1, 0, "TIMER|TASKLET");
    b.add(4000, 1, EventType::SoftirqEntry, Context::SoftIrq, "TASKLET", kTaskletVec);
    b.add(4000, 1, EventType::SoftirqExit, Context::SoftIrq, "TASKLET", kTaskletVec);
    b.add(4000, 1, EventType::SoftirqEntry, Context::SoftIrq, "TIMER", kTimerVec); // descends in pass 1
    b.add(4000, 1, EventType::SoftirqExit, Context::SoftIrq, "TIMER", kTimerVec);
    b.add(4100, 1, EventType::SoftirqPass, Context::SoftIrq, "", 3, 0, "TASKLET"); // pass 2 missing
    b.add(4100, 1, EventType::SoftirqEntry, Context::SoftIrq, "HI", 0);            // not in the snapshot
    b.add(4100, 1, EventType::SoftirqExit, Context::SoftIrq, "HI", 0);
    b.add(4200, 1, EventType::DoSoftirqExit, Context::SoftIrq, "", 4);
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(mentions(v, "vector 1 runs after vector 6 in pass 1"), joined(v).c_str());
    QVERIFY2(mentions(v, "pass 3 follows pass 1"), joined(v).c_str());
    QVERIFY2(mentions(v, "is not in its snapshot (TASKLET)"), joined(v).c_str());
    QVERIFY2(mentions(v, "reports 4 passes but 3 started"), joined(v).c_str());
}

void TraceChecksTest::taskletDropIsChecked() {
    Builder b = Builder::valid();
    b.add(3000, 1, EventType::TaskletSchedule, Context::Task, "tx", 2, kFlagSched | kFlagQueued);
    b.add(3000, 1, EventType::DoSoftirqEntry, Context::SoftIrq, "", 0);
    b.add(3000, 1, EventType::SoftirqEntry, Context::SoftIrq, "TASKLET", kTaskletVec);
    b.add(3000, 1, EventType::TaskletDrop, Context::SoftIrq, "tx", 2, kFlagRun); // re-init cleared SCHED
    b.add(3000, 1, EventType::SoftirqExit, Context::SoftIrq, "TASKLET", kTaskletVec);
    b.add(3000, 1, EventType::DoSoftirqExit, Context::SoftIrq, "", 1);
    b.add(3100, 1, EventType::TaskletSchedule, Context::Task, "tx", 2,
          kFlagSched | kFlagQueued); // fine again
    const auto ok = check_invariants(b.log, 2);
    QVERIFY2(ok.empty(), joined(ok).c_str());
    b.add(3200, 0, EventType::DoSoftirqEntry, Context::SoftIrq, "", 2);
    b.add(3200, 0, EventType::SoftirqEntry, Context::SoftIrq, "TASKLET", kTaskletVec);
    b.add(3200, 0, EventType::TaskletDrop, Context::SoftIrq, "tx", 2, kFlagSched);
    const auto v = check_invariants(b.log, 2);
    QVERIFY2(mentions(v, "dropped from this CPU's list but was queued on CPU1"), joined(v).c_str());
    QVERIFY2(mentions(v, "dropped although SCHED is set"), joined(v).c_str());
}

void TraceChecksTest::eventsInRangeUsesHalfOpenInterval() {
    const Builder b = Builder::valid();
    const TraceIndex idx(b.log, 2);
    QCOMPARE(idx.cpu_count(), 2);
    const auto r = idx.events_in_range(0, 1100, 1500); // [1100, 1500)
    QVERIFY(!r.empty());
    for (const auto i : r) {
        QVERIFY(b.log[i].time >= 1100 && b.log[i].time < 1500);
        QCOMPARE(int(b.log[i].cpu), 0);
    }
    std::size_t expected = 0;
    for (std::size_t i = 0; i < b.log.size(); ++i)
        if (b.log[i].cpu == 0 && b.log[i].time >= 1100 && b.log[i].time < 1500) ++expected;
    QCOMPARE(r.size(), expected);
    QCOMPARE(idx.events_in_range(1, 0, 1700).size(), std::size_t{0});
    QCOMPARE(idx.events_in_range(1, 0, 1701).size(), std::size_t{1});
    QCOMPARE(idx.events_in_range(5, 0, 10'000).size(), std::size_t{0});
    QCOMPARE(idx.last_event_at_or_before(1, 1799), std::int64_t(20));
    QCOMPARE(idx.last_event_at_or_before(1, 1000), std::int64_t(-1));
    const auto [first, last] = event_range(b.log, 1500, 1600);
    QVERIFY(first < last);
    QCOMPARE(b.log[first].time, Nanos(1500));
    QCOMPARE(b.log[last].time, Nanos(1600));
    QCOMPARE(lower_bound_time(b.log, 1'000'000), b.log.size());
}

void TraceChecksTest::indexUpdatesIncrementally() {
    Builder b = Builder::valid();
    TraceIndex idx(b.log);
    const auto before = idx.cpu_events(1).size();
    b.add(5000, 1, EventType::SoftirqRaise, Context::Task, "TASKLET", kTaskletVec);
    QCOMPARE(idx.cpu_events(1).size(), before);
    idx.update();
    QCOMPARE(idx.cpu_events(1).size(), before + 1);
    QCOMPARE(idx.indexed(), b.log.size());
}

void TraceChecksTest::taskletRunsListsEachCallback() {
    const Builder b = Builder::valid();
    const auto runs = tasklet_runs(b.log);
    QCOMPARE(runs.size(), std::size_t{2});
    QCOMPARE(b.log.str(runs[0].name), std::string_view("rx"));
    QCOMPARE(runs[0].tasklet, 1);
    QCOMPARE(runs[0].cpu, 0);
    QCOMPARE(runs[0].start, Nanos(1200));
    QCOMPARE(runs[0].end, Nanos(1500));
    QCOMPARE(runs[0].pid, 4368);
    QCOMPARE(b.log.task(runs[0].task).comm, std::string("cc1"));
    QVERIFY(!runs[0].hi);
    QVERIFY(runs[0].path == SoftirqPath::IrqExit);
    QCOMPARE(runs[1].start, Nanos(1500));
    QCOMPARE(runs[1].end, Nanos(1600));
}

void TraceChecksTest::countsPerType() {
    const Builder b = Builder::valid();
    const auto c = count_by_type(b.log);
    QCOMPARE(count_of(c, EventType::TaskletEntry), std::uint64_t{2});
    QCOMPARE(count_of(c, EventType::IrqHandlerEntry), std::uint64_t{2});
    QCOMPARE(count_of(c, EventType::DoSoftirqEntry), std::uint64_t{2});
    std::uint64_t total = 0;
    for (const auto n : c)
        total += n;
    QCOMPARE(total, std::uint64_t(b.log.size()));
}

void TraceChecksTest::fingerprintDependsOnContentOnly() {
    const Builder a = Builder::valid();
    Builder b;
    b.log.intern("zzz-interned-first"); // other string ids, same content
    {
        const Builder v = Builder::valid();
        for (std::size_t i = 0; i < v.log.size(); ++i) {
            Event e = v.log[i];
            e.name = b.log.intern(v.log.str(e.name));
            e.detail = b.log.intern(v.log.str(e.detail));
            b.log.push(e);
        }
    }
    QCOMPARE(fingerprint(a.log), fingerprint(b.log));
    QCOMPARE(fingerprint_hex(fingerprint(a.log)).size(), std::size_t{16});

    // Any field change shows.
    const auto base = fingerprint(a.log);
    for (int field = 0; field < 7; ++field) {
        EventLog c;
        for (std::uint32_t t = 0; t < a.log.task_count(); ++t)
            c.add_task(a.log.task(t).pid, a.log.task(t).comm);
        for (std::size_t i = 0; i < a.log.size(); ++i) {
            Event e = a.log[i];
            e.name = c.intern(a.log.str(e.name));
            e.detail = c.intern(a.log.str(e.detail));
            if (i == 7) {
                switch (field) {
                case 0:
                    e.time += 1;
                    break;
                case 1:
                    e.arg += 1;
                    break;
                case 2:
                    e.flags ^= 1;
                    break;
                case 3:
                    e.context = Context::HardIrq;
                    break;
                case 4:
                    e.name = c.intern("other");
                    break;
                case 5:
                    e.jiffies += 1;
                    break;
                default:
                    e.task = 3;
                    break;
                }
            }
            c.push(e);
        }
        QVERIFY2(fingerprint(c) != base, ("field " + std::to_string(field)).c_str());
    }
}

QTEST_GUILESS_MAIN(TraceChecksTest)
#include "tst_trace_checks.moc"
