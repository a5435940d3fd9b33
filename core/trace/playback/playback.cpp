#include "playback.h"

#include <trace/trace_query.h>

#include <algorithm>
#include <cstring>
#include <sstream>
#include <stdexcept>

namespace tl {

namespace {

EngineOptions fine() {
    EngineOptions o;
    o.fine_steps = true;
    return o;
}

bool same_event(const EventLog& la, const Event& a, const EventLog& lb, const Event& b) {
    if (a.time != b.time || a.jiffies != b.jiffies || a.arg != b.arg || a.cpu != b.cpu || a.type != b.type ||
        a.context != b.context || a.flags != b.flags)
        return false;
    if (la.str(a.name) != lb.str(b.name) || la.str(a.detail) != lb.str(b.detail)) return false;
    const TaskRef& ta = la.task(a.task);
    const TaskRef& tb = lb.task(b.task);
    return ta.pid == tb.pid && ta.comm == tb.comm;
}

// Fast path for two logs of fresh engines over the same scenario (identical interning): bytes.
bool same_bytes(const Event& a, const Event& b) { return std::memcmp(&a, &b, sizeof(Event)) == 0; }

} // namespace

bool same_events(const EventLog& a, const EventLog& b, std::size_t n, std::string* why) {
    if (a.size() < n || b.size() < n) {
        if (why) *why = "a log has fewer than " + std::to_string(n) + " events";
        return false;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (!same_event(a, a[i], b, b[i])) {
            if (why) {
                std::ostringstream s;
                s << "event " << i << " differs: " << event_type_name(a[i].type) << " '" << a.str(a[i].name)
                  << "' at " << a[i].time << " vs " << event_type_name(b[i].type) << " '" << b.str(b[i].name)
                  << "' at " << b[i].time;
                *why = s.str();
            }
            return false;
        }
    }
    return true;
}

Playback::Playback(Scenario scenario) : scenario_(std::move(scenario)) {
    build_timeline();
    live_ = std::make_unique<Engine>(scenario_, fine());
}

Playback::~Playback() = default;

void Playback::build_timeline() {
    timeline_ = std::make_unique<Engine>(scenario_, fine());
    bounds_.clear();
    // The constructor may emit events already (a note about the profile): its size is the first boundary.
    std::size_t last = timeline_->log().size();
    first_boundary_ = last;
    if (last) bounds_.push_back(static_cast<std::uint32_t>(last));
    while (timeline_->step()) {
        const std::size_t n = timeline_->log().size();
        if (n != last) {
            bounds_.push_back(static_cast<std::uint32_t>(n));
            last = n;
        }
    }
}

Nanos Playback::time() const { return pos_ ? timeline_->log()[pos_ - 1].time : 0; }
std::size_t Playback::total_events() const { return timeline_->log().size(); }
const EventLog& Playback::timeline() const { return timeline_->log(); }
const Event& Playback::event(std::size_t i) const { return timeline_->log()[i]; }

std::vector<Event> Playback::events() const {
    std::vector<Event> v;
    v.reserve(pos_);
    const EventLog& l = timeline_->log();
    for (std::size_t i = 0; i < pos_; ++i) v.push_back(l[i]);
    return v;
}

MachineState Playback::snapshot() const { return live_->snapshot(); }
std::size_t Playback::state_events() const { return live_->log().size(); }
bool Playback::exact() const { return state_events() == pos_; }

std::size_t Playback::boundary_at_or_after(std::size_t n) const {
    if (n == 0) return first_boundary_;
    auto it = std::lower_bound(bounds_.begin(), bounds_.end(), n);
    return it == bounds_.end() ? total_events() : *it;
}

std::size_t Playback::step_position(std::size_t step) const {
    if (step >= scenario_.steps.size()) return total_events();
    return lower_bound_time(timeline_->log(), scenario_.steps[step].at);
}

int Playback::lesson_step() const {
    int best = -1;
    std::size_t best_pos = 0;
    for (std::size_t k = 0; k < scenario_.steps.size(); ++k) {
        const std::size_t p = step_position(k);
        if (p <= pos_ && (best < 0 || p >= best_pos)) {
            best = static_cast<int>(k);
            best_pos = p;
        }
    }
    return best;
}

void Playback::check_prefix(const EventLog& a, const EventLog& b, std::size_t n, const char* what) {
    std::string why;
    if (!same_events(a, b, n, &why)) divergences_.push_back(std::string(what) + ": " + why);
}

void Playback::advance_live_to(std::size_t boundary) {
    const EventLog& tl = timeline_->log();
    const std::size_t from = live_->log().size();
    while (live_->log().size() < boundary && live_->step()) {
    }
    const EventLog& ll = live_->log();
    if (ll.size() != boundary) {
        divergences_.push_back("live engine reached " + std::to_string(ll.size()) + " events instead of the boundary " +
                               std::to_string(boundary));
        return;
    }
    for (std::size_t i = from; i < boundary; ++i)
        if (!same_bytes(ll[i], tl[i]) && !same_event(ll, ll[i], tl, tl[i])) {
            divergences_.push_back("event " + std::to_string(i) + " differs from the timeline");
            return;
        }
}

void Playback::replay_to(std::size_t boundary) {
    ++replays_;
    live_ = std::make_unique<Engine>(scenario_, fine());
    if (boundary > 0) {
        // Bulk: everything strictly before the instant of the boundary's last event. run_until() stops at
        // a step boundary holding exactly the events with time <= t, so at most boundary - 1 of them.
        const Nanos t = timeline_->log()[boundary - 1].time - 1;
        if (t >= 0) live_->run_until(t);
    }
    const std::size_t bulk = live_->log().size();
    while (live_->log().size() < boundary && live_->step()) ++replayed_steps_;
    const EventLog& ll = live_->log();
    const EventLog& tl = timeline_->log();
    if (ll.size() != boundary) {
        divergences_.push_back("replay reached " + std::to_string(ll.size()) + " events instead of the boundary " +
                               std::to_string(boundary));
        return;
    }
    // Exactness check: the whole replayed stream against the timeline (32-byte compares, cheap).
    for (std::size_t i = 0; i < boundary; ++i)
        if (!same_bytes(ll[i], tl[i])) {
            divergences_.push_back("replay: event " + std::to_string(i) + " differs from the timeline (bulk " +
                                   std::to_string(bulk) + ")");
            return;
        }
}

void Playback::go(std::size_t n) {
    n = std::min(n, total_events());
    const std::size_t target = boundary_at_or_after(n);
    const std::size_t live = live_->log().size();
    if (target > live) {
        advance_live_to(target);
    } else if (target < live) {
        replay_to(target);
    }
    pos_ = n;
}

bool Playback::forward() {
    if (at_end()) return false;
    go(pos_ + 1);
    return true;
}

bool Playback::back() {
    if (pos_ == 0) return false;
    go(pos_ - 1);
    return true;
}

bool Playback::forward_tick() {
    const EventLog& l = timeline_->log();
    for (std::size_t i = pos_; i < l.size(); ++i)
        if (l[i].type == EventType::TimerTick) {
            go(i + 1);
            return true;
        }
    return false;
}

bool Playback::back_tick() {
    if (pos_ == 0) return false;
    const EventLog& l = timeline_->log();
    for (std::size_t i = pos_ - 1; i-- > 0;)
        if (l[i].type == EventType::TimerTick) {
            go(i + 1);
            return true;
        }
    go(0);
    return true;
}

bool Playback::forward_tasklet_run() {
    const EventLog& l = timeline_->log();
    for (std::size_t i = pos_; i < l.size(); ++i)
        if (l[i].type == EventType::TaskletEntry) {
            go(i + 1);
            return true;
        }
    return false;
}

bool Playback::back_tasklet_run() {
    if (pos_ == 0) return false;
    const EventLog& l = timeline_->log();
    for (std::size_t i = pos_ - 1; i-- > 0;)
        if (l[i].type == EventType::TaskletEntry) {
            go(i + 1);
            return true;
        }
    go(0);
    return true;
}

bool Playback::forward_step() {
    std::size_t best = total_events() + 1;
    for (std::size_t k = 0; k < scenario_.steps.size(); ++k) {
        const std::size_t p = step_position(k);
        if (p > pos_ && p < best) best = p;
    }
    if (best > total_events()) return false;
    go(best);
    return true;
}

bool Playback::back_step() {
    if (pos_ == 0) return false;
    std::size_t best = 0;
    for (std::size_t k = 0; k < scenario_.steps.size(); ++k) {
        const std::size_t p = step_position(k);
        if (p < pos_ && p > best) best = p;
    }
    go(best);
    return true;
}

void Playback::seek(std::size_t n) { go(n); }

void Playback::seek_time(Nanos t) {
    const EventLog& l = timeline_->log();
    go(t == kForever ? l.size() : lower_bound_time(l, t + 1));
}

void Playback::seek_step(std::size_t step) { go(step_position(step)); }

std::string Playback::inject(ActionSpec action) {
    std::string err = live_->inject(std::move(action));
    if (!err.empty()) return err;
    const std::size_t l = live_->log().size();
    scenario_ = live_->scenario();
    std::unique_ptr<Engine> old = std::move(timeline_);
    build_timeline();
    check_prefix(old->log(), timeline_->log(), l, "inject: the new timeline changed the past");
    replay_to(l);
    return {};
}

std::string Playback::add_tasklet(const TaskletSpec& spec) {
    std::string err = live_->add_tasklet(spec);
    if (!err.empty()) return err;
    const std::size_t l = live_->log().size();
    scenario_ = live_->scenario();
    std::unique_ptr<Engine> old = std::move(timeline_);
    build_timeline();
    check_prefix(old->log(), timeline_->log(), l, "add_tasklet: the new timeline changed the past");
    replay_to(l);
    return {};
}

// ------------------------------------------------------------------ state comparison

namespace {

struct Diff {
    std::ostringstream out;
    int n = 0;
    template <class T>
    void cmp(const std::string& what, const T& a, const T& b) {
        if (a == b) return;
        if (++n > 20) return;
        out << what << ": " << a << " != " << b << "\n";
    }
    void cmpv(const std::string& what, const std::vector<std::string>& a, const std::vector<std::string>& b) {
        if (a == b) return;
        std::string sa, sb;
        for (auto& x : a) sa += x + ",";
        for (auto& x : b) sb += x + ",";
        cmp(what, sa, sb);
    }
    void cmpi(const std::string& what, const std::vector<int>& a, const std::vector<int>& b) {
        if (a == b) return;
        std::string sa, sb;
        for (int x : a) sa += std::to_string(x) + ",";
        for (int x : b) sb += std::to_string(x) + ",";
        cmp(what, sa, sb);
    }
};

int st(TaskState s) { return static_cast<int>(s); }

} // namespace

std::string state_difference(const MachineState& a, const MachineState& b) {
    Diff d;
    d.cmp("now", a.now, b.now);
    d.cmp("jiffies", a.jiffies, b.jiffies);
    d.cmp("events", a.events, b.events);
    d.cmp("finished", a.finished, b.finished);
    d.cmp("panicked", a.panicked, b.panicked);
    d.cmp("cpus", a.cpus.size(), b.cpus.size());
    for (std::size_t i = 0; i < std::min(a.cpus.size(), b.cpus.size()); ++i) {
        const CpuInfo& x = a.cpus[i];
        const CpuInfo& y = b.cpus[i];
        const std::string p = "cpu" + std::to_string(i) + ".";
        d.cmp(p + "id", x.id, y.id);
        d.cmp(p + "context", static_cast<int>(x.context), static_cast<int>(y.context));
        d.cmp(p + "current_pid", x.current_pid, y.current_pid);
        d.cmp(p + "current_comm", x.current_comm, y.current_comm);
        d.cmp(p + "hardirq", x.hardirq, y.hardirq);
        d.cmp(p + "softirq_vector", x.softirq_vector, y.softirq_vector);
        d.cmp(p + "tasklet", x.tasklet, y.tasklet);
        d.cmp(p + "preempt_count", x.preempt_count.raw, y.preempt_count.raw);
        d.cmp(p + "softirq_pending", x.softirq_pending, y.softirq_pending);
        d.cmpv(p + "pending_names", x.pending_names, y.pending_names);
        d.cmpv(p + "tasklet_vec", x.tasklet_vec, y.tasklet_vec);
        d.cmpv(p + "tasklet_hi_vec", x.tasklet_hi_vec, y.tasklet_hi_vec);
        d.cmp(p + "ksoftirqd_state", st(x.ksoftirqd_state), st(y.ksoftirqd_state));
        d.cmp(p + "ksoftirqd_pid", x.ksoftirqd_pid, y.ksoftirqd_pid);
        d.cmp(p + "need_resched", x.need_resched, y.need_resched);
        d.cmpi(p + "runqueue", x.runqueue, y.runqueue);
    }
    d.cmp("tasklets", a.tasklets.size(), b.tasklets.size());
    for (std::size_t i = 0; i < std::min(a.tasklets.size(), b.tasklets.size()); ++i) {
        const TaskletInfo& x = a.tasklets[i];
        const TaskletInfo& y = b.tasklets[i];
        const std::string p = "tasklet " + x.name + ".";
        d.cmp(p + "name", x.name, y.name);
        d.cmp(p + "id", x.id, y.id);
        d.cmp(p + "sched", x.sched, y.sched);
        d.cmp(p + "run", x.run, y.run);
        d.cmp(p + "count", x.count, y.count);
        d.cmp(p + "queued_cpu", x.queued_cpu, y.queued_cpu);
        d.cmp(p + "queued_hi", x.queued_hi, y.queued_hi);
        d.cmp(p + "position", x.position, y.position);
        d.cmp(p + "running_cpu", x.running_cpu, y.running_cpu);
        d.cmp(p + "runs", x.runs, y.runs);
        d.cmp(p + "work", x.work, y.work);
        d.cmp(p + "builtin", x.builtin, y.builtin);
        d.cmp(p + "bh_work", x.bh_work, y.bh_work);
    }
    d.cmp("tasks", a.tasks.size(), b.tasks.size());
    for (std::size_t i = 0; i < std::min(a.tasks.size(), b.tasks.size()); ++i) {
        const TaskInfo& x = a.tasks[i];
        const TaskInfo& y = b.tasks[i];
        const std::string p = "task " + std::to_string(x.pid) + ".";
        d.cmp(p + "pid", x.pid, y.pid);
        d.cmp(p + "comm", x.comm, y.comm);
        d.cmp(p + "cpu", x.cpu, y.cpu);
        d.cmp(p + "nice", x.nice, y.nice);
        d.cmp(p + "state", st(x.state), st(y.state));
        d.cmp(p + "waiting_for", x.waiting_for, y.waiting_for);
    }
    return d.out.str();
}

} // namespace tl
