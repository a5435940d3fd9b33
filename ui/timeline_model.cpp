// Per-CPU interval arrays built incrementally from the engine's event log.
#include "timeline_model.h"

#include <engine/event.h>

#include <QCoreApplication>

#include <algorithm>

namespace tlui {

namespace {

std::uint16_t kindBit(SegmentKind k) {
    return static_cast<std::uint16_t>(1u << static_cast<unsigned>(k));
}

QString flagsText(std::uint8_t f) {
    QStringList parts;
    if (f & tl::kFlagSched) parts << QStringLiteral("SCHED");
    if (f & tl::kFlagRun) parts << QStringLiteral("RUN");
    if (f & tl::kFlagDisabled) parts << QCoreApplication::translate("tlui::TimelineModel", "disabled");
    if (f & tl::kFlagHi) parts << QStringLiteral("hi");
    if (f & tl::kFlagQueued)
        parts << QCoreApplication::translate("tlui::TimelineModel", "queued by this call");
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QLatin1Char(' '));
}

bool isTaskletEvent(tl::EventType t) {
    switch (t) {
    case tl::EventType::TaskletEntry:
    case tl::EventType::TaskletExit:
    case tl::EventType::TaskletSchedule:
    case tl::EventType::TaskletHiSchedule:
    case tl::EventType::TaskletDisable:
    case tl::EventType::TaskletDisableNosync:
    case tl::EventType::TaskletEnable:
    case tl::EventType::TaskletKill:
    case tl::EventType::TaskletRequeue:
        return true;
    default:
        return false;
    }
}

} // namespace

// ---- TimelineTrack ----

void TimelineTrack::push(tl::Nanos start, SegmentKind kind, std::uint32_t label, std::uint32_t event) {
    const std::size_t i = m_segs.size();
    m_segs.push_back({start, (label & kLabelMask) | (static_cast<std::uint32_t>(kind) << 28), event});
    const auto bit = kindBit(kind);
    if ((i & 63) == 0) m_mask64.push_back(0);
    m_mask64.back() |= bit;
    if ((i & 4095) == 0) m_mask4096.push_back(0);
    if ((i & 255) == 0) m_start256.push_back(start);
    m_mask4096.back() |= bit;
}

namespace {
// Partition point of `less` over [lo, hi) of the segments.
template <typename Less>
std::size_t searchRange(const ChunkedArray<TimelineSegment>& segs, std::size_t lo, std::size_t hi,
                        Less less) {
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (less(segs[mid]))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
} // namespace

// Both searches go through m_start256 first (contiguous, small), then search one block of 256.
std::size_t TimelineTrack::indexAt(tl::Nanos t) const {
    const auto b = static_cast<std::size_t>(std::upper_bound(m_start256.begin(), m_start256.end(), t) -
                                            m_start256.begin());
    if (b == 0) return npos;
    const std::size_t lo = (b - 1) * 256, hi = std::min(b * 256, m_segs.size());
    const std::size_t p = searchRange(m_segs, lo, hi, [t](const TimelineSegment& s) { return s.start <= t; });
    return p - 1; // p > lo: the block's first segment starts at or before t
}

std::size_t TimelineTrack::lowerBound(tl::Nanos t) const {
    const auto b = static_cast<std::size_t>(std::lower_bound(m_start256.begin(), m_start256.end(), t) -
                                            m_start256.begin());
    if (b == 0) return 0;
    const std::size_t lo = (b - 1) * 256, hi = std::min(b * 256, m_segs.size());
    return searchRange(m_segs, lo, hi, [t](const TimelineSegment& s) { return s.start < t; });
}

std::uint16_t TimelineTrack::kindMask(std::size_t i, std::size_t j) const {
    std::uint16_t m = 0;
    while (i < j && (i & 63) != 0)
        m |= kindBit(kind(i++));
    while (i + 64 <= j && (i & 4095) != 0) {
        m |= m_mask64[i >> 6];
        i += 64;
    }
    while (i + 4096 <= j) {
        m |= m_mask4096[i >> 12];
        i += 4096;
    }
    while (i + 64 <= j) {
        m |= m_mask64[i >> 6];
        i += 64;
    }
    while (i < j)
        m |= kindBit(kind(i++));
    return m;
}

std::size_t TimelineTrack::bytes() const {
    return m_segs.bytes() + m_mask64.bytes() + m_mask4096.capacity() * sizeof(std::uint16_t) +
           m_start256.capacity() * sizeof(tl::Nanos);
}

void TimelineTrack::clear() {
    m_segs.clear();
    m_mask64.clear();
    m_mask4096.clear();
    m_start256.clear();
}

// ---- TimelineModel ----

void TimelineModel::reset(const tl::EventLog* log, int cpus, tl::Nanos tickPeriod,
                          std::uint64_t startJiffies) {
    m_log = log;
    m_lanes.clear();
    m_lanes.resize(static_cast<std::size_t>(std::max(cpus, 0)));
    m_taskKinds.clear();
    m_consumed = 0;
    m_end = 0;
    m_tickPeriod = tickPeriod > 0 ? tickPeriod : 1'000'000;
    m_startJiffies = startJiffies;
}

void TimelineModel::seedCurrent(int cpu, int pid, const std::string& comm) {
    if (!m_log || cpu < 0 || cpu >= cpuCount()) return;
    TimelineLane& lane = m_lanes[static_cast<std::size_t>(cpu)];
    if (!lane.task.empty()) return;
    for (std::uint32_t i = 0; i < m_log->task_count(); ++i) {
        const auto& t = m_log->task(i);
        if (t.pid == pid && t.comm == comm) {
            lane.currentTask = i;
            lane.task.push(0, taskKind(i), i, 0);
            pushContext(lane, 0, 0);
            return;
        }
    }
}

std::uint64_t TimelineModel::jiffiesAt(tl::Nanos t) const {
    return m_startJiffies + static_cast<std::uint64_t>(std::max<tl::Nanos>(t, 0) / m_tickPeriod);
}

SegmentKind TimelineModel::taskKind(std::uint32_t taskIndex) {
    if (taskIndex >= m_taskKinds.size()) {
        const std::size_t old = m_taskKinds.size();
        m_taskKinds.resize(m_log->task_count() > taskIndex ? m_log->task_count() : taskIndex + 1);
        for (std::size_t i = old; i < m_taskKinds.size(); ++i) {
            if (i >= m_log->task_count()) {
                m_taskKinds[i] = SegmentKind::Task;
                continue;
            }
            const auto& t = m_log->task(static_cast<std::uint32_t>(i));
            if (t.pid == 0 || t.comm.starts_with("swapper"))
                m_taskKinds[i] = SegmentKind::Idle;
            else if (t.comm.starts_with("ksoftirqd"))
                m_taskKinds[i] = SegmentKind::Ksoftirqd;
            else
                m_taskKinds[i] = SegmentKind::Task;
        }
    }
    return m_taskKinds[taskIndex];
}

void TimelineModel::pushContext(TimelineLane& lane, tl::Nanos t, std::uint32_t ev) {
    SegmentKind kind;
    std::uint32_t label;
    if (!lane.stack.empty()) {
        kind = lane.stack.back().kind;
        label = lane.stack.back().label;
    } else if (lane.currentTask != UINT32_MAX) {
        kind = taskKind(lane.currentTask);
        label = lane.currentTask;
    } else {
        kind = SegmentKind::None;
        label = 0;
    }
    auto& ctx = lane.context;
    if (!ctx.empty()) {
        const std::size_t last = ctx.size() - 1;
        if (ctx.kind(last) == kind && ctx.label(last) == label) return; // nothing changed
    }
    ctx.push(t, kind, label, ev);
}

void TimelineModel::popTo(TimelineLane& lane, SegmentKind kind) {
    for (std::size_t k = lane.stack.size(); k-- > 0;) {
        if (lane.stack[k].kind == kind) {
            lane.stack.resize(k);
            return;
        }
    }
}

void TimelineModel::sync(tl::Nanos end) {
    if (!m_log) return;
    const std::size_t n = std::min(m_log->size(), m_consumed + kMaxSync);
    for (std::size_t i = m_consumed; i < n; ++i) {
        const tl::Event& e = (*m_log)[i];
        if (e.cpu >= m_lanes.size()) continue;
        TimelineLane& lane = m_lanes[e.cpu];
        const auto ev = static_cast<std::uint32_t>(i);
        // Event::task is the CPU's current when the event happened: it reveals switches too.
        std::uint32_t cur = e.task;
        if (e.type == tl::EventType::SchedSwitch) cur = static_cast<std::uint32_t>(e.arg);
        if (cur != lane.currentTask) {
            lane.currentTask = cur;
            lane.task.push(e.time, taskKind(cur), cur, ev);
            pushContext(lane, e.time, ev);
        }
        switch (e.type) {
        case tl::EventType::IrqHandlerEntry:
            lane.stack.push_back({SegmentKind::HardIrq, e.name, ev});
            pushContext(lane, e.time, ev);
            break;
        case tl::EventType::IrqHandlerExit:
            popTo(lane, SegmentKind::HardIrq);
            pushContext(lane, e.time, ev);
            break;
        case tl::EventType::DoSoftirqEntry:
            lane.stack.push_back({SegmentKind::DoSoftirq, 0, ev});
            pushContext(lane, e.time, ev);
            break;
        case tl::EventType::DoSoftirqExit:
            popTo(lane, SegmentKind::DoSoftirq);
            pushContext(lane, e.time, ev);
            break;
        case tl::EventType::SoftirqEntry:
            lane.stack.push_back({SegmentKind::Softirq, e.name, ev});
            pushContext(lane, e.time, ev);
            break;
        case tl::EventType::SoftirqExit:
            popTo(lane, SegmentKind::Softirq);
            pushContext(lane, e.time, ev);
            break;
        case tl::EventType::TaskletEntry:
            lane.stack.push_back({SegmentKind::Tasklet, e.name, ev});
            pushContext(lane, e.time, ev);
            break;
        case tl::EventType::TaskletExit:
            popTo(lane, SegmentKind::Tasklet);
            pushContext(lane, e.time, ev);
            break;
        default:
            if (isMarker(e.type)) {
                lane.markers.push_back(ev);
                if ((lane.markers.size() & 63) == 1) lane.markerTime64.push_back(e.time);
                lane.markerTimes.push_back(e.time);
            }
            break;
        }
    }
    m_consumed = n;
    if (n < m_log->size()) end = std::min(end, (*m_log)[n].time);
    m_end = std::max(m_end, end);
}

bool TimelineModel::isMarker(tl::EventType t) {
    switch (t) {
    case tl::EventType::SoftirqRaise:
    case tl::EventType::TaskletSchedule:
    case tl::EventType::TaskletHiSchedule:
    case tl::EventType::TaskletDisable:
    case tl::EventType::TaskletDisableNosync:
    case tl::EventType::TaskletEnable:
    case tl::EventType::TaskletKill:
    case tl::EventType::TaskletRequeue:
    case tl::EventType::TaskletApiReturn:
    case tl::EventType::KernelMessage:
    case tl::EventType::ProcRead:
    case tl::EventType::TimerExpire:
    case tl::EventType::LocalBhDisable:
    case tl::EventType::LocalBhEnable:
    case tl::EventType::SimNote:
        return true;
    default:
        return false;
    }
}

QColor TimelineModel::markerColor(tl::EventType t) {
    switch (t) {
    case tl::EventType::SoftirqRaise:
        return QColor(230, 120, 0);
    case tl::EventType::TaskletSchedule:
    case tl::EventType::TaskletHiSchedule:
        return QColor(0, 140, 60);
    case tl::EventType::TaskletDisable:
    case tl::EventType::TaskletDisableNosync:
        return QColor(200, 0, 0);
    case tl::EventType::TaskletEnable:
        return QColor(0, 90, 200);
    case tl::EventType::TaskletKill:
        return QColor(30, 30, 30);
    case tl::EventType::TaskletRequeue:
        return QColor(140, 140, 140);
    case tl::EventType::KernelMessage:
        return QColor(150, 0, 170);
    case tl::EventType::ProcRead:
        return QColor(0, 160, 200);
    case tl::EventType::TaskletEntry:
        return QColor(26, 152, 80);
    default:
        return QColor(90, 90, 90);
    }
}

QString TimelineModel::segmentLabel(const TimelineTrack& track, std::size_t i) const {
    const SegmentKind k = track.kind(i);
    const std::uint32_t label = track.label(i);
    switch (k) {
    case SegmentKind::Idle:
    case SegmentKind::Task:
    case SegmentKind::Ksoftirqd:
        if (label < m_log->task_count()) return QString::fromStdString(m_log->task(label).comm);
        return {};
    case SegmentKind::DoSoftirq:
        return QStringLiteral("softirq");
    case SegmentKind::None:
        return {};
    default: {
        const auto sv = m_log->str(label);
        return QString::fromUtf8(sv.data(), static_cast<qsizetype>(sv.size()));
    }
    }
}

QString TimelineModel::describeEvent(std::size_t idx) const {
    const tl::Event& e = (*m_log)[idx];
    const auto name = m_log->str(e.name);
    const auto detail = m_log->str(e.detail);
    QString s = QStringLiteral("<b>%1</b>").arg(QString::fromLatin1(tl::event_type_name(e.type)));
    if (!name.empty())
        s += QStringLiteral(" %1").arg(
            QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())).toHtmlEscaped());
    s += QStringLiteral("<br>") +
         tr("time: %1 (jiffies %2)").arg(formatTime(e.time)).arg(m_log->jiffies_of(e));
    s += QStringLiteral("<br>") +
         tr("CPU%1, context %2").arg(e.cpu).arg(QString::fromLatin1(tl::context_name(e.context)));
    if (e.task < m_log->task_count()) {
        const auto& t = m_log->task(e.task);
        s += QStringLiteral("<br>") +
             tr("current: %1 (pid %2)").arg(QString::fromStdString(t.comm).toHtmlEscaped()).arg(t.pid);
    }
    if (isTaskletEvent(e.type)) s += QStringLiteral("<br>") + tr("tasklet state: %1").arg(flagsText(e.flags));
    if (e.type == tl::EventType::SoftirqRaise || e.type == tl::EventType::SoftirqEntry)
        s += QStringLiteral("<br>") + tr("vector %1").arg(e.arg);
    if (!detail.empty())
        s += QStringLiteral("<br>") +
             QString::fromUtf8(detail.data(), static_cast<qsizetype>(detail.size())).toHtmlEscaped();
    return s;
}

QString TimelineModel::describeSegment(int cpu, bool taskTrack, std::size_t i) const {
    const TimelineLane& l = lane(cpu);
    const TimelineTrack& track = taskTrack ? l.task : l.context;
    const tl::Nanos s = track.start(i);
    const tl::Nanos e = segmentEnd(track, i);
    QString text =
        QStringLiteral("<b>%1</b> %2")
            .arg(segmentKindName(track.kind(i)).toHtmlEscaped(), segmentLabel(track, i).toHtmlEscaped());
    text += QStringLiteral("<br>") + tr("CPU%1, from %2 to %3").arg(cpu).arg(formatTime(s), formatTime(e));
    text +=
        QStringLiteral("<br>") + tr("duration %1, jiffies %2").arg(formatDuration(e - s)).arg(jiffiesAt(s));
    if (!taskTrack) {
        const std::size_t ti = l.task.indexAt(s);
        if (ti != TimelineTrack::npos)
            text += QStringLiteral("<br>") + tr("in task %1").arg(segmentLabel(l.task, ti).toHtmlEscaped());
    }
    return text;
}

std::optional<std::size_t> TimelineModel::runCausedBy(std::size_t scheduleEvent) const {
    const tl::Event& s = (*m_log)[scheduleEvent];
    if (s.type != tl::EventType::TaskletSchedule && s.type != tl::EventType::TaskletHiSchedule) return {};
    for (std::size_t i = scheduleEvent + 1; i < m_consumed; ++i) {
        const tl::Event& e = (*m_log)[i];
        if (e.type == tl::EventType::TaskletEntry && e.arg == s.arg) return i;
    }
    return {};
}

std::optional<std::size_t> TimelineModel::scheduleOfRun(std::size_t entryEvent) const {
    const tl::Event& r = (*m_log)[entryEvent];
    if (r.type != tl::EventType::TaskletEntry) return {};
    for (std::size_t i = entryEvent; i-- > 0;) {
        const tl::Event& e = (*m_log)[i];
        if (e.arg != r.arg) continue;
        if ((e.type == tl::EventType::TaskletSchedule || e.type == tl::EventType::TaskletHiSchedule) &&
            (e.flags & tl::kFlagQueued))
            return i;
        if (e.type == tl::EventType::TaskletEntry) return {}; // an earlier run: no new schedule found
    }
    return {};
}

std::size_t TimelineModel::bytes() const {
    std::size_t b = m_lanes.capacity() * sizeof(TimelineLane) + m_taskKinds.capacity();
    for (const auto& l : m_lanes)
        b += l.context.bytes() + l.task.bytes() + l.markers.bytes() + l.markerTimes.bytes() +
             l.markerTime64.capacity() * sizeof(tl::Nanos);
    return b;
}

} // namespace tlui
