// The main window (see main_window.h).
#include "main_window.h"

#include "display_format.h"
#include "inspector_panel.h"
#include "irq_panel.h"
#include "kernel_log_panel.h"
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
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <cmath>

namespace tlui {

namespace {
constexpr int kMaxRecent = 8;

double speedForPosition(int p) {
    if (p >= MainWindow::kSpeedMax) return SimulationController::kMaxSpeed;
    return SimulationController::kSlowest * std::pow(10.0, p / 10.0);
}
} // namespace

MainWindow::MainWindow(QWidget* parent, bool restoreSettings)
    : QMainWindow(parent)
    , m_controller(new SimulationController(this))
    , m_timeline(new TimelineView(this))
    , m_useSettings(restoreSettings) {
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_timeline);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);
    createActions();
    createDocks();
    createMenus();
    createToolBar();
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
    connect(m_timeline, &TimelineView::followLiveChanged, m_followAction, &QAction::setChecked);
    readSettings();
    updateTitle();
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
    auto* dt = dock(QStringLiteral("dockTasklets"), tr("Tasklets"), m_tasklets, Qt::RightDockWidgetArea);
    auto* di =
        dock(QStringLiteral("dockInspector"), tr("Kernel State"), m_inspector, Qt::RightDockWidgetArea);
    auto* dq = dock(QStringLiteral("dockIrqs"), tr("IRQs and Load"), m_irq, Qt::RightDockWidgetArea);
    auto* dp = dock(QStringLiteral("dockProc"), tr("/proc"), m_proc, Qt::BottomDockWidgetArea);
    auto* dk = dock(QStringLiteral("dockKernelLog"), tr("Kernel Log"), m_kernelLog, Qt::BottomDockWidgetArea);
    auto* dl = dock(QStringLiteral("dockLesson"), tr("Lesson"), m_lesson, Qt::LeftDockWidgetArea);
    splitDockWidget(dt, di, Qt::Vertical);
    tabifyDockWidget(di, dq);
    di->raise();
    splitDockWidget(dp, dk, Qt::Horizontal);
    // Default proportions, applied once the window has its size (a restored state replaces them).
    QTimer::singleShot(0, this, [this, dt, di, dp, dk, dl] {
        if (m_stateRestored) return;
        resizeDocks({dt, di}, {height() * 2 / 5, height() * 3 / 5}, Qt::Vertical);
        resizeDocks({dt}, {width() * 3 / 10}, Qt::Horizontal);
        resizeDocks({dp}, {height() * 3 / 10}, Qt::Vertical);
        resizeDocks({dp, dk}, {width() * 2 / 3, width() / 3}, Qt::Horizontal);
        resizeDocks({dl}, {width() / 6}, Qt::Horizontal);
    });
    m_viewMenu = new QMenu(tr("&View"), this);
    for (QDockWidget* d : {dl, dt, di, dq, dp, dk})
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
                          "actionNextTaskletRun", "actionNextLessonStep", "actionReset"})
        sim->addAction(action(QString::fromLatin1(n)));
    sim->addSeparator();
    sim->addAction(action(QStringLiteral("actionMachine")));

    menuBar()->addMenu(m_viewMenu);
    m_viewMenu->addSeparator();
    for (const char* n : {"actionZoomIn", "actionZoomOut", "actionZoomFit", "actionFollow"})
        m_viewMenu->addAction(action(QString::fromLatin1(n)));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("actionAbout")));
}

void MainWindow::createToolBar() {
    QToolBar* tb = addToolBar(tr("Playback"));
    tb->setObjectName(QStringLiteral("toolbarPlayback"));
    tb->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char* n : {"actionPlay", "actionStepEvent", "actionStepTick", "actionRunUntil",
                          "actionNextTaskletRun", "actionNextLessonStep", "actionReset"})
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
    for (const char* n : {"actionZoomIn", "actionZoomOut", "actionZoomFit", "actionFollow"})
        tb->addAction(action(QString::fromLatin1(n)));
    tb->addSeparator();
    tb->addAction(action(QStringLiteral("actionMachine")));
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
    m_timeline->setLog(&e->log(), e->scenario().cpus, tl::tick_period(e->hz()), e->scenario().start_jiffies);
    if (e->log().empty())
        for (const auto& cpu : m_controller->snapshot().cpus)
            m_timeline->seedCurrent(cpu.id, cpu.current_pid, cpu.current_comm);
    const auto& p = e->profile();
    m_profileLabel->setText(
        tr("profile %1").arg(QString::fromUtf8(p.name.data(), static_cast<qsizetype>(p.name.size()))));
    m_profileLabel->setToolTip(QString::fromUtf8(p.summary.data(), static_cast<qsizetype>(p.summary.size())));
    updateTitle();
}

void MainWindow::onAdvanced() {
    const tl::Engine* e = m_controller->engine();
    if (!e) return;
    m_timeline->refresh(e->now());
    m_timeLabel->setText(tr("t = %1").arg(formatTime(e->now())));
    m_jiffiesLabel->setText(tr("jiffies %1").arg(e->jiffies()));
    m_eventsLabel->setText(tr("%1 events").arg(e->log().size()));
}

QString MainWindow::statusText() const {
    return QStringList{m_timeLabel->text(), m_jiffiesLabel->text(), m_eventsLabel->text(),
                       m_profileLabel->text()}
        .join(QStringLiteral(" | "));
}

void MainWindow::updateTitle() {
    QString name;
    if (const tl::Engine* e = m_controller->engine()) name = QString::fromStdString(e->scenario().title);
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
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

} // namespace tlui
