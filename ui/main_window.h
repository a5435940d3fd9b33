// The main window: timeline in the centre, dockable panels, playback controls, File menu with
// open/save/recent/unsaved-work prompt, and the status bar. Layout and preferences live in QSettings.
#pragma once

#include <io/scenario_loader.h>

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSlider;

namespace tlui {

class InspectorPanel;
class IrqPanel;
class KernelLogPanel;
class LessonPanel;
class ProcPanel;
class SimulationController;
class TaskletPanel;
class TimelineView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // restoreSettings false: the default layout, ignoring (and never writing) QSettings (screenshots).
    explicit MainWindow(QWidget* parent = nullptr, bool restoreSettings = true);
    ~MainWindow() override;

    // Opens a scenario file or a ":/" lesson; returns the error text (also shown), empty on success.
    QString openScenario(const QString& path, const tl::ScenarioOverrides& overrides = {});
    // Writes the session (scenario + recorded actions) to path; returns an error text or empty.
    QString saveScenarioAs(const QString& path);
    // Asks whether to save unsaved work; false if the user cancels.
    bool maybeSave();

    SimulationController* controller() const { return m_controller; }
    TimelineView* timeline() const { return m_timeline; }
    TaskletPanel* taskletPanel() const { return m_tasklets; }
    ProcPanel* procPanel() const { return m_proc; }
    InspectorPanel* inspectorPanel() const { return m_inspector; }
    KernelLogPanel* kernelLogPanel() const { return m_kernelLog; }
    IrqPanel* irqPanel() const { return m_irq; }
    QString statusText() const;
    QAction* action(const QString& objectName) const;
    void setSpeedPosition(int position); // the speed slider (0 = 1 us/s ... kSpeedMax = max)
    static constexpr int kSpeedMax = 61;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void readSettings();
    void writeSettings();
    void onEngineReplaced();
    void onAdvanced();
    void updateTitle();
    void updateRecentMenu();
    void addRecent(const QString& path);
    void openDialog();
    bool save();
    bool saveAsDialog();
    void exportTraceDialog();
    void exportJitaskletDialog();
    void runUntilDialog();
    void machineDialog();
    void resetSimulation();
    void onSpeedChanged(int position);
    void about();

    SimulationController* m_controller;
    TimelineView* m_timeline;
    TaskletPanel* m_tasklets = nullptr;
    ProcPanel* m_proc = nullptr;
    InspectorPanel* m_inspector = nullptr;
    KernelLogPanel* m_kernelLog = nullptr;
    IrqPanel* m_irq = nullptr;
    LessonPanel* m_lesson = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_lessonsMenu = nullptr;
    QSlider* m_speed = nullptr;
    QLabel* m_speedLabel = nullptr;
    QLabel* m_timeLabel = nullptr;
    QLabel* m_jiffiesLabel = nullptr;
    QLabel* m_eventsLabel = nullptr;
    QLabel* m_profileLabel = nullptr;
    QAction* m_playAction = nullptr;
    QAction* m_followAction = nullptr;
    bool m_useSettings = true;
    bool m_stateRestored = false;
};

} // namespace tlui
