// Drives the engine from the event loop in bounded slices (see simulation_controller.h).
#include "simulation_controller.h"

#include <trace/playback/rewind.h>

#include <stdexcept>

namespace tlui {

namespace {
tl::EngineOptions guiOptions() {
    tl::EngineOptions opts;
    opts.fine_steps = true; // one-event stepping; the event stream is the same
    return opts;
}
} // namespace

SimulationController::SimulationController(QObject* parent)
    : QObject(parent) {
    m_sliceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_sliceTimer, &QTimer::timeout, this, &SimulationController::onSlice);
    m_updateTimer.setSingleShot(true);
    connect(&m_updateTimer, &QTimer::timeout, this, &SimulationController::emitUpdate);
    m_sinceUpdate.start();
    m_wall.start();
}

SimulationController::~SimulationController() = default;

QString SimulationController::load(const tl::Scenario& scenario, const QString& path, bool builtin) {
    std::unique_ptr<tl::Engine> engine;
    try {
        engine = std::make_unique<tl::Engine>(scenario, guiOptions());
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    setRunning(false);
    m_goal = Goal::None;
    m_sliceTimer.stop();
    m_engine = std::move(engine);
    ++m_changes;
    m_base = scenario;
    m_path = path;
    m_builtin = builtin;
    m_finishedReported = false;
    setDirty(false);
    emit engineReplaced();
    flushUpdates();
    return {};
}

void SimulationController::reset() {
    load(m_base, m_path, m_builtin);
}

QString SimulationController::rebuild(tl::Scenario scenario, bool keepActions) {
    if (keepActions && m_engine) scenario.actions = m_engine->scenario().actions;
    const QString path = m_path;
    const bool builtin = m_builtin;
    const QString err = load(scenario, path, builtin);
    if (err.isEmpty()) setDirty(true);
    return err;
}

void SimulationController::markSaved(const QString& path) {
    if (m_engine) m_base = m_engine->scenario();
    m_path = path;
    m_builtin = false;
    setDirty(false);
}

const tl::MachineState& SimulationController::snapshot() {
    if (!m_engine) {
        m_snapshot = {};
        return m_snapshot;
    }
    // Events, time and actions identify a state: anything that changes it changes one of them.
    const std::uint64_t key = (static_cast<std::uint64_t>(m_engine->log().size()) * 1000003ULL) ^
                              (static_cast<std::uint64_t>(m_engine->now()) * 7919ULL) ^ (m_changes << 48);
    if (key != m_snapshotKey) {
        m_snapshot = m_engine->snapshot();
        m_snapshotKey = key;
    }
    return m_snapshot;
}

void SimulationController::setDirty(bool d) {
    if (m_dirty == d) return;
    m_dirty = d;
    emit dirtyChanged(d);
}

QString SimulationController::inject(const tl::ActionSpec& action) {
    if (!m_engine) return tr("No scenario is loaded.");
    tl::ActionSpec a = action;
    a.at = m_engine->now();
    return recordChange(m_engine->inject(a));
}

QString SimulationController::recordChange(const std::string& engineError) {
    const QString err = QString::fromStdString(engineError);
    ++m_changes;
    if (err.isEmpty()) {
        setDirty(true);
        scheduleUpdate();
    } else {
        emit message(err);
    }
    return err;
}

QString SimulationController::addTasklet(const tl::TaskletSpec& spec) {
    if (!m_engine) return tr("No scenario is loaded.");
    return recordChange(m_engine->add_tasklet(spec));
}

QString SimulationController::addIrqSource(const tl::IrqSpec& spec) {
    if (!m_engine) return tr("No scenario is loaded.");
    return recordChange(m_engine->add_irq_source(spec));
}

void SimulationController::setRunning(bool on) {
    if (on && (!m_engine || m_engine->finished())) {
        if (m_engine) emit message(tr("The run has reached its end. Reset to start again."));
        on = false;
    }
    if (!on) m_goal = Goal::None;
    if (m_running == on) {
        if (!on && m_goal == Goal::None) m_sliceTimer.stop();
        return;
    }
    m_running = on;
    if (on) {
        m_anchorSim = m_engine->now();
        m_wall.restart();
        m_sliceTimer.start(m_speed <= 0 ? 0 : 4);
    } else {
        m_sliceTimer.stop();
    }
    emit runningChanged(on);
}

void SimulationController::setSpeed(double simNanosPerSecond) {
    m_speed = simNanosPerSecond;
    if (m_engine) m_anchorSim = m_engine->now();
    m_wall.restart();
    if (m_running) m_sliceTimer.start(m_speed <= 0 ? 0 : 4);
}

bool SimulationController::stepOnce() {
    if (m_engine->finished()) return false;
    return m_engine->step();
}

void SimulationController::startGoal(Goal g, tl::Nanos t) {
    if (!m_engine || m_engine->finished()) return;
    setRunning(false);
    m_goal = g;
    m_goalTime = t;
    m_goalScan = m_engine->log().size();
    m_sliceTimer.start(0);
}

void SimulationController::stepEvent() {
    if (!m_engine) return;
    setRunning(false);
    const std::size_t before = m_engine->log().size();
    // A step may only move time (a CPU waiting for its next event): go on until one event appears.
    for (int i = 0; i < 100000 && m_engine->log().size() == before; ++i)
        if (!stepOnce()) break;
    scheduleUpdate();
    checkFinished();
}

void SimulationController::stepTick() {
    if (!m_engine) return;
    const tl::Nanos period = tl::tick_period(m_engine->hz());
    startGoal(Goal::Time, (m_engine->now() / period + 1) * period);
}

void SimulationController::runUntil(tl::Nanos t) {
    startGoal(Goal::Time, t);
}

void SimulationController::runToNextTaskletRun() {
    startGoal(Goal::TaskletRun, 0);
}

void SimulationController::runToNextLessonStep() {
    if (!m_engine) return;
    const tl::Nanos now = m_engine->now();
    for (const auto& s : m_engine->scenario().steps) {
        if (s.at > now) {
            startGoal(Goal::Time, s.at);
            return;
        }
    }
    emit message(tr("There is no further lesson step."));
}

void SimulationController::runUntilBlocking(tl::Nanos t) {
    if (!m_engine) return;
    m_engine->run_until(t);
    flushUpdates();
    checkFinished();
}

void SimulationController::onSlice() {
    if (!m_engine) {
        m_sliceTimer.stop();
        return;
    }
    QElapsedTimer budget;
    budget.start();
    tl::Engine& e = *m_engine;
    int n = 0;
    auto overBudget = [&] { return (++n & 15) == 0 && budget.elapsed() >= kSliceBudgetMs; };

    if (m_goal == Goal::Time) {
        bool done = false;
        while (!e.finished()) {
            if (e.next_step_time() > m_goalTime) {
                e.run_until(m_goalTime);
                done = true;
                break;
            }
            if (!stepOnce() || overBudget()) break;
        }
        if (done || e.finished()) {
            m_goal = Goal::None;
            m_sliceTimer.stop();
        }
    } else if (m_goal == Goal::TaskletRun) {
        bool found = false;
        while (!found && !e.finished()) {
            if (!stepOnce()) break;
            const auto& log = e.log();
            for (; m_goalScan < log.size(); ++m_goalScan)
                if (log[m_goalScan].type == tl::EventType::TaskletEntry) found = true;
            if (overBudget()) break;
        }
        if (found || e.finished()) {
            m_goal = Goal::None;
            m_sliceTimer.stop();
            if (!found) emit message(tr("No tasklet ran before the end of the run."));
        }
    } else if (m_running) {
        const tl::Nanos stepAt = m_pauseAtSteps ? nextStepTime() : tl::kForever;
        if (m_speed <= 0) {
            while (!e.finished()) {
                if (e.next_step_time() > stepAt) {
                    stopAtStep(stepAt);
                    break;
                }
                if (!stepOnce() || overBudget()) break;
            }
        } else {
            const auto wallNs = static_cast<double>(m_wall.nsecsElapsed());
            const auto target = m_anchorSim + static_cast<tl::Nanos>(wallNs * m_speed / 1e9);
            bool caughtUp = false;
            while (!e.finished()) {
                if (stepAt <= target && e.next_step_time() > stepAt) {
                    caughtUp = stopAtStep(stepAt);
                    break;
                }
                if (e.next_step_time() > target) {
                    if (target > e.now()) e.run_until(target);
                    caughtUp = true;
                    break;
                }
                if (!stepOnce() || overBudget()) break;
            }
            if (!caughtUp) {
                // Too much work for this speed: slow down instead of bursting to catch up.
                m_anchorSim = e.now();
                m_wall.restart();
            }
        }
    } else {
        m_sliceTimer.stop();
    }
    scheduleUpdate();
    checkFinished();
}

tl::Nanos SimulationController::nextStepTime() const {
    if (!m_engine) return tl::kForever;
    const tl::Nanos now = m_engine->now();
    for (const auto& s : m_engine->scenario().steps)
        if (s.at > now) return s.at;
    return tl::kForever;
}

bool SimulationController::stopAtStep(tl::Nanos stepAt) {
    if (stepAt == tl::kForever) return false;
    m_engine->run_until(stepAt);
    setRunning(false);
    emit lessonStepReached(lessonStep());
    return true;
}

int SimulationController::lessonStep() const {
    if (!m_engine) return -1;
    int cur = -1;
    const auto& steps = m_engine->scenario().steps;
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (steps[i].at <= m_engine->now()) cur = static_cast<int>(i);
    return cur;
}

QString SimulationController::addLessonStep(const tl::StepSpec& step) {
    if (!m_engine) return tr("No scenario is loaded.");
    tl::StepSpec s = step;
    s.at = m_engine->now();
    const QString err = recordChange(m_engine->add_step(s));
    if (err.isEmpty()) emit stepsChanged(); // narration only: the run and its views stay
    return err;
}

void SimulationController::replaceEngine(std::unique_ptr<tl::Engine> engine) {
    setRunning(false);
    m_goal = Goal::None;
    m_sliceTimer.stop();
    m_engine = std::move(engine);
    ++m_changes;
    m_finishedReported = m_engine->finished();
    emit engineReplaced();
    flushUpdates();
}

void SimulationController::replayToTime(tl::Nanos t) {
    adoptReplay(tl::rewind_to_time(m_engine->scenario(), guiOptions(), m_engine->log(), t));
}

void SimulationController::replayToEvent(std::size_t n) {
    adoptReplay(
        tl::rewind_to(m_engine->scenario(), guiOptions(), m_engine->log(), n, m_engine->log().size()));
}

void SimulationController::adoptReplay(tl::Rewound r) {
    if (!r.engine) {
        emit message(tr("Cannot go back: %1. Use Reset instead.").arg(QString::fromStdString(r.error)));
        return;
    }
    replaceEngine(std::move(r.engine));
}

void SimulationController::stepBackEvent() {
    if (!m_engine) return;
    if (m_engine->log().empty() && m_engine->now() == 0) {
        emit message(tr("Already at the start of the run."));
        return;
    }
    const std::size_t size = m_engine->log().size();
    // Time may have moved past the last event (a run to a time): going back one event then means
    // returning to that event, i.e. the step boundary that ends with it.
    if (size > 0 && m_engine->now() > m_engine->log()[size - 1].time) {
        replayToEvent(size);
        return;
    }
    if (size == 0) {
        replayToTime(0);
        return;
    }
    replayToEvent(size - 1);
}

void SimulationController::stepBackTick() {
    if (!m_engine) return;
    const tl::Nanos period = tl::tick_period(m_engine->hz());
    const tl::Nanos now = m_engine->now();
    if (now <= 0) {
        emit message(tr("Already at the start of the run."));
        return;
    }
    // Forward "Step to Next Tick" stops at a multiple of the tick period: back stops at the previous one.
    const tl::Nanos t = now % period == 0 ? now - period : now / period * period;
    replayToTime(std::max<tl::Nanos>(0, t));
}

void SimulationController::backToPreviousLessonStep() {
    if (!m_engine) return;
    const tl::Nanos now = m_engine->now();
    tl::Nanos target = 0;
    for (const auto& s : m_engine->scenario().steps)
        if (s.at < now) target = s.at;
    if (now <= 0) {
        emit message(tr("Already at the start of the run."));
        return;
    }
    replayToTime(target);
}

void SimulationController::backToPreviousTaskletRun() {
    if (!m_engine) return;
    const tl::EventLog& log = m_engine->log();
    if (log.size() < 2) {
        replayToTime(0);
        return;
    }
    for (std::size_t i = log.size() - 1; i-- > 0;)
        if (log[i].type == tl::EventType::TaskletEntry) {
            replayToEvent(i + 1);
            return;
        }
    emit message(tr("No tasklet ran before this point."));
}

void SimulationController::seekTime(tl::Nanos t) {
    if (!m_engine) return;
    t = std::max<tl::Nanos>(0, t);
    if (t < m_engine->now())
        replayToTime(t);
    else if (t > m_engine->now())
        runUntil(t);
}

void SimulationController::seekLessonStep(int step) {
    if (!m_engine) return;
    const auto& steps = m_engine->scenario().steps;
    if (step < 0 || step >= static_cast<int>(steps.size())) return;
    seekTime(steps[static_cast<std::size_t>(step)].at);
}

void SimulationController::checkFinished() {
    if (!m_engine || !m_engine->finished() || m_finishedReported) return;
    m_finishedReported = true;
    m_goal = Goal::None;
    setRunning(false);
    m_sliceTimer.stop();
    emit finished();
}

void SimulationController::scheduleUpdate() {
    if (m_updateTimer.isActive()) return;
    const qint64 wait = kMinRepaintIntervalMs - m_sinceUpdate.elapsed();
    m_updateTimer.start(static_cast<int>(std::max<qint64>(0, wait)));
}

void SimulationController::flushUpdates() {
    m_updateTimer.stop();
    emitUpdate();
}

void SimulationController::emitUpdate() {
    m_sinceUpdate.restart();
    emit advanced();
}

} // namespace tlui
