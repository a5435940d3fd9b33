// Debugger-like playback of a scenario: forward and backward by event, tick, lesson step or tasklet run,
// and seeking to any event or time. Plain C++20.
//
// The engine cannot copy its state (its kernel code is coroutines), but it is deterministic, so going
// back is a replay: a fresh Engine over the same scenario run to the target. To make that fast and exact
// the Playback keeps a *timeline*: one complete fine-stepped run of the scenario, with every step
// boundary recorded (the log sizes at which Engine::step() returned). A seek to event N then runs a new
// engine with run_until() to just before the time of the boundary's last event (the bulk, no per-step
// bookkeeping) and step()s the last few events. Every replay is checked against the timeline, event by
// event; a mismatch is recorded in divergences() (it would be an engine determinism bug).
//
// Positions. The position N means "events [0, N) have happened". The engine only pauses at step
// boundaries (EngineOptions::fine_steps pauses after almost every event; a few events, e.g. IRQ entry and
// TimerTick, come out of one step), so the live engine is kept at the smallest boundary L >= N.
// snapshot() is the state at L; exact() says whether L == N. Because L depends only on N, every way of
// reaching N (forward steps, backward steps, seeks) gives the same state.
#pragma once

#include <engine/engine.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tl {

class Playback {
public:
    // Throws std::invalid_argument (from Engine) if the scenario is not valid. Runs the timeline.
    explicit Playback(Scenario scenario);
    ~Playback();
    Playback(const Playback&) = delete;
    Playback& operator=(const Playback&) = delete;

    // ---- the position
    std::size_t position() const { return pos_; }       // N: events [0, N) have happened
    Nanos time() const;                                  // time of event N-1 (0 before the first event)
    std::size_t total_events() const;                    // events of the whole run
    bool at_start() const { return pos_ == 0; }
    bool at_end() const { return pos_ >= total_events(); }

    // ---- what the GUI shows at the position
    const Scenario& scenario() const { return scenario_; } // with every injected action
    // The whole run's events (for timelines and look-ahead); only [0, position()) "has happened".
    const EventLog& timeline() const;
    const Event& event(std::size_t i) const;             // timeline()[i]
    std::vector<Event> events() const;                   // copies of [0, position())
    // The live engine (its log has state_events() >= position() events; it is at that boundary).
    const Engine& engine() const { return *live_; }
    MachineState snapshot() const;                       // the state at the boundary (see above)
    bool exact() const;                                  // state_events() == position()
    std::size_t state_events() const;                    // L
    std::size_t boundary_at_or_after(std::size_t n) const; // the smallest step boundary >= n
    // Index into scenario().steps of the current lesson step: the last step whose position
    // (step_position) is <= position(); -1 before the first step or when there are none.
    int lesson_step() const;
    // A lesson step's position: before the first event at or after its `at` (so it can be predicted).
    std::size_t step_position(std::size_t step) const;

    // ---- forward (from the live engine, no replay). False when nothing moved (at the end).
    bool forward();              // one event
    bool forward_tick();         // to just after the next TimerTick (any CPU)
    bool forward_step();         // to the next lesson step's position
    bool forward_tasklet_run();  // to just after the next TaskletEntry (the callback is running)
    // ---- backward (replay when the target is before the live engine's previous boundary)
    bool back();                 // one event
    bool back_tick();            // to just after the previous TimerTick (or the start)
    bool back_step();            // to the previous lesson step's position (or the start)
    bool back_tasklet_run();     // to just after the previous TaskletEntry (or the start)
    // ---- seeking
    void seek(std::size_t n);    // clamped to total_events()
    void seek_time(Nanos t);     // to just after the last event whose time is <= t
    void seek_step(std::size_t step);

    // ---- changing the run at the position. The change is recorded in scenario(), the timeline is
    // recomputed and the live engine replayed, so later replays include it. Returns "" or why not.
    std::string inject(ActionSpec action);          // happens at the engine's now (Engine::inject)
    std::string add_tasklet(const TaskletSpec& spec);

    // ---- diagnostics
    std::uint64_t replays() const { return replays_; }           // engines re-created for going back
    std::uint64_t replayed_steps() const { return replayed_steps_; } // step() calls made in replays
    // Replays or changes whose events differed from the timeline (should always be empty).
    const std::vector<std::string>& divergences() const { return divergences_; }

private:
    void build_timeline();
    void replay_to(std::size_t boundary);
    void advance_live_to(std::size_t boundary);
    void go(std::size_t n);
    void check_prefix(const EventLog& a, const EventLog& b, std::size_t n, const char* what);

    Scenario scenario_;
    std::unique_ptr<Engine> timeline_;
    std::vector<std::uint32_t> bounds_; // step boundaries of the timeline, ascending, without 0
    std::size_t first_boundary_ = 0;    // events the Engine constructor emits
    std::unique_ptr<Engine> live_;
    std::size_t pos_ = 0;
    std::uint64_t replays_ = 0;
    std::uint64_t replayed_steps_ = 0;
    std::vector<std::string> divergences_;
};

// Human-readable differences between two machine states (empty when equal): every field of every CPU,
// tasklet and task is compared. For tests and for checking that two routes reach the same state.
std::string state_difference(const MachineState& a, const MachineState& b);

// True when the events [0, n) of two logs have the same content (strings compared by text).
bool same_events(const EventLog& a, const EventLog& b, std::size_t n, std::string* why = nullptr);

} // namespace tl
