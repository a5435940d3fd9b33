// Paint benchmark of the timeline (not a pass/fail test): a 1920x1080 TimelineView over 8 CPUs holding
// 1 and 10 million events; median frame time at full zoom-out and at 1 us per pixel, and the memory per
// event of the GUI process (event log + timeline model).
//   QT_QPA_PLATFORM=offscreen ./bench_timeline_paint [--frames N] [EVENTS...]   (default 1000000 10000000)
#include <timeline_view.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

long rssKiB() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').first().toLong();
    return 0;
}

// A kernel-like stream: on every CPU, every 2 us a device IRQ schedules a tasklet that runs in the
// TASKLET softirq at irq_exit; every 50 bursts the CPU switches between its busy task and ksoftirqd.
void fill(tl::EventLog& log, std::size_t target, int cpus) {
    std::vector<std::uint32_t> busy, ksd;
    for (int c = 0; c < cpus; ++c) {
        busy.push_back(log.add_task(1000 + c, "busy" + std::to_string(c)));
        ksd.push_back(log.add_task(10 + c, "ksoftirqd/" + std::to_string(c)));
    }
    const auto dev = log.intern("eth0"), vec = log.intern("TASKLET"), rx = log.intern("rx");
    std::vector<bool> inKsd(static_cast<std::size_t>(cpus), false);
    auto push = [&](tl::Nanos t, int c, tl::EventType type, std::uint32_t name, tl::Context ctx) {
        tl::Event e;
        e.time = t;
        e.jiffies = static_cast<std::uint32_t>(t / 1'000'000);
        e.cpu = static_cast<std::uint8_t>(c);
        e.task = inKsd[static_cast<std::size_t>(c)] ? ksd[static_cast<std::size_t>(c)]
                                                    : busy[static_cast<std::size_t>(c)];
        e.type = type;
        e.name = name;
        e.context = ctx;
        log.push(e);
    };
    using ET = tl::EventType;
    for (std::int64_t k = 0; log.size() < target; ++k) {
        const tl::Nanos t = k * 2000;
        for (int c = 0; c < cpus && log.size() < target; ++c) {
            const tl::Nanos b = t + c * 37;
            push(b, c, ET::IrqHandlerEntry, dev, tl::Context::HardIrq);
            push(b + 300, c, ET::SoftirqRaise, vec, tl::Context::HardIrq);
            push(b + 310, c, ET::TaskletSchedule, rx, tl::Context::HardIrq);
            push(b + 400, c, ET::IrqHandlerExit, dev, tl::Context::HardIrq);
            push(b + 400, c, ET::DoSoftirqEntry, 0, tl::Context::SoftIrq);
            push(b + 450, c, ET::SoftirqEntry, vec, tl::Context::SoftIrq);
            push(b + 500, c, ET::TaskletEntry, rx, tl::Context::SoftIrq);
            push(b + 900, c, ET::TaskletExit, rx, tl::Context::SoftIrq);
            push(b + 950, c, ET::SoftirqExit, vec, tl::Context::SoftIrq);
            push(b + 1000, c, ET::DoSoftirqExit, 0, tl::Context::SoftIrq);
            if (k % 50 == 49) {
                inKsd[static_cast<std::size_t>(c)] = !inKsd[static_cast<std::size_t>(c)];
                tl::Event e;
                e.time = b + 1500;
                e.cpu = static_cast<std::uint8_t>(c);
                e.type = ET::SchedSwitch;
                e.task = inKsd[static_cast<std::size_t>(c)] ? busy[static_cast<std::size_t>(c)]
                                                            : ksd[static_cast<std::size_t>(c)];
                e.arg = static_cast<std::int32_t>(inKsd[static_cast<std::size_t>(c)]
                                                      ? ksd[static_cast<std::size_t>(c)]
                                                      : busy[static_cast<std::size_t>(c)]);
                log.push(e);
            }
        }
    }
}

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int frames = 31;
    std::vector<std::size_t> sizes;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--frames") && i + 1 < args.size())
            frames = args[++i].toInt();
        else
            sizes.push_back(args[i].toULongLong());
    }
    if (sizes.empty()) sizes = {1'000'000, 10'000'000};
    constexpr int kCpus = 8;
    std::printf("timeline paint benchmark: 1920x1080 widget, %d CPUs, median of %d frames\n", kCpus, frames);
    std::printf("%10s  %18s  %18s  %10s  %10s  %8s  %8s\n", "events", "fit ms wall/cpu", "1us/px ms wall/cpu",
                "items(fit)", "model B/ev", "log B/ev", "RSS B/ev");
    for (std::size_t n : sizes) {
        const long rss0 = rssKiB();
        auto log = std::make_unique<tl::EventLog>();
        fill(*log, n, kCpus);
        const tl::Nanos end = log->back().time + 2000;
        tlui::TimelineView view;
        view.resize(1920, 1080);
        view.show();
        QCoreApplication::processEvents();
        view.setLog(log.get(), kCpus, tl::kNsPerMs, 0);
        QElapsedTimer sync;
        sync.start();
        view.refresh(end);
        while (!view.model().caughtUp())
            view.refresh(end); // the GUI catches up over a few frames
        const double syncMs = static_cast<double>(sync.nsecsElapsed()) / 1e6;
        QCoreApplication::processEvents();
        const long rss1 = rssKiB();

        // Wall time and this thread's CPU time per frame (CPU time is what the frame costs; wall time
        // also counts waiting for a core on a busy machine).
        auto measure = [&](double lower, double width, double step) {
            std::vector<double> wall, cpu;
            for (int i = 0; i < frames; ++i) {
                view.setVisibleRange(lower + i * step, lower + i * step + width);
                QElapsedTimer timer;
                const double c0 = threadCpuMs();
                timer.start();
                view.replotNow();
                wall.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                cpu.push_back(threadCpuMs() - c0);
            }
            return std::pair{median(wall), median(cpu)};
        };
        view.setFollowLive(false);
        const auto [fit, fitCpu] = measure(0, static_cast<double>(end), 0);
        const std::size_t items = view.lastItemCount();
        // 1 us per pixel: the plot area is ~1850 px wide; pan through the middle of the run.
        const double plotWidth = view.width() - 90;
        const auto [fine, fineCpu] = measure(static_cast<double>(end) / 2, plotWidth * 1000.0, 997.0);
        const double modelB = static_cast<double>(view.model().bytes()) / static_cast<double>(n);
        const double rssB = static_cast<double>(rss1 - rss0) * 1024.0 / static_cast<double>(n);
        std::printf(
            "%10zu  %8.2f / %7.2f  %8.2f / %7.2f  %10zu  %10.1f  %8.1f  %8.1f   (model build %.0f ms)\n", n,
            fit, fitCpu, fine, fineCpu, items, modelB, log->bytes_per_event(), rssB, syncMs);
        std::fflush(stdout);
    }
    return 0;
}
