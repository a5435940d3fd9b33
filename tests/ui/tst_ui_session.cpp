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

#include <ctime>

using namespace uitest;
using tl::Op;

namespace {
double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}
} // namespace

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

    void maxSpeedWith64CpusNeverBlocksTheEventLoop() {
        // 64 CPUs, a busy task and a 20 kHz IRQ scheduling a tasklet on each: a heavy machine.
        QJsonArray tasks, tasklets, irqs;
        for (int c = 0; c < 64; ++c) {
            tasks.append(QJsonObject{{"comm", QStringLiteral("busy%1").arg(c)},
                                     {"pid", 1000 + c},
                                     {"cpu", c},
                                     {"nice", 0},
                                     {"state", "running"}});
            tasklets.append(QJsonObject{{"name", QStringLiteral("t%1").arg(c)}, {"work", "3us"}});
            irqs.append(QJsonObject{{"name", QStringLiteral("dev%1").arg(c)},
                                    {"irq", 20 + c},
                                    {"cpu", c},
                                    {"handler", "2us"},
                                    {"schedule", QJsonArray{QStringLiteral("t%1").arg(c)}},
                                    {"every", "50us"}});
        }
        const QJsonObject doc{{"format", "taskletlab-scenario"},
                              {"version", 1},
                              {"title", "64 CPUs"},
                              {"profile", "linux-6.1"},
                              {"cpus", 64},
                              {"hz", 1000},
                              {"duration", "10s"},
                              {"tasks", tasks},
                              {"tasklets", tasklets},
                              {"irqs", irqs}};
        const QByteArray json = QJsonDocument(doc).toJson();
        Fixture f(json.constData());
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QSignalSpy updates(f.ctl(), &tlui::SimulationController::advanced);
        f.window->setSpeedPosition(tlui::MainWindow::kSpeedMax);
        f.ctl()->setRunning(true);
        // A 1 ms probe timer measures the longest stretch of GUI-thread work between two of its
        // firings, in thread CPU time (so that a busy machine's scheduling delays do not count).
        QElapsedTimer wall;
        wall.start();
        double last = threadCpuMs(), worst = 0;
        QTimer probe;
        QObject::connect(&probe, &QTimer::timeout, [&] {
            const double now = threadCpuMs();
            worst = std::max(worst, now - last);
            last = now;
        });
        probe.start(1);
        while (wall.elapsed() < 1500)
            QTest::qWait(20);
        probe.stop();
        f.ctl()->setRunning(false);
        const double seconds = static_cast<double>(wall.elapsed()) / 1000.0;
        QVERIFY2(f.engine().log().size() > 10000, "the machine advanced");
#if defined(__SANITIZE_ADDRESS__)
        // ASan+UBSan code runs 2-5x slower than the product: the 50 ms figure is asserted by the Release
        // run; here the same check only guards against unbounded turns.
        constexpr double kTurnBudgetMs = 50 * 4;
#else
        constexpr double kTurnBudgetMs = 50;
#endif
        QVERIFY2(worst <= kTurnBudgetMs, qPrintable(QStringLiteral("longest event-loop turn %1 ms").arg(worst)));
        QVERIFY2(updates.count() <= 62 * seconds + 2,
                 qPrintable(QStringLiteral("%1 updates in %2 s").arg(updates.count()).arg(seconds)));
    }

    void slowMotionAdvancesAboutOneMicrosecondPerSecond() {
        Fixture f;
        f.window->setSpeedPosition(0);
        f.ctl()->setRunning(true);
        QTest::qWait(500);
        f.ctl()->setRunning(false);
        QVERIFY(f.engine().now() > 0);
        QVERIFY2(f.engine().now() < 2 * tl::kNsPerUs, qPrintable(QString::number(f.engine().now())));
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
