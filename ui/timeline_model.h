// Per-CPU interval arrays built incrementally from the engine's event log: what runs on each CPU at
// each instant (innermost context, and the current task), plus the events drawn as markers.
#pragma once

#include "chunked_array.h"
#include "display_format.h"

#include <engine/event_log.h>

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace tlui {

// One interval of a track; it lasts until the next segment's start (or the model's end). 16 bytes.
struct TimelineSegment {
    tl::Nanos start = 0;
    std::uint32_t labelAndKind = 0; // low 28 bits: string id (or task index for task kinds), high 4: kind
    std::uint32_t event = 0;        // index in the EventLog of the event that started it
};
static_assert(sizeof(TimelineSegment) == 16);

// A time-sorted sequence of segments with a two-level summary of the kinds they contain, so that the
// painter can fold any range of segments into one item in O(log n + range/4096).
class TimelineTrack {
public:
    static constexpr std::uint32_t kLabelMask = (1u << 28) - 1;

    void push(tl::Nanos start, SegmentKind kind, std::uint32_t label, std::uint32_t event);
    std::size_t size() const { return m_segs.size(); }
    bool empty() const { return m_segs.empty(); }
    const TimelineSegment& operator[](std::size_t i) const { return m_segs[i]; }
    tl::Nanos start(std::size_t i) const { return m_segs[i].start; }
    SegmentKind kind(std::size_t i) const { return static_cast<SegmentKind>(m_segs[i].labelAndKind >> 28); }
    std::uint32_t label(std::size_t i) const { return m_segs[i].labelAndKind & kLabelMask; }
    // The segment containing t (last with start <= t); npos when t is before the first one.
    std::size_t indexAt(tl::Nanos t) const;
    // First index whose start is >= t.
    std::size_t lowerBound(tl::Nanos t) const;
    // Coarse: the first multiple of kBlock whose segment starts at or after t (size() if none), found in
    // the small block index alone. For folding, where any nearby boundary will do.
    static constexpr std::size_t kBlock = 256;
    std::size_t blockLowerBound(tl::Nanos t) const {
        const auto b = static_cast<std::size_t>(std::lower_bound(m_start256.begin(), m_start256.end(), t) -
                                                m_start256.begin());
        return std::min(b * kBlock, size());
    }
    // Bit set of the kinds (1 << kind) of segments [i, j).
    std::uint16_t kindMask(std::size_t i, std::size_t j) const;
    std::size_t bytes() const;
    void clear();

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

private:
    ChunkedArray<TimelineSegment> m_segs;
    ChunkedArray<std::uint16_t> m_mask64;  // kinds per block of 64 segments
    std::vector<std::uint16_t> m_mask4096; // kinds per block of 4096 segments
    std::vector<tl::Nanos> m_start256;     // start of every 256th segment: a cache-friendly first search
};

struct TimelineLane {
    TimelineTrack context;               // innermost: task / idle / hard IRQ / softirq vector / tasklet
    TimelineTrack task;                  // the CPU's `current`
    ChunkedArray<std::uint32_t> markers; // event indices, time-ordered
    ChunkedArray<tl::Nanos> markerTimes; // their times (binary search without touching the log)
    std::vector<tl::Nanos> markerTime64; // every 64th marker's time: the first, cache-friendly search
    // First marker index with time >= t.
    std::size_t firstMarkerAtOrAfter(tl::Nanos t) const {
        const auto b = static_cast<std::size_t>(
            std::lower_bound(markerTime64.begin(), markerTime64.end(), t) - markerTime64.begin());
        if (b == 0) return 0;
        std::size_t lo = (b - 1) * 64;
        const std::size_t hi = std::min(b * 64, markerTimes.size());
        while (lo < hi && markerTimes[lo] < t)
            ++lo;
        return lo;
    }

    struct Frame {
        SegmentKind kind;
        std::uint32_t label;
        std::uint32_t event;
    };
    std::vector<Frame> stack; // open contexts, innermost last
    std::uint32_t currentTask = UINT32_MAX;
};

class TimelineModel {
    Q_DECLARE_TR_FUNCTIONS(tlui::TimelineModel)

public:
    // Start over on a new log (the engine's; it must outlive the model or the next reset()).
    void reset(const tl::EventLog* log, int cpus, tl::Nanos tickPeriod, std::uint64_t startJiffies);
    // What a CPU runs before its first event (the engine emits nothing for a task that simply keeps
    // running): `pid`'s task from time 0, if the log knows it.
    void seedCurrent(int cpu, int pid, const std::string& comm);
    // Consume the events appended since the last call; `end` is the simulated now. At most kMaxSync
    // events per call, so that one repaint never stalls on a burst; end() then stops at the last one.
    static constexpr std::size_t kMaxSync = 400'000;
    void sync(tl::Nanos end);
    bool caughtUp() const { return !m_log || m_consumed == m_log->size(); }

    const tl::EventLog* log() const { return m_log; }
    int cpuCount() const { return static_cast<int>(m_lanes.size()); }
    const TimelineLane& lane(int cpu) const { return m_lanes[static_cast<std::size_t>(cpu)]; }
    tl::Nanos end() const { return m_end; }
    tl::Nanos tickPeriod() const { return m_tickPeriod; }
    std::uint64_t startJiffies() const { return m_startJiffies; }
    std::size_t consumedEvents() const { return m_consumed; }
    std::uint64_t jiffiesAt(tl::Nanos t) const;

    // Segment end: the next segment's start, or the model's end for the last one.
    tl::Nanos segmentEnd(const TimelineTrack& track, std::size_t i) const {
        return i + 1 < track.size() ? track.start(i + 1) : m_end;
    }
    QString segmentLabel(const TimelineTrack& track, std::size_t i) const;
    tl::Nanos markerTime(std::uint32_t eventIndex) const { return (*m_log)[eventIndex].time; }

    static bool isMarker(tl::EventType t);
    static QColor markerColor(tl::EventType t);
    QString describeEvent(std::size_t eventIndex) const; // multi-line tooltip text
    QString describeSegment(int cpu, bool taskTrack, std::size_t i) const;

    // The first tasklet run (TaskletEntry) after a tasklet_schedule/hi_schedule event, and the
    // schedule call that queued a run; nullopt when there is none (yet).
    std::optional<std::size_t> runCausedBy(std::size_t scheduleEvent) const;
    std::optional<std::size_t> scheduleOfRun(std::size_t entryEvent) const;

    std::size_t bytes() const; // memory held by the model (segments, markers, summaries)

private:
    SegmentKind taskKind(std::uint32_t taskIndex);
    void pushContext(TimelineLane& lane, tl::Nanos t, std::uint32_t ev);
    void popTo(TimelineLane& lane, SegmentKind kind);

    const tl::EventLog* m_log = nullptr;
    std::vector<TimelineLane> m_lanes;
    std::vector<SegmentKind> m_taskKinds;
    std::size_t m_consumed = 0;
    tl::Nanos m_end = 0;
    tl::Nanos m_tickPeriod = 1'000'000;
    std::uint64_t m_startJiffies = 0;
};

} // namespace tlui
