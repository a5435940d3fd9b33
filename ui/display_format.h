// Text and colour conventions shared by every view: simulated time, task states, timeline kinds.
#pragma once

#include <engine/machine_state.h>
#include <engine/time.h>

#include <QColor>
#include <QString>

#include <string>

namespace tlui {

// What a timeline segment shows (the innermost context on a CPU, or the current task).
enum class SegmentKind : quint8 {
    None,      // before the CPU's first event
    Idle,      // swapper
    Task,      // an ordinary task
    Ksoftirqd, // ksoftirqd/N
    DoSoftirq, // __do_softirq between vector actions
    HardIrq,   // a hard IRQ handler (IRQ name)
    Softirq,   // a softirq vector's action (vector name)
    Tasklet,   // a tasklet callback (tasklet name)
    Count
};

QColor segmentColor(SegmentKind kind);
QString segmentKindName(SegmentKind kind); // translated, for the legend and tooltips

// "1.250 000 ms"-like compact rendering of simulated time: "12.345678 ms", "250 us", "1.000000000 s".
QString formatTime(tl::Nanos t);
// A duration with an adaptive unit: "750 ns", "2.5 us", "1.25 ms".
QString formatDuration(tl::Nanos d);
QString taskStateName(tl::TaskState s); // translated
// "100 us/s", "real time", "max": the speed slider's label.
QString formatSpeed(double simNanosPerSecond);

// A lesson text (title, narration, question...) in the user's language: the built-in lessons' texts
// are translated in the context "Lesson" (translations/lesson_strings.cmake); any other text, e.g. a
// teacher's own step, is shown as written.
QString lessonText(const std::string& text);

} // namespace tlui
