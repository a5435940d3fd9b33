// UI tests of the kernel code panel: it follows the latest event to its listing line, per profile,
// browses other listings, comes back on Follow or a step, and stays cheap on a long log.
#include "uitest_support.h"

#include <kernel_code_panel.h>
#include <scenario_files.h>
#include <trace/playback/kernel_code.h>

#include <QComboBox>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QToolButton>

#include <algorithm>
#include <ctime>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

using namespace uitest;
using tl::CodeFn;
using tl::EventType;

namespace {

const QString kScheduleTwice = QStringLiteral(":/scenarios/lesson-02-schedule-twice.json");

// cc1, the running task, calls tasklet_schedule itself (no caller task to switch to), so a step ends on
// the call's own events: rx queued (raise, wake ksoftirqd), tx queued (ksoftirqd already awake: the
// step ends on the raise), rx again (a no-op: the step ends on the tasklet_schedule).
const char* kCc1Schedules = R"({
  "format": "taskletlab-scenario", "version": 1, "title": "cc1 schedules", "profile": "linux-2.6.10",
  "cpus": 1, "hz": 1000, "start_jiffies": 5000, "duration": "4ms",
  "tasks": [ {"comm": "cc1", "pid": 4368, "cpu": 0, "nice": 0, "state": "running"} ],
  "tasklets": [ {"name": "rx", "work": "20us"}, {"name": "tx", "work": "20us"} ],
  "actions": [
    {"at": "200us", "cpu": 0, "op": "tasklet_schedule", "tasklet": "rx", "pid": 4368},
    {"at": "300us", "cpu": 0, "op": "tasklet_schedule", "tasklet": "tx", "pid": 4368},
    {"at": "400us", "cpu": 0, "op": "tasklet_schedule", "tasklet": "rx", "pid": 4368} ]
})";
constexpr QChar kMarker(u'\u25B6');

// A controller on the scenario file `path` (":/scenarios/..." for a built-in lesson) and a shown panel
// over it.
struct Rig {
    tlui::SimulationController ctl;
    tlui::KernelCodePanel panel{&ctl};
    QString error;

    explicit Rig(const QString& path = kScheduleTwice, std::optional<std::string> profile = {}) {
        tl::ScenarioOverrides o;
        o.profile = std::move(profile);
        const tl::ScenarioLoadResult r = tlui::loadScenario(path, o);
        error = r.ok() ? ctl.load(r.scenario) : tlui::errorText(r);
        panel.resize(720, 420);
        panel.show();
    }
    const tl::Engine& engine() const { return *ctl.engine(); }
    const tl::EventLog& log() const { return engine().log(); }
    // Steps one event at a time (each step delivers the view update, as the GUI's Step does) until the
    // LAST event of the log is of `type`.
    bool stepUntilLast(EventType type, int limit = 20000) {
        for (int i = 0; i < limit && !engine().finished(); ++i) {
            ctl.stepEvent();
            ctl.flushUpdates();
            if (!log().empty() && log().back().type == type) return true;
        }
        return false;
    }
    // Steps until the latest event maps to listing `fn` (a step may emit several events: a
    // tasklet_schedule comes with its softirq_raise, which maps to the same listing).
    bool stepUntilIn(CodeFn fn, int limit = 20000) {
        for (int i = 0; i < limit && !engine().finished(); ++i) {
            ctl.stepEvent();
            ctl.flushUpdates();
            if (!log().empty() && lastLocation().id == fn) return true;
        }
        return false;
    }
    tl::CodeLocation lastLocation() const { return tl::locate(log(), log().size() - 1, engine().profile()); }
    // Line k (1-based) of the panel's listing as displayed.
    QString line(int k) const { return panel.listingText().split(QLatin1Char('\n')).value(k - 1); }
    QComboBox* combo() const { return panel.listingCombo(); }
    // Chooses listing `fn` in the combo box the way a user does (keyboard), so that `activated` fires.
    bool choose(CodeFn fn) const {
        const int idx = combo()->findData(static_cast<int>(fn));
        if (idx <= 0) return false;
        combo()->setCurrentIndex(idx - 1);
        QTest::keyClick(combo(), Qt::Key_Down);
        return combo()->currentIndex() == idx;
    }
};

qint64 threadCpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace

class TstUiKernelCode : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        m_cc1 = writeFile(m_dir, QStringLiteral("cc1-schedules.json"), kCc1Schedules);
        QVERIFY(!m_cc1.isEmpty());
    }

    void noEngineShowsNothingThenLoadShowsTheFirstEvent() {
        tlui::SimulationController ctl;
        tlui::KernelCodePanel panel(&ctl);
        QCOMPARE(panel.objectName(), QStringLiteral("kernelCodePanel"));
        panel.refresh();
        QCOMPARE(panel.currentFunction(), QString());
        QCOMPARE(panel.currentLine(), 0);
        QCOMPARE(panel.listingText(), QString());
        QCOMPARE(panel.eventText(), QString());
        QVERIFY(!panel.listingCombo()->isEnabled());

        const tl::ScenarioLoadResult r = tlui::loadScenario(kScheduleTwice);
        QVERIFY(r.ok());
        QCOMPARE(ctl.load(r.scenario), QString());
        QVERIFY(panel.listingCombo()->isEnabled());
        QCOMPARE(panel.listingCombo()->count(), static_cast<int>(CodeFn::Count));
        // The machine starts with cc1 switched in: the scheduler's listing.
        const tl::EventLog& log = ctl.engine()->log();
        QCOMPARE(log.size(), std::size_t{1});
        const tl::CodeLocation loc = tl::locate(log, 0, ctl.engine()->profile());
        QCOMPARE(panel.currentFunction(), QStringLiteral("schedule"));
        QCOMPARE(panel.currentLine(), loc.line);
        QVERIFY(panel.eventText().contains(QStringLiteral("sched_switch cc1")));
    }

    void taskletEntryHighlightsTheCallbackCall26() {
        Rig rig;
        QVERIFY2(rig.error.isEmpty(), qPrintable(rig.error));
        QVERIFY(rig.stepUntilLast(EventType::TaskletEntry));
        const tl::CodeLocation loc = rig.lastLocation();
        QVERIFY(loc.valid());
        QCOMPARE(rig.panel.currentFunction(), QStringLiteral("tasklet_action"));
        QCOMPARE(rig.panel.currentLine(), loc.line);
        const QString text = rig.line(loc.line);
        QVERIFY2(text.contains(QStringLiteral("t->func(t->data)")), qPrintable(text));
        // The marker and the line number are on that line, and only there.
        QVERIFY2(text.startsWith(kMarker), qPrintable(text));
        QCOMPARE(text.mid(1).trimmed().section(QLatin1Char(' '), 0, 0), QString::number(loc.line));
        QCOMPARE(rig.panel.listingText().count(kMarker), 1);
        QCOMPARE(rig.combo()->currentData().toInt(), static_cast<int>(CodeFn::TaskletAction));
        // The header names the function, its file and the profile; the event line names the event.
        QVERIFY(rig.panel.findChild<QLabel*>(QStringLiteral("kernelCodeTitle"))
                    ->text()
                    .contains(QStringLiteral("tasklet_action — kernel/softirq.c")));
        QVERIFY(rig.panel.findChild<QLabel*>(QStringLiteral("kernelCodeProfile"))
                    ->text()
                    .contains(QStringLiteral("linux-2.6.10")));
        QVERIFY2(rig.panel.eventText().contains(QStringLiteral("tasklet_entry rx")),
                 qPrintable(rig.panel.eventText()));
        // The highlighted block is that line.
        const auto sel = rig.panel.codeView()->extraSelections();
        QCOMPARE(sel.size(), 1);
        QCOMPARE(sel.front().cursor.blockNumber(), loc.line - 1);
    }

    void taskletEntryHighlightsTheCallbackCall61() {
        Rig rig(kScheduleTwice, "linux-6.1");
        QVERIFY2(rig.error.isEmpty(), qPrintable(rig.error));
        QVERIFY(rig.stepUntilLast(EventType::TaskletEntry));
        const tl::CodeLocation loc = rig.lastLocation();
        QCOMPARE(rig.panel.currentFunction(), QStringLiteral("tasklet_action_common"));
        QCOMPARE(rig.panel.currentLine(), loc.line);
        QVERIFY2(rig.line(loc.line).contains(QStringLiteral("t->callback(t)")),
                 qPrintable(rig.line(loc.line)));
    }

    void taskletScheduleShowsTheScheduleListing() {
        Rig rig(m_cc1);
        QVERIFY2(rig.error.isEmpty(), qPrintable(rig.error));
        // The first call ends in raise_softirq_irqoff() waking ksoftirqd; the second ends on its raise.
        QVERIFY(rig.stepUntilIn(CodeFn::TaskletSchedule));
        QCOMPARE(rig.log().back().type, EventType::SoftirqRaise);
        tl::CodeLocation loc = rig.lastLocation();
        QCOMPARE(rig.panel.currentFunction(), QStringLiteral("tasklet_schedule"));
        QCOMPARE(rig.panel.currentLine(), loc.line);
        QVERIFY2(rig.line(loc.line).contains(QStringLiteral("raise_softirq_irqoff(TASKLET_SOFTIRQ)")),
                 qPrintable(rig.line(loc.line)));
        QVERIFY(rig.panel.listingText().contains(QStringLiteral("test_and_set_bit(TASKLET_STATE_SCHED")));
        QVERIFY2(rig.panel.eventText().contains(QStringLiteral("softirq_raise TASKLET")),
                 qPrintable(rig.panel.eventText()));
        // The third call finds SCHED set: the early return.
        rig.ctl.stepEvent();
        rig.ctl.flushUpdates();
        QCOMPARE(rig.log().back().type, EventType::TaskletSchedule);
        loc = rig.lastLocation();
        QCOMPARE(rig.panel.currentFunction(), QStringLiteral("tasklet_schedule"));
        QCOMPARE(rig.panel.currentLine(), loc.line);
        QVERIFY2(rig.line(loc.line).contains(QStringLiteral("already queued")),
                 qPrintable(rig.line(loc.line)));
        QVERIFY2(rig.panel.eventText().contains(QStringLiteral("tasklet_schedule rx (no-op")),
                 qPrintable(rig.panel.eventText()));
        QCOMPARE(rig.panel.listingText().count(kMarker), 1);
    }

    // kernel_code.cpp: __do_softirq keeps its name in 2.6.10 and 6.1 but its restart rule differs (6.1
    // adds the 2 ms budget); 6.9 renames it handle_softirqs.
    void doSoftirqListingFollowsTheProfile() {
        struct Case {
            const char* profile;
            const char* function;
            const char* budget;
        };
        const Case cases[] = {{"linux-2.6.10", "__do_softirq", "max_restart = MAX_SOFTIRQ_RESTART"},
                              {"linux-6.1", "__do_softirq", "msecs_to_jiffies(2)"},
                              {"linux-6.9", "handle_softirqs", "msecs_to_jiffies(2)"}};
        QStringList listings;
        for (const Case& c : cases) {
            Rig rig(kScheduleTwice, c.profile);
            QVERIFY2(rig.error.isEmpty(), qPrintable(rig.error));
            QVERIFY(rig.stepUntilLast(EventType::DoSoftirqEntry));
            QCOMPARE(rig.panel.currentFunction(), QString::fromLatin1(c.function));
            QCOMPARE(rig.panel.currentLine(), rig.lastLocation().line);
            QVERIFY2(rig.line(rig.panel.currentLine()).contains(QStringLiteral("local_softirq_pending()")),
                     qPrintable(rig.line(rig.panel.currentLine())));
            QVERIFY2(rig.panel.listingText().contains(QString::fromLatin1(c.budget)), c.profile);
            listings << rig.panel.listingText();
        }
        QVERIFY(listings[0] != listings[1]);
        QVERIFY(!listings[0].contains(QStringLiteral("msecs_to_jiffies")));
    }

    void browsingStopsFollowingUntilFollowIsClicked() {
        Rig rig;
        QVERIFY(rig.stepUntilLast(EventType::TaskletEntry));
        const int line = rig.panel.currentLine();
        QVERIFY(rig.panel.isFollowing());
        QVERIFY(rig.panel.followButton()->isChecked());

        QVERIFY(rig.choose(CodeFn::TaskletKill));
        QVERIFY(!rig.panel.isFollowing());
        QVERIFY(!rig.panel.followButton()->isChecked());
        QCOMPARE(rig.panel.currentFunction(), QStringLiteral("tasklet_kill"));
        QCOMPARE(rig.panel.currentLine(), 0); // the simulation is not in tasklet_kill
        QCOMPARE(rig.panel.listingText().count(kMarker), 0);
        QVERIFY(rig.panel.listingText().contains(QStringLiteral("tasklet_unlock_wait(t)")));
        // An update without a step keeps the browsed listing.
        rig.ctl.flushUpdates();
        QCOMPARE(rig.panel.currentFunction(), QStringLiteral("tasklet_kill"));

        QTest::mouseClick(rig.panel.followButton(), Qt::LeftButton);
        QVERIFY(rig.panel.isFollowing());
        QCOMPARE(rig.panel.currentFunction(), QStringLiteral("tasklet_action"));
        QCOMPARE(rig.panel.currentLine(), line);
        QCOMPARE(rig.combo()->currentData().toInt(), static_cast<int>(CodeFn::TaskletAction));
    }

    void browsingTheCurrentListingKeepsItsHighlight() {
        Rig rig;
        QVERIFY(rig.stepUntilLast(EventType::TaskletEntry));
        const int line = rig.panel.currentLine();
        QVERIFY(rig.choose(CodeFn::TaskletKill));
        QVERIFY(rig.choose(CodeFn::TaskletAction));
        QVERIFY(!rig.panel.isFollowing());
        QCOMPARE(rig.panel.currentLine(), line);
    }

    void aStepBringsTheViewBackToTheCurrentLine() {
        Rig rig(m_cc1);
        QVERIFY(rig.stepUntilIn(CodeFn::TaskletSchedule));
        QVERIFY(rig.choose(CodeFn::KsoftirqdLoop));
        QCOMPARE(rig.panel.currentFunction(), QStringLiteral("ksoftirqd"));
        rig.ctl.stepEvent();
        rig.ctl.flushUpdates();
        QVERIFY(rig.panel.isFollowing());
        QVERIFY(rig.panel.followButton()->isChecked());
        const tl::CodeLocation loc = rig.lastLocation();
        QCOMPARE(rig.panel.currentFunction(), QString::fromStdString(loc.function));
        QCOMPARE(rig.panel.currentLine(), loc.line);
    }

    void browsingStaysWhileRunningAndComesBackOnPause() {
        Rig rig(m_cc1);
        QVERIFY(rig.stepUntilIn(CodeFn::TaskletSchedule));
        QVERIFY(rig.choose(CodeFn::TaskletEnable));
        QSignalSpy updates(&rig.ctl, &tlui::SimulationController::advanced);
        const std::size_t before = rig.log().size();
        // 5 ms per second: the 1 ms tick comes ~0.1 s after the start, the end of the run ~0.7 s later.
        rig.ctl.setSpeed(tlui::SimulationController::kRealTime / 200);
        rig.ctl.setRunning(true);
        QTRY_VERIFY_WITH_TIMEOUT(rig.log().size() > before, 5000);
        // An update with the longer log, delivered while running (the panel receives it before the spy).
        updates.clear();
        QTRY_VERIFY_WITH_TIMEOUT(!updates.isEmpty(), 5000);
        QVERIFY(rig.ctl.isRunning());
        QVERIFY(!rig.panel.isFollowing());
        QCOMPARE(rig.panel.currentFunction(), QStringLiteral("tasklet_enable"));
        rig.ctl.setRunning(false);
        QVERIFY(rig.panel.isFollowing());
        QCOMPARE(rig.panel.currentFunction(), QString::fromStdString(rig.lastLocation().function));
        QCOMPARE(rig.panel.currentLine(), rig.lastLocation().line);
    }

    void followSwitchedOffStaysOffAcrossSteps() {
        Rig rig(m_cc1);
        QVERIFY(rig.stepUntilIn(CodeFn::TaskletSchedule));
        QTest::mouseClick(rig.panel.followButton(), Qt::LeftButton);
        QVERIFY(!rig.panel.isFollowing());
        QCOMPARE(rig.panel.currentFunction(), QStringLiteral("tasklet_schedule"));
        // Step until the simulation is elsewhere: the pinned listing stays, without a highlight.
        bool elsewhere = false;
        for (int i = 0; i < 2000 && !elsewhere; ++i) {
            rig.ctl.stepEvent();
            rig.ctl.flushUpdates();
            elsewhere = rig.lastLocation().id != CodeFn::TaskletSchedule;
        }
        QVERIFY(elsewhere);
        QVERIFY(!rig.panel.isFollowing());
        QCOMPARE(rig.panel.currentFunction(), QStringLiteral("tasklet_schedule"));
        QCOMPARE(rig.panel.currentLine(), 0);
    }

    void aNewEngineWithAShorterLogStartsOver() {
        Rig rig;
        QVERIFY(rig.stepUntilLast(EventType::TaskletEntry));
        const std::size_t longer = rig.log().size();
        // What a step back does: a new engine whose log is shorter.
        QCOMPARE(rig.ctl.load(rig.ctl.baseScenario()), QString());
        QVERIFY(rig.log().size() < longer);
        for (int i = 0; i < 2; ++i) {
            const tl::CodeLocation loc = rig.lastLocation();
            QVERIFY(loc.id != CodeFn::TaskletAction);
            QCOMPARE(rig.panel.currentFunction(), QString::fromStdString(loc.function));
            QCOMPARE(rig.panel.currentLine(), loc.line);
            QVERIFY(rig.panel.eventText().contains(
                QString::fromLatin1(tl::event_type_name(rig.log().back().type))));
            rig.ctl.stepEvent();
            rig.ctl.flushUpdates();
        }
    }

    void codeUsesAFixedFontAtTheInheritedSize() {
        Rig rig;
        QVERIFY(rig.stepUntilLast(EventType::TaskletEntry));
        QFont big = rig.panel.font();
        big.setPointSizeF(23);
        rig.panel.setFont(big); // what presenter mode does to the application font
        const QFont code = rig.panel.codeView()->font();
        QCOMPARE(code.pointSizeF(), 23.0);
        QCOMPARE(code.family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        QVERIFY(QFontInfo(code).fixedPitch());
        QFont px = rig.panel.font();
        px.setPixelSize(31);
        rig.panel.setFont(px);
        QCOMPARE(rig.panel.codeView()->font().pixelSize(), 31);
    }

    void highlightTakesThePaletteColours() {
        Rig rig;
        QVERIFY(rig.stepUntilLast(EventType::TaskletEntry));
        QPalette dark = rig.panel.palette();
        dark.setColor(QPalette::Base, Qt::black);
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Highlight, QColor(0xff, 0xd7, 0x00));
        dark.setColor(QPalette::HighlightedText, Qt::black);
        rig.panel.setPalette(dark);
        const auto sel = rig.panel.codeView()->extraSelections();
        QCOMPARE(sel.size(), 1);
        QCOMPARE(sel.front().format.background().color(), QColor(0xff, 0xd7, 0x00));
        QCOMPARE(sel.front().format.foreground().color(), QColor(Qt::black));
    }

    // lesson-02: a tasklet_schedule() made by a process comes out of one step with the wake-up and the
    // context switches, so the step ends on the scheduler. The step's events are listed, and choosing
    // the schedule shows tasklet_schedule's line; the next step brings the view back.
    void aStepsEventsAreListedAndEachShowsItsLine() {
        Rig rig;
        QVERIFY2(rig.error.isEmpty(), qPrintable(rig.error));
        int row = -1;
        for (int i = 0; i < 20000 && !rig.engine().finished() && row < 0; ++i) {
            const std::size_t before = rig.log().size();
            rig.ctl.stepEvent();
            rig.ctl.flushUpdates();
            for (std::size_t k = before; k + 1 < rig.log().size(); ++k) // not the last: hidden before
                if (rig.log()[k].type == EventType::TaskletSchedule) row = static_cast<int>(k - before);
        }
        QVERIFY2(row >= 0, "lesson-02 has a step with a tasklet_schedule before its last event");
        QListWidget* list = rig.panel.stepEvents();
        QVERIFY(list->isVisible());
        const std::size_t from = rig.log().size() - static_cast<std::size_t>(list->count());
        QCOMPARE(list->currentRow(), list->count() - 1); // the last event is the one highlighted
        QCOMPARE(rig.panel.currentLine(), rig.lastLocation().line);
        const tl::CodeLocation sched =
            tl::locate(rig.log(), from + static_cast<std::size_t>(row), rig.engine().profile());
        QCOMPARE(sched.id, CodeFn::TaskletSchedule);
        QVERIFY(list->item(row)->text().contains(QString::fromStdString(sched.function)));
        list->setCurrentRow(row); // as a click does
        QCOMPARE(rig.panel.currentFunction(), QString::fromStdString(sched.function));
        QCOMPARE(rig.panel.currentLine(), sched.line);
        QVERIFY(!rig.panel.isFollowing());
        rig.ctl.stepEvent();
        rig.ctl.flushUpdates();
        QVERIFY(rig.panel.isFollowing());
        QCOMPARE(rig.panel.currentLine(), rig.lastLocation().line);
    }

    // At full speed the panel gets up to 60 updates per second, on a long log too (only the last event
    // is located, never the whole log): it must stay on the right line; its cost is printed.
    void followsOnALongLog() {
        static const char* kStorm = R"({
          "format": "taskletlab-scenario", "version": 1, "title": "storm", "profile": "linux-6.1",
          "cpus": 2, "hz": 1000, "seed": 3, "duration": "1s",
          "tasks": [ {"comm": "busy0", "pid": 500, "cpu": 0, "nice": 0, "state": "running"} ],
          "tasklets": [ {"name": "rx", "work": "2us"} ],
          "irqs": [ {"name": "eth0", "irq": 24, "cpu": 0, "handler": "1us", "schedule": ["rx"],
                     "rate_hz": 200000} ]
        })";
        QTemporaryDir dir;
        Rig rig(writeFile(dir, QStringLiteral("storm.json"), kStorm));
        QVERIFY2(rig.error.isEmpty(), qPrintable(rig.error));
        std::vector<qint64> ns;
        // The engine is advanced directly so that the timed part is the view update alone: the
        // controller's advanced signal (only the panel receives it here) and a synchronous repaint.
        // Thread CPU time, not wall time: what the panel costs, whatever else the machine runs.
        auto timedUpdate = [&] {
            const qint64 before = threadCpuNs();
            rig.ctl.flushUpdates();
            rig.panel.repaint();
            ns.push_back(threadCpuNs() - before);
        };
        // Full speed: one update per big slice.
        for (int ms = 1; ms <= 100; ++ms) {
            rig.ctl.engine()->run_until(ms * tl::kNsPerMs);
            timedUpdate();
        }
        QVERIFY2(rig.log().size() > 100000, qPrintable(QString::number(rig.log().size())));
        // Single steps at the end of that long log: the listing changes at almost every one.
        for (int i = 0; i < 500; ++i) {
            rig.ctl.engine()->step();
            timedUpdate();
        }
        QVERIFY(rig.panel.currentLine() > 0);
        QCOMPARE(rig.panel.currentLine(), rig.lastLocation().line);
        std::sort(ns.begin(), ns.end());
        const double meanMs = static_cast<double>(std::accumulate(ns.begin(), ns.end(), qint64{0})) /
                              static_cast<double>(ns.size()) / 1e6;
        const double p99Ms = static_cast<double>(ns[ns.size() * 99 / 100]) / 1e6;
        qInfo("kernel code panel: %zu updates on %zu events: mean %.3f ms, p99 %.3f ms, worst %.3f ms",
              ns.size(), rig.log().size(), meanMs, p99Ms, static_cast<double>(ns.back()) / 1e6);
        // The figures are printed, not asserted: timings belong to measurements, not to pass/fail tests
        // (machines are noisy). What is asserted is that following stays right on a long log.
    }

private:
    QTemporaryDir m_dir;
    QString m_cc1;
};

QTEST_MAIN(TstUiKernelCode)
#include "tst_ui_kernel_code.moc"
