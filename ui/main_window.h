// The main window: timeline in the centre, dockable panels, playback controls, File menu with
// open/save/recent/unsaved-work prompt, and the status bar. Layout and preferences live in QSettings.
#pragma once

#include <io/scenario_loader.h>

#include <QFont>
#include <QMainWindow>
#include <QPalette>
#include <QTimer>

class QAction;
class QLabel;
class QMenu;
class QSlider;

namespace tlui {

class CompareWindow;
class InspectorPanel;
class KernelCodePanel;
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
    // adopt: take over a running simulation (the language switch rebuilds the window around it).
    explicit MainWindow(QWidget* parent = nullptr, bool restoreSettings = true,
                        SimulationController* adopt = nullptr);
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
    LessonPanel* lessonPanel() const { return m_lesson; }
    KernelCodePanel* kernelCodePanel() const { return m_code; }
    QSlider* scrubSlider() const { return m_scrub; }
    QString scrubText() const;

    // Presenter mode (F11): full screen, larger text (adjustable), a high-contrast palette, only the
    // timeline, lesson, kernel code and /proc, and slow-motion playback. Leaving restores everything.
    void setPresenterMode(bool on);
    bool presenterMode() const { return m_presenter; }
    void setPresenterScale(double scale); // text size factor in presenter mode, 1.0 ... 3.0
    double presenterScale() const { return m_presenterScale; }

    // View → Language: installs the translators and rebuilds the window around the same simulation
    // (every text is built in the new language); the choice is remembered. Returns the new window,
    // which replaces this one (this one hides, and deletes itself if it has WA_DeleteOnClose).
    MainWindow* switchLanguage(const QString& code);

    // Simulation → Compare Profiles: the current scenario (with the session's actions) side by side
    // under several profiles. `profiles` empty: the compare window's defaults.
    CompareWindow* openCompare(const QStringList& profiles = {});
    void showLessonLibrary();
    QString statusText() const;
    QAction* action(const QString& objectName) const;
    void setSpeedPosition(int position); // the speed slider (0 = 1 us/s ... kSpeedMax = max)
    static constexpr int kSpeedMax = 61;

signals:
    void replacedBy(MainWindow* window); // after switchLanguage()

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
    void createScrubBar();
    void updateScrub();
    void onScrubMoved(int value);
    void createLanguageMenu();
    void addLessonStep();

    SimulationController* m_controller;
    TimelineView* m_timeline;
    TaskletPanel* m_tasklets = nullptr;
    ProcPanel* m_proc = nullptr;
    InspectorPanel* m_inspector = nullptr;
    KernelLogPanel* m_kernelLog = nullptr;
    IrqPanel* m_irq = nullptr;
    LessonPanel* m_lesson = nullptr;
    KernelCodePanel* m_code = nullptr;
    QList<class QDockWidget*> m_docks;
    QMenu* m_languageMenu = nullptr;
    QSlider* m_scrub = nullptr;
    QLabel* m_scrubLabel = nullptr;
    QTimer m_scrubTimer;
    bool m_presenter = false;
    double m_presenterScale = 1.6;
    QByteArray m_normalState;
    QFont m_normalFont;
    QPalette m_normalPalette;
    int m_normalSpeed = 30;
    bool m_normalMaximized = false;
    bool m_handedOver = false; // the simulation went to a rebuilt window (language switch)
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
