// UI tests of the tasklet panel and the inspector, driving the real widgets (offscreen): schedule,
// disable/enable, kill, stepping.
#include "uitest_support.h"

#include <inspector_panel.h>
#include <kernel_log_panel.h>
#include <timeline_view.h>

#include <QAction>
#include <QPushButton>

using namespace uitest;
using tl::Op;

class TstUiTasklets : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void scheduleQueuesOnChosenCpuAndPanelsShowIt() {
        Fixture f;
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        f.runUntil(300 * tl::kNsPerUs);
        f.call(Op::TaskletSchedule, QStringLiteral("rx"), 1);
        QVERIFY(f.stepUntil(tl::EventType::TaskletSchedule));
        const tl::TaskletInfo* rx = f.tasklet("rx");
        QVERIFY(rx);
        if (rx->runs == 0) {
            // Queued on CPU 1's tasklet_vec, TASKLET pending: the panels say so.
            QCOMPARE(rx->queued_cpu, 1);
            QCOMPARE(f.taskletCell(QStringLiteral("rx"), tlui::TaskletTableModel::Sched),
                     QStringLiteral("1"));
            QVERIFY(f.taskletCell(QStringLiteral("rx"), tlui::TaskletTableModel::Queued)
                        .contains(QStringLiteral("CPU1")));
            QVERIFY(f.window->inspectorPanel()
                        ->value(1, QStringLiteral("tasklet_vec"))
                        .contains(QStringLiteral("rx")));
            QVERIFY(f.window->inspectorPanel()
                        ->value(1, QStringLiteral("pending"))
                        .contains(QStringLiteral("TASKLET")));
            QCOMPARE(f.window->inspectorPanel()->value(0, QStringLiteral("tasklet_vec")),
                     QObject::tr("empty"));
        }
        // It runs on CPU 1, inside the TASKLET softirq.
        f.runFor(3 * tl::kNsPerMs);
        rx = f.tasklet("rx");
        QCOMPARE(rx->runs, std::uint64_t{1});
        QCOMPARE(rx->sched, false);
        QCOMPARE(f.taskletCell(QStringLiteral("rx"), tlui::TaskletTableModel::Runs), QStringLiteral("1"));
        const auto& lane = f.window->timeline()->model().lane(1);
        bool shown = false;
        for (std::size_t i = 0; i < lane.context.size(); ++i)
            if (lane.context.kind(i) == tlui::SegmentKind::Tasklet &&
                f.window->timeline()->model().segmentLabel(lane.context, i) == QLatin1String("rx"))
                shown = true;
        QVERIFY2(shown, "the timeline shows rx running on CPU1");
    }

    void disableTwiceEnableOnceDoesNotRun() {
        Fixture f;
        f.runUntil(200 * tl::kNsPerUs);
        f.call(Op::TaskletDisable, QStringLiteral("rx"), 0);
        f.call(Op::TaskletDisable, QStringLiteral("rx"), 0);
        f.call(Op::TaskletSchedule, QStringLiteral("rx"), 0);
        f.call(Op::TaskletEnable, QStringLiteral("rx"), 0);
        f.runFor(3 * tl::kNsPerMs);
        const tl::TaskletInfo* rx = f.tasklet("rx");
        QCOMPARE(rx->runs, std::uint64_t{0});
        QCOMPARE(rx->count, 1);
        QCOMPARE(rx->sched, true);
        QCOMPARE(f.taskletCell(QStringLiteral("rx"), tlui::TaskletTableModel::Count), QStringLiteral("1"));
        // R-CHURN: the skipped tasklet keeps TASKLET raised; ksoftirqd spins on it.
        std::size_t requeues = 0;
        for (std::size_t i = 0; i < f.engine().log().size(); ++i)
            if (f.engine().log()[i].type == tl::EventType::TaskletRequeue) ++requeues;
        QVERIFY(requeues > 10);
        // The second enable lets it run exactly once.
        f.call(Op::TaskletEnable, QStringLiteral("rx"), 0);
        f.runFor(2 * tl::kNsPerMs);
        QCOMPARE(f.tasklet("rx")->runs, std::uint64_t{1});
        QCOMPARE(f.taskletCell(QStringLiteral("rx"), tlui::TaskletTableModel::Count), QStringLiteral("0"));
    }

    void killWaitsForTheQueuedRun() {
        Fixture f;
        f.runUntil(200 * tl::kNsPerUs);
        f.call(Op::TaskletSchedule, QStringLiteral("rx"), 1);
        f.call(Op::TaskletKill, QStringLiteral("rx"), 1);
        f.runFor(3 * tl::kNsPerMs);
        const tl::TaskletInfo* rx = f.tasklet("rx");
        QCOMPARE(rx->runs, std::uint64_t{1});
        QCOMPARE(rx->sched, false);
        QCOMPARE(rx->run, false);
        bool returned = false;
        for (std::size_t i = 0; i < f.engine().log().size(); ++i)
            if (f.engine().log()[i].type == tl::EventType::TaskletApiReturn) returned = true;
        QVERIFY2(returned, "tasklet_kill returned after the run");
    }

    void killFromHardIrqLogsAKernelMessage() {
        Fixture f;
        f.runUntil(200 * tl::kNsPerUs);
        f.call(Op::TaskletKill, QStringLiteral("rx"), 0, tl::CallContext::HardIrq);
        f.runFor(tl::kNsPerMs);
        QVERIFY(f.window->kernelLogPanel()->text().contains(
            QStringLiteral("Attempt to kill tasklet from interrupt")));
    }

    void stepEventAddsEventsAndStepTickStopsAtTheTick() {
        Fixture f;
        const std::size_t before = f.engine().log().size();
        QAction* step = f.window->action(QStringLiteral("actionStepEvent"));
        QCOMPARE(step->shortcut(), QKeySequence(Qt::Key_Period));
        step->trigger();
        QVERIFY(f.engine().log().size() > before);
        const std::size_t after = f.engine().log().size();
        f.ctl()->stepEvent();
        QVERIFY(f.engine().log().size() > after);
        // Step to the next tick (asynchronous, in slices): it stops at that tick. (The steps above may
        // already stand at a tick: the next one is one period later.)
        const tl::Nanos tick = (f.engine().now() / tl::kNsPerMs + 1) * tl::kNsPerMs;
        const std::uint64_t jiffies = 1000 + static_cast<std::uint64_t>(tick / tl::kNsPerMs);
        f.window->action(QStringLiteral("actionStepTick"))->trigger();
        QTRY_COMPARE(f.engine().now(), tick);
        QTest::qWait(50); // and stays there
        QCOMPARE(f.engine().now(), tick);
        QCOMPARE(f.engine().jiffies(), jiffies);
        QTRY_VERIFY2(f.window->statusText().contains(QStringLiteral("jiffies %1").arg(jiffies)),
                     qPrintable(f.window->statusText()));
    }

    void runToNextTaskletRunStopsAtTheRun() {
        Fixture f;
        f.runUntil(100 * tl::kNsPerUs);
        f.call(Op::TaskletSchedule, QStringLiteral("rx"), 0);
        f.window->action(QStringLiteral("actionNextTaskletRun"))->trigger();
        QTRY_VERIFY(f.tasklet("rx")->running_cpu == 0 || f.tasklet("rx")->runs == 1);
        QVERIFY(!f.ctl()->isRunning());
    }

    void createdTaskletCanBeScheduled() {
        Fixture f;
        f.runUntil(100 * tl::kNsPerUs);
        tl::TaskletSpec spec;
        spec.name = "tx";
        spec.work = 5 * tl::kNsPerUs;
        QCOMPARE(f.window->taskletPanel()->createTasklet(spec), QString());
        QVERIFY(f.window->taskletPanel()->model()->rowOf(QStringLiteral("tx")) >= 0);
        f.call(Op::TaskletSchedule, QStringLiteral("tx"), 0);
        f.runFor(3 * tl::kNsPerMs);
        QCOMPARE(f.tasklet("tx")->runs, std::uint64_t{1});
        // Removing restarts without it.
        QCOMPARE(f.window->taskletPanel()->removeTasklet(QStringLiteral("tx")), QString());
        QCOMPARE(f.window->taskletPanel()->model()->rowOf(QStringLiteral("tx")), -1);
        QCOMPARE(f.engine().now(), tl::Nanos{0});
    }

    void spaceTogglesRunAndPause() {
        Fixture f;
        QAction* play = f.window->action(QStringLiteral("actionPlay"));
        QCOMPARE(play->shortcut(), QKeySequence(Qt::Key_Space));
        play->trigger();
        QVERIFY(f.ctl()->isRunning());
        QTRY_VERIFY(f.engine().now() > 0);
        play->trigger();
        QVERIFY(!f.ctl()->isRunning());
    }
};

QTEST_MAIN(TstUiTasklets)
#include "tst_ui_tasklets.moc"
