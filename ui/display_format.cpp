// Text and colour conventions shared by every view.
#include "display_format.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdlib>

namespace tlui {

QColor segmentColor(SegmentKind kind) {
    switch (kind) {
    case SegmentKind::None:
        return QColor(245, 245, 245);
    case SegmentKind::Idle:
        return QColor(222, 226, 230);
    case SegmentKind::Task:
        return QColor(116, 169, 207);
    case SegmentKind::Ksoftirqd:
        return QColor(153, 112, 171);
    case SegmentKind::DoSoftirq:
        return QColor(253, 204, 138);
    case SegmentKind::HardIrq:
        return QColor(215, 48, 39);
    case SegmentKind::Softirq:
        return QColor(244, 140, 36);
    case SegmentKind::Tasklet:
        return QColor(26, 152, 80);
    case SegmentKind::Count:
        break;
    }
    return Qt::black;
}

QString segmentKindName(SegmentKind kind) {
    switch (kind) {
    case SegmentKind::None:
        return QCoreApplication::translate("tlui::Timeline", "not started");
    case SegmentKind::Idle:
        return QCoreApplication::translate("tlui::Timeline", "idle");
    case SegmentKind::Task:
        return QCoreApplication::translate("tlui::Timeline", "task");
    case SegmentKind::Ksoftirqd:
        return QCoreApplication::translate("tlui::Timeline", "ksoftirqd");
    case SegmentKind::DoSoftirq:
        return QCoreApplication::translate("tlui::Timeline", "softirq processing");
    case SegmentKind::HardIrq:
        return QCoreApplication::translate("tlui::Timeline", "hard IRQ");
    case SegmentKind::Softirq:
        return QCoreApplication::translate("tlui::Timeline", "softirq vector");
    case SegmentKind::Tasklet:
        return QCoreApplication::translate("tlui::Timeline", "tasklet");
    case SegmentKind::Count:
        break;
    }
    return {};
}

QString formatTime(tl::Nanos t) {
    // Milliseconds with nanosecond precision reads best for tasklet work (µs) inside ticks (ms).
    const bool neg = t < 0;
    const auto a = static_cast<unsigned long long>(std::llabs(t));
    return QStringLiteral("%1%2.%3 ms")
        .arg(neg ? QStringLiteral("-") : QString())
        .arg(a / 1'000'000ULL)
        .arg(a % 1'000'000ULL, 6, 10, QLatin1Char('0'));
}

QString formatDuration(tl::Nanos d) {
    const double a = std::fabs(static_cast<double>(d));
    if (a < 1e3) return QStringLiteral("%1 ns").arg(d);
    if (a < 1e6) return QStringLiteral("%1 us").arg(static_cast<double>(d) / 1e3, 0, 'g', 6);
    if (a < 1e9) return QStringLiteral("%1 ms").arg(static_cast<double>(d) / 1e6, 0, 'g', 7);
    return QStringLiteral("%1 s").arg(static_cast<double>(d) / 1e9, 0, 'g', 10);
}

QString taskStateName(tl::TaskState s) {
    switch (s) {
    case tl::TaskState::Running:
        return QCoreApplication::translate("tlui::State", "running");
    case tl::TaskState::Runnable:
        return QCoreApplication::translate("tlui::State", "runnable");
    case tl::TaskState::Sleeping:
        return QCoreApplication::translate("tlui::State", "sleeping (S)");
    case tl::TaskState::SleepingUninterruptible:
        return QCoreApplication::translate("tlui::State", "sleeping (D)");
    case tl::TaskState::Dead:
        return QCoreApplication::translate("tlui::State", "dead");
    }
    return {};
}

QString formatSpeed(double simNanosPerSecond) {
    if (simNanosPerSecond <= 0) return QCoreApplication::translate("tlui::Speed", "max");
    if (std::fabs(simNanosPerSecond - 1e9) < 1)
        return QCoreApplication::translate("tlui::Speed", "real time");
    return QCoreApplication::translate("tlui::Speed", "%1 per s")
        .arg(formatDuration(static_cast<tl::Nanos>(simNanosPerSecond)));
}

QString lessonText(const std::string& text) {
    if (text.empty()) return {};
    return QCoreApplication::translate("Lesson", text.c_str());
}

} // namespace tlui
