// The main window (see main_window.h).
#include "main_window.h"

#include "compare_window.h"
#include "display_format.h"
#include "inspector_panel.h"
#include "irq_panel.h"
#include "kernel_code_panel.h"
#include "kernel_log_panel.h"
#include "language.h"
#include "lesson_library_dialog.h"
#include "lesson_panel.h"
#include "machine_dialog.h"
#include "proc_panel.h"
#include "scenario_files.h"
#include "simulation_controller.h"
#include "tasklet_panel.h"
#include "timeline_view.h"

#include <io/time_value.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <cmath>

namespace tlui {

namespace {
constexpr int kMaxRecent = 8;
constexpr int kScrubSteps = 10000;   // the scrub slider's resolution over the run
constexpr int kPresenterSpeed = 20;  // slow motion: 100 us of simulated time per second
constexpr int kScrubCoalesceMs = 40; // replays while dragging, at most ~25 per second

// Presenter mode: white on black, yellow selection, for projectors in lit rooms (WCAG contrast > 15:1).
QPalette highContrastPalette() {
    QPalette p;
    const QColor black(Qt::black), white(Qt::white), dark(0x20, 0x20, 0x20), yellow(0xff, 0xd4, 0x00);
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(g, QPalette::Window, black);
        p.setColor(g, QPalette::WindowText, white);
        p.setColor(g, QPalette::Base, black);
        p.setColor(g, QPalette::AlternateBase, dark);
        p.setColor(g, QPalette::Text, white);
        p.setColor(g, QPalette::Button, dark);
        p.setColor(g, QPalette::ButtonText, white);
        p.setColor(g, QPalette::BrightText, yellow);
        p.setColor(g, QPalette::Highlight, yellow);
        p.setColor(g, QPalette::HighlightedText, black);
        p.setColor(g, QPalette::ToolTipBase, black);
        p.setColor(g, QPalette::ToolTipText, white);
        p.setColor(g, QPalette::Link, QColor(0x66, 0xcc, 0xff));
        p.setColor(g, QPalette::PlaceholderText, QColor(0xb0, 0xb0, 0xb0));
    }
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Window, black);
    p.setColor(QPalette::Disabled, QPalette::Base, black);
    p.setColor(QPalette::Disabled, QPalette::Button, dark);
    return p;
}

double speedForPosition(int p) {
    if (p >= MainWindow::kSpeedMax) return SimulationController::kMaxSpeed;
    return SimulationController::kSlowest * std::pow(10.0, p / 10.0);
}
} // namespace

MainWindow::MainWindow(QWidget* parent, bool restoreSettings, SimulationController* adopt)
    : QMainWindow(parent)
    , m_controller(adopt ? adopt : new SimulationController(this))
    , m_timeline(new TimelineView(this))
    , m_useSettings(restoreSettings) {
    setObjectName(QStringLiteral("mainWindow"));
    if (adopt) adopt->setParent(this);
    setCentralWidget(m_timeline);
    // The lesson narration runs the full height on the left; /proc and the code share the bottom.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);
    createActions();
    createDocks();
    createMenus();
    createToolBar();
    createScrubBar();
    createStatusBar();
    connect(m_controller, &SimulationController::engineReplaced, this, &MainWindow::onEngineReplaced);
    connect(m_controller, &SimulationController::advanced, this, &MainWindow::onAdvanced);
    connect(m_controller, &SimulationController::dirtyChanged, this, &MainWindow::setWindowModified);
    connect(m_controller, &SimulationController::runningChanged, this, [this](bool running) {
        m_playAction->setChecked(running);
        m_playAction->setText(running ? tr("Pause") : tr("Run"));
    });
    connect(m_controller, &SimulationController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_controller, &SimulationController::finished, this,
            [this] { statusBar()->showMessage(tr("The run has reached its end."), 6000); });
    connect(m_controller, &SimulationController::lessonStepReached, this, [this](int step) {
        statusBar()->showMessage(tr("Paused at lesson step %1.").arg(step + 1), 6000);
    });
    connect(m_timeline, &TimelineView::followLiveChanged, m_followAction, &QAction::setChecked);
    m_scrubTimer.setSingleShot(true);
    connect(&m_scrubTimer, &QTimer::timeout, this, [this] {
        const tl::Engine* e = m_controller->engine();
        if (!e) return;
        const double frac = static_cast<double>(m_scrub->value()) / kScrubSteps;
        m_controller->seekTime(static_cast<tl::Nanos>(frac * static_cast<double>(e->scenario().duration)));
    });
    readSettings();
    updateTitle();
    if (adopt && adopt->engine()) {
        // The views start from the adopted simulation's current state.
        emit m_controller->engineReplaced();
        m_controller->flushUpdates();
    }
}

MainWindow::~MainWindow() = default;

QAction* MainWindow::action(const QString& objectName) const {
    return findChild<QAction*>(objectName);
}

void MainWindow::createActions() {
    auto make = [this](const QString& name, const QString& text, const QKeySequence& key = {}) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty()) a->setShortcut(key);
        addAction(a);
        return a;
    };
    connect(make(QStringLiteral("actionOpen"), tr("&Open Scenario…"), QKeySequence::Open),
            &QAction::triggered, this, &MainWindow::openDialog);
    connect(make(QStringLiteral("actionSave"), tr("&Save Scenario"), QKeySequence::Save), &QAction::triggered,
            this, &MainWindow::save);
    connect(make(QStringLiteral("actionSaveAs"), tr("Save Scenario &As…"), QKeySequence::SaveAs),
            &QAction::triggered, this, &MainWindow::saveAsDialog);
    connect(make(QStringLiteral("actionExportTrace"), tr("Export Trace CSV…")), &QAction::triggered, this,
            &MainWindow::exportTraceDialog);
    connect(make(QStringLiteral("actionExportJitasklet"), tr("Export /proc Reads CSV…")), &QAction::triggered,
            this, &MainWindow::exportJitaskletDialog);
    connect(make(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit), &QAction::triggered, this,
            &QWidget::close);

    m_playAction = make(QStringLiteral("actionPlay"), tr("Run"), QKeySequence(Qt::Key_Space));
    m_playAction->setCheckable(true);
    m_playAction->setToolTip(tr("Run / pause the simulation (Space)"));
    connect(m_playAction, &QAction::triggered, m_controller, &SimulationController::setRunning);
    connect(make(QStringLiteral("actionStepEvent"), tr("Step Event"), QKeySequence(Qt::Key_Period)),
            &QAction::triggered, m_controller, &SimulationController::stepEvent);
    connect(make(QStringLiteral("actionStepTick"), tr("Step to Next Tick"), QKeySequence(Qt::Key_T)),
            &QAction::triggered, m_controller, &SimulationController::stepTick);
    connect(make(QStringLiteral("actionRunUntil"), tr("Run Until…"), QKeySequence(tr("Ctrl+U"))),
            &QAction::triggered, this, &MainWindow::runUntilDialog);
    connect(
        make(QStringLiteral("actionNextTaskletRun"), tr("Run to Next Tasklet Run"), QKeySequence(Qt::Key_N)),
        &QAction::triggered, m_controller, &SimulationController::runToNextTaskletRun);
    connect(
        make(QStringLiteral("actionNextLessonStep"), tr("Run to Next Lesson Step"), QKeySequence(Qt::Key_L)),
        &QAction::triggered, m_controller, &SimulationController::runToNextLessonStep);
    connect(make(QStringLiteral("actionReset"), tr("Reset"), QKeySequence(tr("Ctrl+R"))), &QAction::triggered,
            this, &MainWindow::resetSimulation);

    // Going back (a replay of the same run: see SimulationController::stepBackEvent).
    auto back = [&](const char* name, const QString& text, const QString& short_, const QKeySequence& key,
                    void (SimulationController::*slot)()) {
        QAction* a = make(QString::fromLatin1(name), text, key);
        a->setIconText(short_);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, m_controller, slot);
    };
    back("actionPrevLessonStep", tr("Previous Lesson Step"), tr("◀ Lesson Step"),
         QKeySequence(Qt::SHIFT | Qt::Key_L), &SimulationController::backToPreviousLessonStep);
    back("actionBackTaskletRun", tr("Back to Previous Tasklet Run"), tr("◀ Tasklet Run"),
         QKeySequence(Qt::SHIFT | Qt::Key_N), &SimulationController::backToPreviousTaskletRun);
    back("actionBackTick", tr("Back to Previous Tick"), tr("◀ Tick"), QKeySequence(Qt::SHIFT | Qt::Key_T),
         &SimulationController::stepBackTick);
    back("actionStepBack", tr("Step Back"), tr("◀ Event"), QKeySequence(Qt::Key_Comma),
         &SimulationController::stepBackEvent);
    connect(
        make(QStringLiteral("actionAddStep"), tr("Add Lesson Step Here…"), QKeySequence(tr("Ctrl+Shift+A"))),
        &QAction::triggered, this, &MainWindow::addLessonStep);
    connect(make(QStringLiteral("actionCompare"), tr("Compare Profiles…"), QKeySequence(tr("Ctrl+K"))),
            &QAction::triggered, this, [this] { openCompare(); });
    QAction* presenter =
        make(QStringLiteral("actionPresenter"), tr("Presenter Mode"), QKeySequence(Qt::Key_F11));
    presenter->setCheckable(true);
    presenter->setToolTip(
        tr("Full screen, large high-contrast text, the essential panels, slow motion (F11)"));
    connect(presenter, &QAction::triggered, this, &MainWindow::setPresenterMode);
    connect(make(QStringLiteral("actionLargerText"), tr("Larger Text"), QKeySequence(tr("Ctrl+Shift++"))),
            &QAction::triggered, this, [this] { setPresenterScale(m_presenterScale + 0.2); });
    connect(make(QStringLiteral("actionSmallerText"), tr("Smaller Text"), QKeySequence(tr("Ctrl+Shift+-"))),
            &QAction::triggered, this, [this] { setPresenterScale(m_presenterScale - 0.2); });
    connect(make(QStringLiteral("actionLessons"), tr("&Lessons…"), QKeySequence::HelpContents),
            &QAction::triggered, this, &MainWindow::showLessonLibrary);
    connect(make(QStringLiteral("actionMachine"), tr("&Machine…"), QKeySequence(tr("Ctrl+M"))),
            &QAction::triggered, this, &MainWindow::machineDialog);

    connect(make(QStringLiteral("actionZoomIn"), tr("Zoom In"), QKeySequence::ZoomIn), &QAction::triggered,
            m_timeline, &TimelineView::zoomIn);
    connect(make(QStringLiteral("actionZoomOut"), tr("Zoom Out"), QKeySequence::ZoomOut), &QAction::triggered,
            m_timeline, &TimelineView::zoomOut);
    connect(make(QStringLiteral("actionZoomFit"), tr("Zoom to Fit"), QKeySequence(tr("Ctrl+0"))),
            &QAction::triggered, m_timeline, &TimelineView::zoomToFit);
    m_followAction = make(QStringLiteral("actionFollow"), tr("Follow Live"), QKeySequence(tr("Ctrl+F")));
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    connect(m_followAction, &QAction::toggled, m_timeline, &TimelineView::setFollowLive);
    connect(make(QStringLiteral("actionAbout"), tr("&About TaskletLab")), &QAction::triggered, this,
            &MainWindow::about);
}

void MainWindow::createDocks() {
    auto dock = [this](const QString& name, const QString& title, QWidget* w, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    m_tasklets = new TaskletPanel(m_controller, this);
    m_inspector = new InspectorPanel(m_controller, this);
    m_irq = new IrqPanel(m_controller, this);
    m_proc = new ProcPanel(m_controller, this);
    m_kernelLog = new KernelLogPanel(m_controller, this);
    m_lesson = new LessonPanel(m_controller, this);
    m_code = new KernelCodePanel(m_controller, this);
    auto* dt = dock(QStringLiteral("dockTasklets"), tr("Tasklets"), m_tasklets, Qt::RightDockWidgetArea);
    auto* di =
        dock(QStringLiteral("dockInspector"), tr("Kernel State"), m_inspector, Qt::RightDockWidgetArea);
    auto* dq = dock(QStringLiteral("dockIrqs"), tr("IRQs and Load"), m_irq, Qt::RightDockWidgetArea);
    auto* dp = dock(QStringLiteral("dockProc"), tr("/proc"), m_proc, Qt::BottomDockWidgetArea);
    auto* dk = dock(QStringLiteral("dockKernelLog"), tr("Kernel Log"), m_kernelLog, Qt::BottomDockWidgetArea);
    auto* dl = dock(QStringLiteral("dockLesson"), tr("Lesson"), m_lesson, Qt::LeftDockWidgetArea);
    auto* dc = dock(QStringLiteral("dockKernelCode"), tr("Kernel Code"), m_code, Qt::BottomDockWidgetArea);
    m_docks = {dl, dc, dt, di, dq, dp, dk};
    splitDockWidget(dt, di, Qt::Vertical);
    tabifyDockWidget(di, dq);
    di->raise();
    splitDockWidget(dp, dc, Qt::Horizontal);
    splitDockWidget(dc, dk, Qt::Horizontal);
    // Default proportions, applied once the window has its size (a restored state replaces them).
    QTimer::singleShot(0, this, [this, dt, di, dp, dk, dl, dc] {
        if (m_stateRestored) return;
        resizeDocks({dt, di}, {height() * 2 / 5, height() * 3 / 5}, Qt::Vertical);
        resizeDocks({dt}, {width() * 3 / 10}, Qt::Horizontal);
        resizeDocks({dp}, {height() * 3 / 10}, Qt::Vertical);
        resizeDocks({dp, dc, dk}, {width() * 2 / 5, width() * 2 / 5, width() / 5}, Qt::Horizontal);
        resizeDocks({dl}, {width() / 5}, Qt::Horizontal);
    });
    m_viewMenu = new QMenu(tr("&View"), this);
    for (QDockWidget* d : m_docks)
        m_viewMenu->addAction(d->toggleViewAction());
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("actionOpen")));
    m_lessonsMenu = file->addMenu(tr("Open &Lesson"));
    for (const LessonInfo& l : builtinLessons()) {
        QAction* a = m_lessonsMenu->addAction(l.title);
        const QString path = l.path;
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave()) openScenario(path);
        });
    }
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionSave")));
    file->addAction(action(QStringLiteral("actionSaveAs")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionExportTrace")));
    file->addAction(action(QStringLiteral("actionExportJitasklet")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionQuit")));

    QMenu* sim = menuBar()->addMenu(tr("&Simulation"));
    for (const char* n : {"actionPlay", "actionStepEvent", "actionStepTick", "actionRunUntil",
                          "actionNextTaskletRun", "actionNextLessonStep"})
        sim->addAction(action(QString::fromLatin1(n)));
    sim->addSeparator();
    for (const char* n : {"actionStepBack", "actionBackTick", "actionBackTaskletRun", "actionPrevLessonStep"})
        sim->addAction(action(QString::fromLatin1(n)));
    sim->addSeparator();
    sim->addAction(action(QStringLiteral("actionReset")));
    sim->addAction(action(QStringLiteral("actionAddStep")));
    sim->addSeparator();
    sim->addAction(action(QStringLiteral("actionCompare")));
    sim->addAction(action(QStringLiteral("actionMachine")));

    menuBar()->addMenu(m_viewMenu);
    m_viewMenu->addSeparator();
    for (const char* n : {"actionZoomIn", "actionZoomOut", "actionZoomFit", "actionFollow"})
        m_viewMenu->addAction(action(QString::fromLatin1(n)));
    m_viewMenu->addSeparator();
    for (const char* n : {"actionPresenter", "actionLargerText", "actionSmallerText"})
        m_viewMenu->addAction(action(QString::fromLatin1(n)));
    createLanguageMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("actionLessons")));
    help->addSeparator();
    help->addAction(action(QStringLiteral("actionAbout")));
}

void MainWindow::createToolBar() {
    QToolBar* tb = addToolBar(tr("Playback"));
    tb->setObjectName(QStringLiteral("toolbarPlayback"));
    tb->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The toolbar reads as a tape deck: back moves on the left of Run, forward moves on its right.
    action(QStringLiteral("actionStepEvent"))->setIconText(tr("Event ▶"));
    action(QStringLiteral("actionStepTick"))->setIconText(tr("Tick ▶"));
    action(QStringLiteral("actionNextTaskletRun"))->setIconText(tr("Tasklet Run ▶"));
    action(QStringLiteral("actionNextLessonStep"))->setIconText(tr("Lesson Step ▶"));
    for (const char* n :
         {"actionStepEvent", "actionStepTick", "actionNextTaskletRun", "actionNextLessonStep"}) {
        QAction* a = action(QString::fromLatin1(n));
        a->setToolTip(
            QStringLiteral("%1 (%2)").arg(a->text(), a->shortcut().toString(QKeySequence::NativeText)));
    }
    for (const char* n : {"actionPrevLessonStep", "actionBackTaskletRun", "actionBackTick", "actionStepBack",
                          "actionPlay", "actionStepEvent", "actionStepTick", "actionNextTaskletRun",
                          "actionNextLessonStep", "actionRunUntil", "actionReset"})
        tb->addAction(action(QString::fromLatin1(n)));
    tb->addSeparator();
    tb->addWidget(new QLabel(tr("Speed "), tb));
    m_speed = new QSlider(Qt::Horizontal, tb);
    m_speed->setObjectName(QStringLiteral("speedSlider"));
    m_speed->setRange(0, kSpeedMax);
    m_speed->setFixedWidth(160);
    m_speed->setToolTip(
        tr("From slow motion (1 us of simulated time per second) over real time to as fast as "
           "possible"));
    tb->addWidget(m_speed);
    m_speedLabel = new QLabel(tb);
    m_speedLabel->setMinimumWidth(110);
    tb->addWidget(m_speedLabel);
    connect(m_speed, &QSlider::valueChanged, this, &MainWindow::onSpeedChanged);
    tb->addSeparator();
    for (const char* n : {"actionZoomFit", "actionFollow"})
        tb->addAction(action(QString::fromLatin1(n)));
    tb->addSeparator();
    tb->addAction(action(QStringLiteral("actionMachine")));
    tb->addAction(action(QStringLiteral("actionCompare")));
    tb->addAction(action(QStringLiteral("actionPresenter")));
}

void MainWindow::createScrubBar() {
    QToolBar* bar = new QToolBar(tr("Position"), this);
    bar->setObjectName(QStringLiteral("toolbarScrub"));
    addToolBar(Qt::BottomToolBarArea, bar);
    bar->addWidget(new QLabel(tr("Position "), bar));
    m_scrub = new QSlider(Qt::Horizontal, bar);
    m_scrub->setObjectName(QStringLiteral("scrubSlider"));
    m_scrub->setRange(0, kScrubSteps);
    m_scrub->setPageStep(kScrubSteps / 20);
    m_scrub->setToolTip(tr("Drag to any point of the run: back by deterministic replay, forward by running"));
    m_scrub->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    bar->addWidget(m_scrub);
    m_scrubLabel = new QLabel(bar);
    m_scrubLabel->setObjectName(QStringLiteral("scrubLabel"));
    m_scrubLabel->setMinimumWidth(200);
    bar->addWidget(m_scrubLabel);
    // Dragging coalesces into a few replays per second; a click or key moves at once.
    connect(m_scrub, &QSlider::sliderMoved, this, &MainWindow::onScrubMoved);
    connect(m_scrub, &QSlider::sliderReleased, this, [this] {
        m_scrubTimer.stop();
        m_scrubTimer.start(0);
    });
    connect(m_scrub, &QSlider::actionTriggered, this, [this](int act) {
        if (act != QAbstractSlider::SliderMove) m_scrubTimer.start(0);
    });
}

void MainWindow::onScrubMoved(int) {
    if (!m_scrubTimer.isActive()) m_scrubTimer.start(kScrubCoalesceMs);
}

QString MainWindow::scrubText() const {
    return m_scrubLabel->text();
}

void MainWindow::updateScrub() {
    const tl::Engine* e = m_controller->engine();
    if (!e || m_scrub->isSliderDown()) return;
    const tl::Nanos duration = std::max<tl::Nanos>(1, e->scenario().duration);
    const double frac = std::clamp(static_cast<double>(e->now()) / static_cast<double>(duration), 0.0, 1.0);
    const QSignalBlocker block(m_scrub);
    m_scrub->setValue(static_cast<int>(std::lround(frac * kScrubSteps)));
    m_scrubLabel->setText(tr("%1 of %2").arg(formatTime(e->now()), formatTime(e->scenario().duration)));
}

void MainWindow::createLanguageMenu() {
    m_languageMenu = m_viewMenu->addMenu(tr("&Language"));
    m_languageMenu->setObjectName(QStringLiteral("menuLanguage"));
    auto* group = new QActionGroup(m_languageMenu);
    const QString current = installedLanguage();
    for (const UiLanguage& l : uiLanguages()) {
        QAction* a = m_languageMenu->addAction(l.nativeName);
        a->setObjectName(QStringLiteral("actionLanguage_") +
                         (l.code.isEmpty() ? QStringLiteral("system") : l.code));
        a->setCheckable(true);
        a->setChecked(l.code == current);
        group->addAction(a);
        const QString code = l.code;
        connect(a, &QAction::triggered, this, [this, code] {
            if (code != installedLanguage())
                QTimer::singleShot(0, this, [this, code] { switchLanguage(code); });
        });
    }
}

MainWindow* MainWindow::switchLanguage(const QString& code) {
    if (!installLanguage(code)) return this;
    const bool presenter = m_presenter;
    if (presenter) setPresenterMode(false);
    if (m_useSettings) {
        QSettings().setValue(QStringLiteral("ui/language"), code);
        writeSettings();
    }
    const auto range = m_timeline->visibleRange();
    const bool follow = m_timeline->followLive();
    // Nothing of this window listens to the simulation any more; the new window owns it.
    for (QObject* o : findChildren<QObject*>())
        QObject::disconnect(m_controller, nullptr, o, nullptr);
    QObject::disconnect(m_controller, nullptr, this, nullptr);
    m_handedOver = true;
    auto* w = new MainWindow(nullptr, m_useSettings, m_controller);
    w->setAttribute(Qt::WA_DeleteOnClose, testAttribute(Qt::WA_DeleteOnClose));
    if (!m_useSettings) w->resize(size());
    w->m_timeline->setFollowLive(follow);
    if (!follow) w->m_timeline->setVisibleRange(range.first, range.second);
    w->m_presenterScale = m_presenterScale;
    if (isVisible()) w->show();
    if (presenter) w->setPresenterMode(true);
    hide();
    emit replacedBy(w);
    if (testAttribute(Qt::WA_DeleteOnClose)) deleteLater();
    return w;
}

void MainWindow::setPresenterMode(bool on) {
    if (QAction* a = action(QStringLiteral("actionPresenter"))) a->setChecked(on);
    if (on == m_presenter) return;
    m_presenter = on;
    if (on) {
        m_normalState = saveState();
        m_normalMaximized = isMaximized();
        m_normalFont = QApplication::font();
        m_normalPalette = QApplication::palette();
        m_normalSpeed = m_speed->value();
        QApplication::setPalette(highContrastPalette());
        setPresenterScale(m_presenterScale);
        m_timeline->setHighContrast(true);
        // The story is told by the timeline, the narration, the code and /proc; the rest is clutter.
        for (QDockWidget* d : m_docks) {
            const QString n = d->objectName();
            d->setVisible(n == QLatin1String("dockLesson") || n == QLatin1String("dockKernelCode") ||
                          n == QLatin1String("dockProc"));
        }
        m_speed->setValue(kPresenterSpeed);
        showFullScreen();
        // Room for the narration and the code, read from the back of the room.
        QTimer::singleShot(0, this, [this] {
            if (!m_presenter) return;
            auto dockNamed = [this](const char* n) {
                return findChild<QDockWidget*>(QString::fromLatin1(n));
            };
            resizeDocks({dockNamed("dockLesson")}, {width() * 3 / 10}, Qt::Horizontal);
            // /proc gets the larger share: its table and text side by side need the width.
            resizeDocks({dockNamed("dockProc"), dockNamed("dockKernelCode")},
                        {width() * 2 / 5, width() * 3 / 10}, Qt::Horizontal);
            resizeDocks({dockNamed("dockProc")}, {height() * 2 / 5}, Qt::Vertical);
        });
        statusBar()->showMessage(
            tr("Presenter mode: F11 to leave, Ctrl+Shift++ / Ctrl+Shift+- for the text size."), 8000);
    } else {
        QApplication::setFont(m_normalFont);
        QApplication::setPalette(m_normalPalette);
        m_timeline->setHighContrast(false);
        restoreState(m_normalState);
        m_speed->setValue(m_normalSpeed);
        if (m_normalMaximized)
            showMaximized();
        else
            showNormal();
    }
}

void MainWindow::setPresenterScale(double scale) {
    m_presenterScale = std::clamp(scale, 1.0, 3.0);
    if (m_useSettings) QSettings().setValue(QStringLiteral("presenter/scale"), m_presenterScale);
    if (!m_presenter) return;
    QFont f = m_normalFont;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(m_normalFont.pointSizeF() * m_presenterScale);
    else
        f.setPixelSize(static_cast<int>(std::lround(m_normalFont.pixelSize() * m_presenterScale)));
    QApplication::setFont(f);
}

CompareWindow* MainWindow::openCompare(const QStringList& profiles) {
    const tl::Engine* e = m_controller->engine();
    if (!e) return nullptr;
    auto* w = new CompareWindow(e->scenario(), profiles, this);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setHighContrast(m_presenter);
    w->resize(std::max(width(), 1280), std::max(height(), 800));
    w->show();
    return w;
}

void MainWindow::showLessonLibrary() {
    LessonLibraryDialog dlg(this);
    if (dlg.exec() != QDialog::Accepted || dlg.selectedPath().isEmpty()) return;
    if (maybeSave()) openScenario(dlg.selectedPath());
}

void MainWindow::addLessonStep() {
    m_lesson->addStepHere();
}

void MainWindow::createStatusBar() {
    auto label = [this](const QString& name) {
        auto* l = new QLabel(this);
        l->setObjectName(name);
        l->setMinimumWidth(90);
        statusBar()->addPermanentWidget(l);
        return l;
    };
    m_timeLabel = label(QStringLiteral("statusTime"));
    m_jiffiesLabel = label(QStringLiteral("statusJiffies"));
    m_eventsLabel = label(QStringLiteral("statusEvents"));
    m_profileLabel = label(QStringLiteral("statusProfile"));
}

void MainWindow::setSpeedPosition(int position) {
    m_speed->setValue(position);
}

void MainWindow::onSpeedChanged(int position) {
    const double s = speedForPosition(position);
    m_controller->setSpeed(s);
    m_speedLabel->setText(formatSpeed(s));
}

void MainWindow::readSettings() {
    if (!m_useSettings) {
        m_speed->setValue(30);
        onSpeedChanged(30);
        return;
    }
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_stateRestored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const int speed = settings.value(QStringLiteral("playback/speed"), 30).toInt();
    m_presenterScale =
        std::clamp(settings.value(QStringLiteral("presenter/scale"), 1.6).toDouble(), 1.0, 3.0);
    m_speed->setValue(speed);
    onSpeedChanged(speed);
    m_timeline->setFollowLive(settings.value(QStringLiteral("timeline/follow"), true).toBool());
}

void MainWindow::writeSettings() {
    if (!m_useSettings) return;
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("playback/speed"), m_speed->value());
    settings.setValue(QStringLiteral("timeline/follow"), m_timeline->followLive());
}

QString MainWindow::openScenario(const QString& path, const tl::ScenarioOverrides& overrides) {
    const tl::ScenarioLoadResult r = loadScenario(path, overrides);
    if (!r.ok()) {
        const QString err = errorText(r);
        statusBar()->showMessage(err, 10000);
        if (isVisible()) QMessageBox::warning(this, tr("Open Scenario"), err);
        return err;
    }
    const bool builtin = path.startsWith(QLatin1String(":/"));
    const QString err = m_controller->load(r.scenario, builtin ? QString() : path, builtin);
    if (!err.isEmpty()) {
        statusBar()->showMessage(err, 10000);
        if (isVisible()) QMessageBox::warning(this, tr("Open Scenario"), err);
        return err;
    }
    if (!builtin) addRecent(QFileInfo(path).absoluteFilePath());
    if (r.scenario.profile == "ldd3-book")
        statusBar()->showMessage(
            tr("Profile ldd3-book: the pre-2.6.2 \"mask\" restart rule, the only one that "
               "reproduces the book's sample."),
            10000);
    return {};
}

QString MainWindow::saveScenarioAs(const QString& path) {
    if (!m_controller->engine()) return tr("No scenario is loaded.");
    const QString err = saveScenario(m_controller->engine()->scenario(), path);
    if (!err.isEmpty()) return err;
    m_controller->markSaved(path);
    addRecent(QFileInfo(path).absoluteFilePath());
    updateTitle();
    return {};
}

bool MainWindow::maybeSave() {
    if (!m_controller->isDirty()) return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved session"),
        tr("The simulation has actions that are not saved. Save the scenario (with your actions) first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save) return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::save() {
    if (m_controller->path().isEmpty()) return saveAsDialog();
    const QString err = saveScenarioAs(m_controller->path());
    if (!err.isEmpty()) {
        QMessageBox::warning(this, tr("Save Scenario"), err);
        return false;
    }
    return true;
}

bool MainWindow::saveAsDialog() {
    QString suggestion = m_controller->path();
    if (suggestion.isEmpty()) suggestion = QStringLiteral("session.json");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Scenario As"), suggestion, tr("Scenario files (*.json)"));
    if (path.isEmpty()) return false;
    const QString err = saveScenarioAs(path);
    if (!err.isEmpty()) {
        QMessageBox::warning(this, tr("Save Scenario"), err);
        return false;
    }
    return true;
}

void MainWindow::openDialog() {
    if (!maybeSave()) return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), QString(),
                                                      tr("Scenario files (*.json);;All files (*)"));
    if (!path.isEmpty()) openScenario(path);
}

void MainWindow::exportTraceDialog() {
    if (!m_controller->engine()) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Trace CSV"),
                                                      QStringLiteral("trace.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    const QString err = saveTraceCsv(m_controller->engine()->log(), path);
    if (!err.isEmpty()) QMessageBox::warning(this, tr("Export Trace CSV"), err);
}

void MainWindow::exportJitaskletDialog() {
    if (!m_controller->engine()) return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export /proc Reads CSV"), QStringLiteral("jitasklet.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    const QString err = saveJitaskletCsv(m_controller->engine()->proc_reads(), path);
    if (!err.isEmpty()) QMessageBox::warning(this, tr("Export /proc Reads CSV"), err);
}

void MainWindow::runUntilDialog() {
    tl::Engine* e = m_controller->engine();
    if (!e) return;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Run Until"), tr("Simulated time (e.g. 5ms, 250us, 3j):"), QLineEdit::Normal,
        QString::fromStdString(tl::format_time(e->now() + tl::tick_period(e->hz()))), &ok);
    if (!ok || text.isEmpty()) return;
    const auto r = tl::parse_time(text.trimmed().toStdString(), e->hz());
    if (!r.ok()) {
        QMessageBox::warning(this, tr("Run Until"), QString::fromStdString(r.error));
        return;
    }
    m_controller->runUntil(r.value);
}

void MainWindow::machineDialog() {
    tl::Engine* e = m_controller->engine();
    if (!e) return;
    MachineDialog dlg(e->scenario(), this);
    if (dlg.exec() != QDialog::Accepted) return;
    const QString err = m_controller->rebuild(dlg.result(), false);
    if (!err.isEmpty()) QMessageBox::warning(this, tr("Machine"), err);
}

void MainWindow::resetSimulation() {
    if (!maybeSave()) return;
    m_controller->reset();
}

void MainWindow::onEngineReplaced() {
    const tl::Engine* e = m_controller->engine();
    if (!e) return;
    const auto range = m_timeline->visibleRange();
    m_timeline->setLog(&e->log(), e->scenario().cpus, tl::tick_period(e->hz()), e->scenario().start_jiffies);
    if (e->now() > 0) {
        // Going back (a replayed engine): the teacher keeps looking at the same stretch of time.
        m_timeline->setVisibleRange(range.first, range.second);
    } else if (e->scenario().duration <= 100 * tl::kNsPerMs) {
        // A lesson (a short run) is seen whole from the start; a long run starts on its first ticks.
        m_timeline->setVisibleRange(0, static_cast<double>(e->scenario().duration));
    }
    if (e->log().empty())
        for (const auto& cpu : m_controller->snapshot().cpus)
            m_timeline->seedCurrent(cpu.id, cpu.current_pid, cpu.current_comm);
    const auto& p = e->profile();
    m_profileLabel->setText(
        tr("profile %1").arg(QString::fromUtf8(p.name.data(), static_cast<qsizetype>(p.name.size()))));
    m_profileLabel->setToolTip(QString::fromUtf8(p.summary.data(), static_cast<qsizetype>(p.summary.size())));
    updateTitle();
    updateScrub();
}

void MainWindow::onAdvanced() {
    const tl::Engine* e = m_controller->engine();
    if (!e) return;
    m_timeline->refresh(e->now());
    m_timeLabel->setText(tr("t = %1").arg(formatTime(e->now())));
    m_jiffiesLabel->setText(tr("jiffies %1").arg(e->jiffies()));
    m_eventsLabel->setText(tr("%1 events").arg(e->log().size()));
    updateScrub();
}

QString MainWindow::statusText() const {
    return QStringList{m_timeLabel->text(), m_jiffiesLabel->text(), m_eventsLabel->text(),
                       m_profileLabel->text()}
        .join(QStringLiteral(" | "));
}

void MainWindow::updateTitle() {
    QString name;
    if (const tl::Engine* e = m_controller->engine()) name = lessonText(e->scenario().title);
    if (!m_controller->path().isEmpty()) name = QFileInfo(m_controller->path()).fileName();
    if (name.isEmpty()) name = tr("untitled");
    setWindowTitle(tr("%1[*] — TaskletLab").arg(name));
    setWindowModified(m_controller->isDirty());
}

void MainWindow::addRecent(const QString& path) {
    if (!m_useSettings) return;
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    if (!m_recentMenu) return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString& path : recent) {
        QAction* a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave()) openScenario(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About TaskletLab"),
                       tr("<b>TaskletLab</b><br>A deterministic simulator of Linux tasklets and softirqs for "
                          "teaching LDD3 chapter 7.5.<br>The engine owns the simulated kernel; this window "
                          "shows it and records every action you make so that the session can be saved and "
                          "replayed."));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_handedOver) { // the simulation lives on in the rebuilt window
        event->accept();
        return;
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (m_presenter) setPresenterMode(false); // remember the ordinary layout, not the presenter's
    writeSettings();
    event->accept();
}

} // namespace tlui
