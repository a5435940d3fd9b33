// UI tests of the session: user actions are recorded so that Save Scenario As replays the session
// identically; the controller never blocks the event loop; the app's --screenshot option.
#include "uitest_support.h"

#include <irq_panel.h>
#include <proc_panel.h>
#include <scenario_files.h>
#include <timeline_view.h>

#include <trace/trace_query.h>

#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

using namespace uitest;
using tl::Op;

class TstUiSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void savedSessionReloadsToTheSameTrace() {
        Fixture f;
        f.runUntil(300 * tl::kNsPerUs);
        f.call(Op::TaskletSchedule, QStringLiteral("rx"), 1);
        f.runFor(700 * tl::kNsPerUs);
        f.call(Op::TaskletDisable, QStringLiteral("rx"), 0);
        f.call(Op::TaskletSchedule, QStringLiteral("rx"), 0);
        f.runFor(1500 * tl::kNsPerUs);
        f.call(Op::TaskletEnable, QStringLiteral("rx"), 0, tl::CallContext::HardIrq);
        f.window->procPanel()->setCpu(1);
        QCOMPARE(f.window->procPanel()->startRead(), QString());
        f.runFor(500 * tl::kNsPerUs);
        QCOMPARE(f.window->irqPanel()->setTaskRunning(500, false), QString());
        QVERIFY(f.ctl()->isDirty());
        QVERIFY(f.window->isWindowModified());
        f.runUntil(10 * tl::kNsPerMs);
        const std::uint64_t live = tl::fingerprint(f.engine().log());
        const auto liveReads = f.engine().proc_reads().size();

        const QString path = f.dir.filePath(QStringLiteral("session.json"));
        QCOMPARE(f.window->saveScenarioAs(path), QString());
        QVERIFY(!f.ctl()->isDirty());

        tlui::MainWindow reloaded(nullptr, false);
        QCOMPARE(reloaded.openScenario(path), QString());
        reloaded.controller()->runUntilBlocking(10 * tl::kNsPerMs);
        QCOMPARE(tl::fingerprint(reloaded.controller()->engine()->log()), live);
        QCOMPARE(reloaded.controller()->engine()->proc_reads().size(), liveReads);
        QCOMPARE(reloaded.controller()->engine()->log().size(), f.engine().log().size());
    }

    void addedIrqSourceIsSavedAndFires() {
        Fixture f;
        f.runUntil(500 * tl::kNsPerUs);
        tl::IrqSpec irq;
        irq.name = "eth0";
        irq.irq = 11;
        irq.cpu = 1;
        irq.handler = 5 * tl::kNsPerUs;
        irq.schedule = {"rx"};
        QCOMPARE(f.ctl()->addIrqSource(irq), QString());
        QCOMPARE(f.window->irqPanel()->fireIrq(QStringLiteral("eth0"), 1), QString());
        f.runFor(2 * tl::kNsPerMs);
        QCOMPARE(f.tasklet("rx")->runs, std::uint64_t{1});
        const QString path = f.dir.filePath(QStringLiteral("irq.json"));
        QCOMPARE(f.window->saveScenarioAs(path), QString());
        const auto r = tlui::loadScenario(path);
        QVERIFY2(r.ok(), qPrintable(tlui::errorText(r)));
        QCOMPARE(r.scenario.irqs.size(), std::size_t{1});
    }

    void resetReturnsToTimeZero() {
        Fixture f;
        f.runUntil(3 * tl::kNsPerMs);
        f.ctl()->markSaved(QString());
        f.window->action(QStringLiteral("actionReset"))->trigger();
        QCOMPARE(f.engine().now(), tl::Nanos{0});
        QCOMPARE(f.window->timeline()->model().consumedEvents(), f.engine().log().size());
    }

    // 64 CPUs at full speed: the machine advances and view updates stay coalesced to <= 60 per second.
    // How long each event-loop turn takes is a measurement, not a pass/fail check:
    // `bench_gui_responsiveness` reports it.
    void maxSpeedWith64CpusCoalescesUpdates() {
        const QByteArray json = sixtyFourCpuScenario();
        Fixture f(json.constData());
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QSignalSpy updates(f.ctl(), &tlui::SimulationController::advanced);
        f.window->setSpeedPosition(tlui::MainWindow::kSpeedMax);
        f.ctl()->setRunning(true);
        QElapsedTimer wall;
        wall.start();
        while (wall.elapsed() < 1500)
            QTest::qWait(20);
        f.ctl()->setRunning(false);
        const double seconds = static_cast<double>(wall.elapsed()) / 1000.0;
        QVERIFY2(f.engine().log().size() > 10000, "the machine advanced");
        QVERIFY2(updates.count() <= 62 * seconds + 2,
                 qPrintable(QStringLiteral("%1 updates in %2 s").arg(updates.count()).arg(seconds)));
    }

    void slowMotionAdvancesAboutOneMicrosecondPerSecond() {
        Fixture f;
        f.window->setSpeedPosition(0);
        QElapsedTimer wall;
        wall.start();
        f.ctl()->setRunning(true);
        QTest::qWait(500);
        f.ctl()->setRunning(false);
        // Pacing never runs ahead of the wall clock: at 1 us per second, at most the elapsed seconds in
        // microseconds (plus one slice of slack), however slow or loaded the machine is.
        const double allowedNs = (static_cast<double>(wall.elapsed()) / 1000.0 + 0.1) * 1000.0;
        QVERIFY(f.engine().now() > 0);
        QVERIFY2(
            static_cast<double>(f.engine().now()) <= allowedNs,
            qPrintable(QStringLiteral("%1 ns simulated, at most %2").arg(f.engine().now()).arg(allowedNs)));
    }

    void screenshotOptionWritesAPicture() {
        const QByteArray app = qgetenv("TASKLETLAB_APP");
        if (app.isEmpty()) QSKIP("TASKLETLAB_APP is not set (run through ctest)");
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        QProcess p;
        p.start(QString::fromLocal8Bit(app),
                {QStringLiteral("--run-until"), QStringLiteral("20ms"), QStringLiteral("--screenshot"), png});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QImage img(png);
        QVERIFY(!img.isNull());
        QVERIFY(img.width() >= 800 && img.height() >= 600);
        // Not blank: many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 7)
            for (int x = 0; x < img.width(); x += 7)
                colours.insert(img.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }

    void badOptionsExitWithStatusTwo() {
        const QByteArray app = qgetenv("TASKLETLAB_APP");
        if (app.isEmpty()) QSKIP("TASKLETLAB_APP is not set (run through ctest)");
        QTemporaryDir dir;
        QProcess p;
        p.start(QString::fromLocal8Bit(app),
                {QStringLiteral("--profile"), QStringLiteral("linux-0.1"), QStringLiteral("--screenshot"),
                 dir.filePath(QStringLiteral("x.png"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_MAIN(TstUiSession)
#include "tst_ui_session.moc"
