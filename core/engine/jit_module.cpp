// The jit module of LDD3 (misc-modules/jit.c): /proc/jitasklet, /proc/jitasklethi, /proc/jitimer (§8),
// with the 2.6 read_proc quirk that re-runs the experiment on every read() (§8.2).
#include "engine_impl.h"

#include <algorithm>

namespace tl {

namespace {
constexpr int kJitAsyncLoops = 5; // JIT_ASYNC_LOOPS

std::string render(const std::vector<JitLine>& lines)
{
    std::string s = kJitHeader;
    for (const auto& l : lines) s += format_jit_line(l);
    return s;
}
} // namespace

bool Engine::Impl::timer_due(const Cpu& c) const
{
    return std::any_of(c.timers.begin(), c.timers.end(), [&](const Timer& t) { return t.expires <= jiffies; });
}

// run_timer_softirq(): every timer whose expiry has come, in expiry order, in the TIMER softirq.
void Engine::Impl::run_timers(Cpu& c)
{
    std::vector<Timer> due;
    for (const Timer& t : c.timers)
        if (t.expires <= jiffies) due.push_back(t);
    if (due.empty()) return;
    std::erase_if(c.timers, [&](const Timer& t) { return t.expires <= jiffies; });
    std::sort(due.begin(), due.end(),
              [](const Timer& a, const Timer& b) { return a.expires != b.expires ? a.expires < b.expires : a.seq < b.seq; });
    for (const Timer& t : due) {
        emit(c, EventType::TimerExpire, log.intern("jitimer"), static_cast<std::int32_t>(t.expires & 0x7fffffff));
        jit_timer_fn(c, *t.jit);
    }
}

// jit_tasklet_fn(): one line per run, then reschedule itself (same priority) until loops reach 0.
void Engine::Impl::jit_tasklet_fn(Cpu& c, JitData& d)
{
    const std::uint64_t j = jiffies;
    d.lines.push_back({j, static_cast<std::int64_t>(j - d.prevjiffies), in_interrupt(c) ? 1 : 0, c.current->pid, c.id,
                       c.current->comm});
    if (--d.loops) {
        d.prevjiffies = j;
        tasklet_schedule(c, *d.tasklet, d.hi);
    } else {
        notify(d.waiters); // wake_up_interruptible(&data->wait)
    }
}

// jit_timer_fn(): the same lines from a timer that re-arms itself with expires += tdelay (no drift).
void Engine::Impl::jit_timer_fn(Cpu& c, JitData& d)
{
    const std::uint64_t j = jiffies;
    d.lines.push_back({j, static_cast<std::int64_t>(j - d.prevjiffies), in_interrupt(c) ? 1 : 0, c.current->pid, c.id,
                       c.current->comm});
    if (--d.loops) {
        d.timer_expires += static_cast<std::uint64_t>(d.tdelay);
        d.prevjiffies = j;
        c.timers.push_back({d.timer_expires, ++timer_seq, &d});
    } else {
        notify(d.waiters);
    }
}

// One run of the experiment: the reader's line, then 5 deferred runs while the reader sleeps in
// wait_event_interruptible(loops == 0).
Co Engine::Impl::jit_experiment(Cpu& c, JitData& d)
{
    Task& reader = *d.reader;
    const std::uint64_t j = jiffies;
    d.lines.clear();
    d.lines.push_back({j, 0, in_interrupt(c) ? 1 : 0, reader.pid, c.id, reader.comm});
    d.prevjiffies = j;
    d.loops = kJitAsyncLoops;
    if (d.timer) {
        d.timer_expires = j + static_cast<std::uint64_t>(d.tdelay);
        c.timers.push_back({d.timer_expires, ++timer_seq, &d});
    } else {
        // tasklet_init(&data->tlet, ...): a fresh tasklet_struct in the freshly allocated jit_data.
        TaskletSpec spec;
        spec.name = d.hi ? "jitasklethi" : "jitasklet";
        Tasklet* t = new_tasklet(spec, true);
        t->jit = &d;
        d.tasklet = t;
        tasklet_schedule(c, *t, d.hi);
    }
    co_await wait_until(c, d.waiters, [&d] { return d.loops == 0; }, Wait::Sleep,
                        std::string("read /proc/") + proc_file_name(d.read.file), true);
}

Co Engine::Impl::jit_read(Cpu& c, Task& reader, std::size_t action)
{
    const ActionSpec a = sc.actions[action];
    jit_reads.push_back(std::make_unique<JitData>());
    JitData& d = *jit_reads.back();
    d.action = action;
    d.reader = &reader;
    d.hi = a.file == ProcFile::Jitasklethi;
    d.timer = a.file == ProcFile::Jitimer;
    d.tdelay = a.tdelay;
    d.read.file = a.file;
    d.read.cpu = c.id;
    d.read.reader_pid = reader.pid;
    d.read.reader_comm = reader.comm;
    d.read.started = now;
    const auto file_id = log.intern(proc_file_name(a.file));
    const auto serial = static_cast<std::int32_t>(jit_reads.size());
    emit(c, EventType::ProcRead, file_id, serial, 0);
    std::size_t pos = 0;
    for (int call = 1;; ++call) {
        d.read.read_calls = call;
        // seq_file (6.x): the first read() returned the whole buffer; the next one is EOF.
        if (call > 1 && !prof->read_proc_rereads) break;
        co_await jit_experiment(c, d);
        if (panicked) co_return;
        ++d.read.experiments;
        const std::string text = render(d.lines);
        if (call == 1) {
            d.read.lines = d.lines;
            d.read.text = text;
            pos = text.size();
        } else {
            // proc_file_read(): jit ignores the offset and rewrites the page; only bytes beyond the
            // file position are returned, and 0 (EOF) when the new output is not longer.
            if (text.size() <= pos) break;
            d.read.text += text.substr(pos);
            pos = text.size();
        }
        if (a.reads > 0 && call >= a.reads) break;
    }
    d.done = true;
    d.read.completed = now;
    d.read.index = static_cast<int>(proc_reads.size()) + 1;
    proc_reads.push_back(d.read);
    emit(c, EventType::ProcRead, file_id, serial, 1);
}

} // namespace tl
