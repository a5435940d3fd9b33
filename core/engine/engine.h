// The simulated kernel: CPUs, ticks, hard IRQs, softirqs, tasklets, tasks and the jit module.
// Plain C++20. It owns all state, advances deterministically and emits a compact event stream.
#pragma once

#include "event_log.h"
#include "machine_state.h"
#include "proc_read.h"
#include "profile.h"
#include "scenario.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tl {

struct EngineOptions {
    // Suspend after every kernel step that emits an event, so that a debugger-like UI can advance one
    // event at a time. The event stream is identical with and without it.
    bool fine_steps = false;
    // Stop after this many events (a guard for fuzzing and property tests); 0 = no limit.
    std::uint64_t max_events = 0;
};

struct KernelMessage {
    Nanos time = 0;
    int cpu = 0;
    std::string text;
    // dmesg-like line: "[    0.002100] CPU0: text"
    std::string dmesg_line() const;
};

class Engine {
public:
    // The scenario must be valid (core/io validates files); the constructor throws std::invalid_argument
    // naming the problem otherwise.
    explicit Engine(Scenario scenario, EngineOptions options = {});
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Advance by one scheduling step (all that happens at one instant on one CPU until it next needs
    // simulated time; with fine_steps, until the next event). False once the run has ended.
    bool step();
    void run_until(Nanos t); // every step whose time is <= t; now() becomes t (or the end)
    void run();              // to the scenario's duration

    Nanos now() const;
    std::uint64_t jiffies() const;
    Nanos end_time() const;
    bool finished() const;
    bool panicked() const;   // a fatal kernel error (BUG, scheduling while atomic) stopped the machine
    Nanos next_step_time() const; // when step() would act next; kForever if nothing is scheduled

    const Profile& profile() const;
    int hz() const;
    const Scenario& scenario() const; // with every injected action recorded
    const EventLog& log() const;
    const std::vector<ProcRead>& proc_reads() const;
    const std::vector<KernelMessage>& kernel_messages() const;
    // Calls that were still waiting at the end: "tasklet_kill(rx) by user (pid 1000) on CPU0 has not
    // returned (waiting since 0.001000 s)". One line each, for the CLI's stderr and the GUI's log.
    std::vector<std::string> unfinished_report() const;
    // Engine self-checks that failed (should always be empty).
    const std::vector<std::string>& internal_errors() const;

    MachineState snapshot() const;

    // User actions from the GUI. They happen at now() and are recorded into scenario().actions, so
    // that saving the scenario replays the session. Returns an empty string, or why it is impossible.
    std::string inject(ActionSpec action);
    std::string add_tasklet(const TaskletSpec& spec); // recorded into scenario().tasklets
    std::string add_irq_source(IrqSpec spec);         // arrivals before now() are ignored
    // A narrated lesson step (authoring). Steps never change the simulation; they are kept in
    // scenario().steps ordered by time (a step at the same time as another goes after it).
    std::string add_step(StepSpec step);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace tl
