// UI tests of the classroom features: stepping back (event, tick, tasklet run, lesson step, scrub)
// returns exactly the states going forward had; Predict answers are revealed once the step is played;
// pause at steps; authoring a step that Save As keeps; presenter mode; the language switch at run time;
// the lesson library; the compare window from the menu.
#include "uitest_support.h"

#include <compare_window.h>
#include <language.h>
#include <lesson_library_dialog.h>
#include <lesson_panel.h>
#include <scenario_files.h>
#include <step_dialog.h>
#include <timeline_view.h>

#include <trace/playback/playback.h>

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSlider>

#include <map>
#include <random>

using namespace uitest;

namespace {

const QStringList kLessons = {QStringLiteral(":/scenarios/lesson-03-disable-count.json"),
                              QStringLiteral(":/scenarios/lesson-07-restart-limit.json"),
                              QStringLiteral(":/scenarios/lesson-09-smp-serialization.json"),
                              QStringLiteral(":/scenarios/ldd3-busy-cpu.json")};

tl::Scenario lesson(const QString& path) {
    const auto r = tlui::loadScenario(path);
    if (!r.ok()) qFatal("%s", qPrintable(tlui::errorText(r)));
    return r.scenario;
}

// The state a fresh engine has after run_until(t): what going forward by time gives.
tl::MachineState forwardStateAt(const tl::Scenario& sc, tl::Nanos t) {
    tl::EngineOptions o;
    o.fine_steps = true;
    tl::Engine e(sc, o);
    if (t > 0) e.run_until(t);
    return e.snapshot();
}

QString diffText(const tl::MachineState& a, const tl::MachineState& b) {
    return QString::fromStdString(tl::state_difference(a, b));
}

} // namespace

class TstUiClassroom : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    // Forward one event at a time, recording every state; then random walks of back and forward
    // steps must meet exactly the recorded states (several lessons, many random points).
    void stepBackThenForwardIsTheSameState() {
        std::mt19937_64 rng(2026);
        for (const QString& path : kLessons) {
            tlui::SimulationController c;
            QVERIFY(c.load(lesson(path)).isEmpty());
            std::map<std::size_t, tl::MachineState> seen;
            seen[c.engine()->log().size()] = c.snapshot();
            const int forward = 400;
            for (int i = 0; i < forward && !c.engine()->finished(); ++i) {
                c.stepEvent();
                seen.emplace(c.engine()->log().size(), c.engine()->snapshot());
            }
            for (int round = 0; round < 12; ++round) {
                const int backs = static_cast<int>(rng() % 40) + 1;
                for (int i = 0; i < backs; ++i) {
                    const std::size_t before = c.engine()->log().size();
                    c.stepBackEvent();
                    const std::size_t after = c.engine()->log().size();
                    if (before > seen.begin()->first) QVERIFY2(after < before, qPrintable(path));
                    const auto it = seen.find(after);
                    QVERIFY2(it != seen.end(),
                             qPrintable(QStringLiteral("%1: back to %2 events, a state forward "
                                                       "stepping never had")
                                            .arg(path)
                                            .arg(after)));
                    const QString d = diffText(c.engine()->snapshot(), it->second);
                    QVERIFY2(d.isEmpty(), qPrintable(path + QStringLiteral(" after back: ") + d));
                }
                const int fwd = static_cast<int>(rng() % 40) + 1;
                for (int i = 0; i < fwd && c.engine()->log().size() < seen.rbegin()->first; ++i) {
                    c.stepEvent();
                    const auto it = seen.find(c.engine()->log().size());
                    QVERIFY2(it != seen.end(),
                             qPrintable(path + QStringLiteral(": forward again met a new state")));
                    const QString d = diffText(c.engine()->snapshot(), it->second);
                    QVERIFY2(d.isEmpty(), qPrintable(path + QStringLiteral(" after forward: ") + d));
                }
            }
        }
    }

    // Back by tick and by scrubbing to a time lands on the state forward-by-time has there.
    void backByTimeMatchesForwardByTime() {
        std::mt19937_64 rng(7);
        for (const QString& path : kLessons) {
            const tl::Scenario sc = lesson(path);
            tlui::SimulationController c;
            QVERIFY(c.load(sc).isEmpty());
            c.runUntilBlocking(sc.duration);
            QVERIFY2(c.engine()->now() > 0, qPrintable(path));
            for (int i = 0; i < 6; ++i) {
                const tl::Nanos t = static_cast<tl::Nanos>(rng() % static_cast<std::uint64_t>(sc.duration));
                c.seekTime(t); // back: a replay at once; forward: running, asynchronously
                QTRY_COMPARE_WITH_TIMEOUT(c.engine()->now(), t, 10000);
                const QString d = diffText(c.engine()->snapshot(), forwardStateAt(sc, t));
                QVERIFY2(d.isEmpty(), qPrintable(path + QStringLiteral(" seek back: ") + d));
                const tl::Nanos before = c.engine()->now();
                c.stepBackTick();
                const tl::Nanos period = tl::tick_period(c.engine()->hz());
                QVERIFY(c.engine()->now() < before || before == 0);
                QCOMPARE(c.engine()->now() % period, tl::Nanos{0});
                QVERIFY2(diffText(c.engine()->snapshot(), forwardStateAt(sc, c.engine()->now())).isEmpty(),
                         qPrintable(path));
            }
        }
    }

    // Back to the previous tasklet run: just after its TaskletEntry.
    void backToPreviousTaskletRun() {
        tlui::SimulationController c;
        QVERIFY(c.load(lesson(QStringLiteral(":/scenarios/lesson-07-restart-limit.json"))).isEmpty());
        c.runUntilBlocking(3 * tl::kNsPerMs);
        const tl::EventLog& before = c.engine()->log();
        std::size_t lastEntry = 0, prevEntry = 0;
        for (std::size_t i = 0; i + 1 < before.size(); ++i)
            if (before[i].type == tl::EventType::TaskletEntry) {
                prevEntry = lastEntry;
                lastEntry = i;
            }
        QVERIFY(lastEntry > 0);
        c.backToPreviousTaskletRun();
        const tl::EventLog& after = c.engine()->log();
        QVERIFY(after.size() > lastEntry);
        QCOMPARE(after[lastEntry].type, tl::EventType::TaskletEntry);
        for (std::size_t i = lastEntry + 1; i < after.size(); ++i)
            QVERIFY(after[i].type != tl::EventType::TaskletEntry);
        c.backToPreviousTaskletRun();
        QVERIFY(c.engine()->log().size() > prevEntry);
        QVERIFY(c.engine()->log().size() <= lastEntry);
    }

    // A Predict question is asked at its step and answered once the step has been played.
    void predictRevealsTheAnswerWhenPlayed() {
        Fixture f;
        QVERIFY(f.window->openScenario(QStringLiteral(":/scenarios/lesson-03-disable-count.json")).isEmpty());
        tlui::SimulationController* c = f.window->controller();
        const auto& steps = c->engine()->scenario().steps;
        int q = -1;
        for (std::size_t i = 0; i < steps.size(); ++i)
            if (!steps[i].question.empty() && !steps[i].answer.empty()) q = static_cast<int>(i);
        QVERIFY(q >= 0);
        const std::string question = steps[static_cast<std::size_t>(q)].question;
        const std::string answer = steps[static_cast<std::size_t>(q)].answer;
        c->seekLessonStep(q);
        QTRY_COMPARE_WITH_TIMEOUT(c->engine()->now(), steps[static_cast<std::size_t>(q)].at, 10000);
        c->flushUpdates();
        tlui::LessonPanel* panel = f.window->lessonPanel();
        QCOMPARE(panel->currentStep(), q);
        QVERIFY(panel->narrationText().contains(QString::fromStdString(question).left(30)));
        QVERIFY(!panel->answerShown());
        QVERIFY(!panel->narrationText().contains(QString::fromStdString(answer).left(30)));
        c->stepEvent();
        c->flushUpdates();
        QVERIFY(panel->answerShown());
        QVERIFY(panel->narrationText().contains(QString::fromStdString(answer).left(30)));
        // Back to the step: asked again.
        c->backToPreviousLessonStep();
        c->flushUpdates();
        QCOMPARE(panel->currentStep(), q);
        QVERIFY(!panel->answerShown());
        panel->revealAnswer();
        QVERIFY(panel->answerShown());
    }

    // Playing stops at each lesson step (the teacher talks), at the step's exact time.
    void playPausesAtEachStep() {
        tlui::SimulationController c;
        QVERIFY(c.load(lesson(QStringLiteral(":/scenarios/lesson-03-disable-count.json"))).isEmpty());
        c.setSpeed(tlui::SimulationController::kMaxSpeed);
        const auto steps = c.engine()->scenario().steps;
        QVERIFY(steps.size() >= 3);
        for (std::size_t k = 0; k < 3; ++k) {
            c.setRunning(true);
            QTRY_VERIFY_WITH_TIMEOUT(!c.isRunning(), 10000);
            QCOMPARE(c.engine()->now(), steps[k].at);
            QCOMPARE(c.lessonStep(), static_cast<int>(k));
        }
        c.setPauseAtSteps(false);
        c.setRunning(true);
        QTRY_VERIFY_WITH_TIMEOUT(!c.isRunning(), 10000);
        QVERIFY(c.engine()->finished());
    }

    // A step added at the current time is in the scenario that Save As writes, and reloads.
    void authoredStepIsSaved() {
        Fixture f;
        QVERIFY(
            f.window->openScenario(QStringLiteral(":/scenarios/lesson-02-schedule-twice.json")).isEmpty());
        tlui::SimulationController* c = f.window->controller();
        const std::size_t before = c->engine()->scenario().steps.size();
        c->runUntilBlocking(1234 * tl::kNsPerUs);
        tlui::StepDialog dlg(c->engine()->now());
        dlg.titleEdit()->setText(QStringLiteral("My step"));
        dlg.textEdit()->setPlainText(QStringLiteral("Look at the tasklet_vec."));
        dlg.questionEdit()->setText(QStringLiteral("Where will it run?"));
        dlg.answerEdit()->setText(QStringLiteral("On CPU0."));
        QVERIFY(c->addLessonStep(dlg.step()).isEmpty());
        QCOMPARE(c->engine()->scenario().steps.size(), before + 1);
        // The lesson panel lists it at once.
        const auto* list = f.window->lessonPanel()->findChild<QListWidget*>(QStringLiteral("lessonSteps"));
        QVERIFY(list);
        QCOMPARE(list->count(), static_cast<int>(before + 1));
        QCOMPARE(f.window->lessonPanel()->currentStep(), c->lessonStep());
        QVERIFY(c->isDirty());
        const QString path = f.dir.filePath(QStringLiteral("authored.json"));
        QVERIFY(f.window->saveScenarioAs(path).isEmpty());
        const auto r = tlui::loadScenario(path);
        QVERIFY2(r.ok(), qPrintable(tlui::errorText(r)));
        QCOMPARE(r.scenario.steps.size(), before + 1);
        bool found = false;
        for (const auto& s : r.scenario.steps)
            if (s.title == "My step") {
                found = true;
                QCOMPARE(s.at, 1234 * tl::kNsPerUs);
                QCOMPARE(s.question, std::string("Where will it run?"));
                QCOMPARE(s.answer, std::string("On CPU0."));
            }
        QVERIFY(found);
        for (std::size_t i = 1; i < r.scenario.steps.size(); ++i)
            QVERIFY(r.scenario.steps[i - 1].at <= r.scenario.steps[i].at);
        // An empty step cannot be added.
        tlui::StepDialog empty(0);
        QVERIFY(!c->addLessonStep(empty.step()).isEmpty());
    }

    // The scrub slider moves the run back and forth.
    void scrubSliderSeeks() {
        Fixture f;
        QVERIFY(f.window->openScenario(QStringLiteral(":/scenarios/lesson-03-disable-count.json")).isEmpty());
        tlui::SimulationController* c = f.window->controller();
        c->runUntilBlocking(c->engine()->scenario().duration);
        c->flushUpdates();
        QSlider* s = f.window->scrubSlider();
        QCOMPARE(s->value(), s->maximum());
        s->setSliderDown(true); // a drag: sliderMoved, coalesced, then the release
        s->setSliderPosition(s->maximum() / 2);
        s->setSliderPosition(s->maximum() / 4);
        s->setSliderDown(false);
        QTRY_VERIFY_WITH_TIMEOUT(c->engine()->now() < c->engine()->scenario().duration / 2, 5000);
        const tl::Nanos quarter = c->engine()->scenario().duration / 4;
        QVERIFY(std::llabs(c->engine()->now() - quarter) <= c->engine()->scenario().duration / 1000);
        s->triggerAction(QAbstractSlider::SliderPageStepAdd); // forward by clicking
        QTRY_VERIFY_WITH_TIMEOUT(c->engine()->now() > quarter, 5000);
        QVERIFY(f.window->scrubText().contains(QStringLiteral("ms")));
    }

    // Presenter mode: full screen, larger text, high contrast, only the panels that matter, slow motion;
    // leaving restores everything.
    void presenterModeAndBack() {
        Fixture f;
        const QFont normalFont = QApplication::font();
        const QPalette normalPalette = QApplication::palette();
        f.window->setPresenterMode(true);
        QVERIFY(f.window->presenterMode());
        QVERIFY(f.window->isFullScreen());
        QVERIFY(QApplication::font().pointSizeF() >= normalFont.pointSizeF() * 1.5);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::white));
        QVERIFY(f.window->timeline()->highContrast());
        QStringList visible;
        for (QDockWidget* d : f.window->findChildren<QDockWidget*>())
            if (!d->isHidden()) visible << d->objectName();
        visible.sort();
        QCOMPARE(visible, (QStringList{QStringLiteral("dockKernelCode"), QStringLiteral("dockLesson"),
                                       QStringLiteral("dockProc")}));
        QVERIFY(f.window->controller()->speed() > 0 && f.window->controller()->speed() <= 1e6);
        const double big = QApplication::font().pointSizeF();
        f.window->action(QStringLiteral("actionLargerText"))->trigger();
        QVERIFY(QApplication::font().pointSizeF() > big);
        f.window->setPresenterMode(false);
        QVERIFY(!f.window->isFullScreen());
        QCOMPARE(QApplication::font(), normalFont);
        QCOMPARE(QApplication::palette().color(QPalette::Window), normalPalette.color(QPalette::Window));
        QVERIFY(!f.window->timeline()->highContrast());
        QVERIFY(!f.window->findChild<QDockWidget*>(QStringLiteral("dockTasklets"))->isHidden());
    }

    // View → Language rebuilds the window in the new language around the same simulation; remembered.
    void languageSwitchAtRunTime() {
        auto* w = new tlui::MainWindow(nullptr, true);
        w->setAttribute(Qt::WA_DeleteOnClose);
        QVERIFY(w->openScenario(QStringLiteral(":/scenarios/lesson-03-disable-count.json")).isEmpty());
        w->show();
        tlui::SimulationController* c = w->controller();
        c->runUntilBlocking(2100 * tl::kNsPerUs);
        const std::size_t events = c->engine()->log().size();
        const std::string title = c->engine()->scenario().title;
        QPointer<tlui::MainWindow> old(w);
        tlui::MainWindow* de = w->switchLanguage(QStringLiteral("de"));
        QVERIFY(de != w);
        QCOMPARE(de->controller(), c);
        QCOMPARE(c->engine()->log().size(), events);
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        QTRY_VERIFY(old.isNull()); // the old window deleted itself
        const QString fileMenu = de->menuBar()->actions().first()->text();
        QCOMPARE(fileMenu, QCoreApplication::translate("tlui::MainWindow", "&File"));
        QVERIFY(fileMenu != QStringLiteral("&File"));
        const QString germanTitle = QCoreApplication::translate("Lesson", title.c_str());
        QVERIFY(germanTitle != QString::fromStdString(title));
        QVERIFY(de->windowTitle().contains(germanTitle));
        QVERIFY(de->lessonPanel()->narrationText().size() > 20);
        // The simulation goes on in the new window.
        c->stepEvent();
        QCOMPARE(c->engine()->log().size() > events, true);
        tlui::MainWindow* zh = de->switchLanguage(QStringLiteral("zh_CN"));
        QVERIFY(zh->menuBar()->actions().first()->text() != fileMenu);
        tlui::MainWindow* en = zh->switchLanguage(QStringLiteral("en"));
        QCOMPARE(en->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(tlui::installedLanguage(), QStringLiteral("en"));
        QCOMPARE(en->controller(), c);
        en->close();
    }

    // Help → Lessons lists every built-in lesson with its summary and profile.
    void lessonLibrary() {
        tlui::LessonLibraryDialog dlg;
        QVERIFY(dlg.lessons().size() >= 14);
        QCOMPARE(dlg.list()->count(), dlg.lessons().size());
        for (const tlui::LessonInfo& l : dlg.lessons()) {
            QVERIFY2(!l.summary.isEmpty(), qPrintable(l.path));
            QVERIFY2(!l.profile.isEmpty(), qPrintable(l.path));
            QVERIFY2(l.steps > 0, qPrintable(l.path));
        }
        dlg.list()->setCurrentRow(3);
        QCOMPARE(dlg.selectedPath(), dlg.lessons()[3].path);
    }

    // Simulation → Compare Profiles runs the session's scenario under the chosen profiles.
    void compareFromTheMenu() {
        Fixture f;
        QVERIFY(f.window->openScenario(QStringLiteral(":/scenarios/ldd3-busy-cpu.json")).isEmpty());
        tlui::CompareWindow* cw =
            f.window->openCompare({QStringLiteral("ldd3-book"), QStringLiteral("linux-2.6.10")});
        QVERIFY(cw);
        QCOMPARE(cw->runCount(), 2);
        QVERIFY(cw->differingProcLines() > 0);
        cw->close();
    }
};

QTEST_MAIN(TstUiClassroom)
#include "tst_ui_classroom.moc"
