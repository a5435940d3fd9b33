// Drives the engine from the event loop in bounded slices (never more than ~10 ms of work per turn),
// at a speed from slow motion to as fast as possible, and coalesces view updates to <= 60 per second.
// It owns the engine; views read snapshots and the event log, and act through inject().
#pragma once

#include <engine/engine.h>
#include <trace/playback/rewind.h>

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace tlui {

class SimulationController : public QObject {
    Q_OBJECT
public:
    static constexpr double kMaxSpeed = 0;           // speed value meaning "as fast as possible"
    static constexpr double kRealTime = 1e9;         // simulated ns per wall second
    static constexpr double kSlowest = 1e3;          // 1 us of simulated time per second
    static constexpr int kSliceBudgetMs = 8;         // work per event-loop turn
    static constexpr int kMinRepaintIntervalMs = 16; // <= 60 repaints per second

    explicit SimulationController(QObject* parent = nullptr);
    ~SimulationController() override;

    // Replace the machine: a new engine for `scenario` at time 0. Returns an error text (invalid
    // scenario), empty on success. `path` is the file it came from (empty for a new/builtin one).
    QString load(const tl::Scenario& scenario, const QString& path = {}, bool builtin = false);
    // Back to time 0 with the loaded scenario (user actions of this session are dropped).
    void reset();

    tl::Engine* engine() const { return m_engine.get(); }
    // The engine's snapshot, taken at most once per simulated change and shared by every panel.
    const tl::MachineState& snapshot();
    const tl::Scenario& baseScenario() const { return m_base; }
    QString path() const { return m_path; }
    bool isBuiltin() const { return m_builtin; }
    bool isDirty() const { return m_dirty; }
    void markSaved(const QString& path);

    bool isRunning() const { return m_running; }
    double speed() const { return m_speed; }

    // User actions, at the engine's now(); recorded into the engine's scenario. Empty string or an error.
    QString inject(const tl::ActionSpec& action);
    QString addTasklet(const tl::TaskletSpec& spec);
    QString addIrqSource(const tl::IrqSpec& spec);
    // Replace the base scenario (machine settings, removed tasklets...) and restart from time 0,
    // keeping the session's recorded actions when keepActions.
    QString rebuild(tl::Scenario scenario, bool keepActions);

    // Narrated lesson steps: the current one (the last whose time is <= now, -1 before the first), and
    // authoring a new one at now (recorded in the scenario, so Save As keeps it).
    int lessonStep() const;
    QString addLessonStep(const tl::StepSpec& step);
    // While running, stop at every lesson step's time so the teacher can talk (default on).
    bool pauseAtSteps() const { return m_pauseAtSteps; }
    void setPauseAtSteps(bool on) { m_pauseAtSteps = on; }

    // Synchronous run (command line --run-until, tests): simulates up to t (or the end) now.
    void runUntilBlocking(tl::Nanos t);
    // Emit the pending view update right away (tests, screenshots).
    void flushUpdates();

public slots:
    void setRunning(bool on);
    void togglePlay() { setRunning(!m_running); }
    void setSpeed(double simNanosPerSecond); // kMaxSpeed (0) = as fast as possible
    void stepEvent();                        // one event (fine steps)
    void stepTick();                         // up to and including the next timer tick
    void runUntil(tl::Nanos t);              // asynchronously, as fast as possible, then pause
    void runToNextTaskletRun();
    void runToNextLessonStep();
    // Going back: the engine is replaced by a replay of the same scenario (every action recorded so
    // far) to the earlier point, checked event by event against this run's log. Forward again from
    // there is the same run. Back by time lands where forward by time stops (run_until semantics).
    void stepBackEvent(); // the step boundary before the current one
    void stepBackTick();  // the previous tick boundary (a multiple of the tick period)
    void backToPreviousLessonStep();
    void backToPreviousTaskletRun(); // just after the previous tasklet callback started
    void seekTime(tl::Nanos t);      // anywhere: back by replay, forward by running (asynchronously)
    void seekLessonStep(int step);   // the state at that step's time

signals:
    void engineReplaced(); // a new engine: views must reset (log pointers change)
    void advanced();       // the simulation moved (coalesced to <= 60 per second)
    void runningChanged(bool running);
    void dirtyChanged(bool dirty);
    void finished();                   // the run reached its end (or the machine panicked)
    void lessonStepReached(int step);  // a run stopped at a lesson step (pause at steps)
    void stepsChanged();               // a lesson step was added (the engine and its log are unchanged)
    void message(const QString& text); // a status-bar message (why an action was refused...)

private:
    enum class Goal { None, Time, TaskletRun };
    void onSlice();
    void scheduleUpdate();
    void emitUpdate();
    void startGoal(Goal g, tl::Nanos t);
    void setDirty(bool d);
    bool stepOnce(); // one engine step; false at the end
    void checkFinished();
    tl::Nanos nextStepTime() const;    // the first lesson step after now, or kForever
    bool stopAtStep(tl::Nanos stepAt); // run_until(stepAt) and pause there; true if it stopped
    // Replace the engine by an earlier state of the same run (see stepBackEvent).
    void replaceEngine(std::unique_ptr<tl::Engine> engine);
    void replayToTime(tl::Nanos t);
    void replayToEvent(std::size_t n);
    void adoptReplay(tl::Rewound r);
    // After an engine call that records a user change: dirty and an update, or the refusal shown.
    QString recordChange(const std::string& engineError);

    std::unique_ptr<tl::Engine> m_engine;
    tl::Scenario m_base;
    QString m_path;
    bool m_builtin = false;
    bool m_dirty = false;
    bool m_running = false;
    bool m_finishedReported = false;
    bool m_pauseAtSteps = true;
    double m_speed = 1e6; // 1 ms of simulated time per second
    Goal m_goal = Goal::None;
    tl::Nanos m_goalTime = 0;
    std::size_t m_goalScan = 0;
    QTimer m_sliceTimer;
    QTimer m_updateTimer;
    QElapsedTimer m_wall;      // wall clock since the last (re)anchor of real-time pacing
    tl::Nanos m_anchorSim = 0; // simulated time at that anchor
    QElapsedTimer m_sinceUpdate;
    tl::MachineState m_snapshot;
    std::uint64_t m_snapshotKey = ~std::uint64_t{0};
    std::uint64_t m_changes = 0; // bumped by every action and engine replacement
};

} // namespace tlui
