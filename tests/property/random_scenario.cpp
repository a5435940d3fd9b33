// Seeded random scenarios: every knob of the scenario model, in ranges that keep one run short.
#include "random_scenario.h"

#include <algorithm>
#include <array>

namespace tl::prop {

namespace {

constexpr std::array kComms{"cc1", "make", "bash", "sshd", "gcc", "python3", "rsync", "xz"};

// Pids far from the ksoftirqd pids of every profile (2.., 14..) and from each other by role.
constexpr int kTaskPid0 = 1000;
constexpr int kCallerPid0 = 2000;
constexpr int kReaderPid0 = 3000;
constexpr int kBhPid0 = 4000;

Nanos us(std::int64_t n) {
    return n * kNsPerUs;
}

} // namespace

Scenario random_scenario(std::string_view profile, std::uint64_t seed, const GenLimits& limits) {
    SplitMix64 rng(seed);
    Scenario s;
    s.title = "property seed " + std::to_string(seed);
    s.profile = std::string(profile);
    s.seed = rng.next();
    s.cpus = static_cast<int>(rng.range(1, limits.max_cpus));
    constexpr std::array kHz{0, 100, 250, 300, 1000};
    s.hz = kHz[rng.below(kHz.size())];
    s.smp = !(s.cpus == 1 && rng.chance(25)); // UP build only with one CPU
    s.start_jiffies = rng.chance(50) ? rng.below(1'000'000) : rng.below(std::uint64_t{1} << 33);
    s.duration = rng.range(limits.min_duration, limits.max_duration);
    if (rng.chance(30)) s.ksoftirqd_delay = rng.range(0, us(300));
    if (rng.chance(25)) {
        s.costs.softirq_action = rng.range(20, us(2));
        s.costs.tick_handler = rng.range(0, us(5));
        s.costs.context_switch = rng.range(0, us(3));
    }

    // Tasks: 0..2 per CPU, CPU-bound or sleeping.
    std::vector<int> sleeping_pids;
    int next_pid = kTaskPid0;
    for (int cpu = 0; cpu < s.cpus; ++cpu) {
        const int n = static_cast<int>(rng.below(3));
        for (int k = 0; k < n; ++k) {
            TaskSpec t;
            t.pid = next_pid++;
            t.comm = kComms[rng.below(kComms.size())];
            t.cpu = cpu;
            t.nice = static_cast<int>(rng.range(-20, 19));
            t.running = rng.chance(60);
            if (!t.running) sleeping_pids.push_back(t.pid);
            s.tasks.push_back(t);
        }
    }

    // Tasklets: some disabled (DECLARE_TASKLET_DISABLED), some self-rescheduling like jit.c.
    const int ntasklets = static_cast<int>(rng.range(1, 6));
    for (int k = 0; k < ntasklets; ++k) {
        TaskletSpec t;
        t.name = "t" + std::to_string(k);
        t.work = rng.chance(15) ? 0 : rng.range(0, us(50));
        t.disabled = rng.chance(15);
        const auto r = rng.below(100);
        if (r < 70)
            t.reschedule = 0;
        else if (r < 92)
            t.reschedule = static_cast<int>(rng.range(1, 5));
        else {
            t.reschedule = -1; // forever: keep each run long enough that the run stays small
            t.work = std::max(t.work, us(5));
        }
        // linux-6.9: some are BH workqueue items instead (drawn on every profile to keep the streams
        // aligned).
        t.bh_work = rng.chance(20) && profile == "linux-6.9";
        s.tasklets.push_back(t);
    }
    // Callbacks that call the tasklet API after their work: on another tasklet or on themselves. BH work
    // items only support queueing, and make no calls.
    for (auto& t : s.tasklets) {
        if (!rng.chance(20)) continue;
        const int ncalls = static_cast<int>(rng.range(1, 2));
        for (int k = 0; k < ncalls; ++k) {
            TaskletSpec::Call call;
            const TaskletSpec& target = s.tasklets[rng.below(s.tasklets.size())];
            call.tasklet = target.name;
            constexpr std::array kOps{Op::TaskletSchedule, Op::TaskletHiSchedule, Op::TaskletDisableNosync,
                                      Op::TaskletEnable,   Op::TaskletDisable,    Op::TaskletKill};
            call.op = kOps[rng.below(kOps.size())];
            if (target.bh_work) call.op = rng.chance(50) ? Op::TaskletSchedule : Op::TaskletHiSchedule;
            if (!t.bh_work) t.calls.push_back(call);
        }
    }

    // Hard IRQ sources: explicit arrivals, periodic and Poisson, scheduling 0..3 tasklets each.
    const int nirqs = static_cast<int>(rng.below(5));
    for (int k = 0; k < nirqs; ++k) {
        IrqSpec q;
        q.name = "irq" + std::to_string(k);
        q.irq = 20 + k;
        q.cpu = static_cast<int>(rng.below(static_cast<std::uint64_t>(s.cpus)));
        q.handler = rng.range(0, us(20));
        const int nsched = static_cast<int>(rng.below(4));
        for (int j = 0; j < nsched; ++j) {
            const std::string name = "t" + std::to_string(rng.below(static_cast<std::uint64_t>(ntasklets)));
            if (std::find(q.schedule.begin(), q.schedule.end(), name) == q.schedule.end())
                q.schedule.push_back(name);
        }
        q.hi = rng.chance(30);
        const int nat = static_cast<int>(rng.below(4));
        for (int j = 0; j < nat; ++j)
            q.at.push_back(rng.range(0, s.duration - 1));
        std::sort(q.at.begin(), q.at.end());
        if (rng.chance(40)) {
            const Nanos every = rng.range(us(20), us(2000));
            q.every = every;
            q.from = rng.range(0, s.duration / 2);
            if (rng.chance(50)) q.until = q.from + rng.range(every, s.duration);
            q.handler = std::min(q.handler, every / 4); // never more than a quarter of the CPU
        }
        if (rng.chance(30)) {
            q.rate_hz = static_cast<double>(rng.range(100, 30'000));
            q.handler = std::min<Nanos>(q.handler, static_cast<Nanos>(kNsPerSec / q.rate_hz / 4));
        }
        if (!sleeping_pids.empty() && rng.chance(20))
            q.wake.push_back(sleeping_pids[rng.below(sleeping_pids.size())]);
        s.irqs.push_back(q);
    }

    // Actions.
    const int nactions = static_cast<int>(rng.below(13));
    int next_caller = kCallerPid0;
    int next_reader = kReaderPid0;
    int next_bh = kBhPid0;
    for (int k = 0; k < nactions; ++k) {
        ActionSpec a;
        a.at = rng.range(0, s.duration - 1);
        a.cpu = static_cast<int>(rng.below(static_cast<std::uint64_t>(s.cpus)));
        const TaskletSpec& target = s.tasklets[rng.below(s.tasklets.size())];
        const auto w = rng.below(100);
        if (w < 18)
            a.op = Op::TaskletSchedule;
        else if (w < 28)
            a.op = Op::TaskletHiSchedule;
        else if (w < 36)
            a.op = Op::TaskletDisable;
        else if (w < 42)
            a.op = Op::TaskletDisableNosync;
        else if (w < 54)
            a.op = Op::TaskletEnable;
        else if (w < 60)
            a.op = Op::TaskletKill;
        else if (w < 67)
            a.op = Op::ReadProc;
        else if (w < 73)
            a.op = Op::Irq;
        else if (w < 79)
            a.op = Op::TaskSleep;
        else if (w < 85)
            a.op = Op::TaskWake;
        else
            a.op = Op::LocalBhDisable;

        switch (a.op) {
        case Op::TaskletSchedule:
        case Op::TaskletHiSchedule:
        case Op::TaskletDisable:
        case Op::TaskletDisableNosync:
        case Op::TaskletEnable:
        case Op::TaskletKill:
            a.tasklet = target.name;
            if (target.bh_work && a.op != Op::TaskletSchedule && a.op != Op::TaskletHiSchedule)
                a.op = Op::TaskletSchedule; // only queue_work is modelled for BH work items
            if (rng.chance(25)) a.context = CallContext::HardIrq;
            if (rng.chance(30)) a.pid = next_caller++;
            s.actions.push_back(a);
            break;
        case Op::ReadProc: {
            const auto f = rng.below(3);
            a.file = f == 0 ? ProcFile::Jitasklet : f == 1 ? ProcFile::Jitasklethi : ProcFile::Jitimer;
            a.comm = "cat";
            a.pid = next_reader++;
            a.reads = rng.chance(20) ? 1 : 0;
            a.tdelay = static_cast<int>(rng.range(1, 10));
            s.actions.push_back(a);
            break;
        }
        case Op::Irq:
            if (s.irqs.empty()) break;
            a.irq = s.irqs[rng.below(s.irqs.size())].name;
            s.actions.push_back(a);
            break;
        case Op::TaskSleep:
        case Op::TaskWake: {
            if (s.tasks.empty()) break;
            const TaskSpec& t = s.tasks[rng.below(s.tasks.size())];
            a.pid = t.pid;
            a.cpu = t.cpu;
            s.actions.push_back(a);
            break;
        }
        default: {
            // local_bh_disable ... local_bh_enable by one task on one CPU.
            a.op = Op::LocalBhDisable;
            a.comm = "bh";
            a.pid = next_bh++;
            ActionSpec en = a;
            en.op = Op::LocalBhEnable;
            en.at = std::min(s.duration - 1, a.at + rng.range(0, us(2000)));
            s.actions.push_back(a);
            s.actions.push_back(en);
            break;
        }
        }
    }
    std::stable_sort(s.actions.begin(), s.actions.end(),
                     [](const ActionSpec& x, const ActionSpec& y) { return x.at < y.at; });
    return s;
}

} // namespace tl::prop
