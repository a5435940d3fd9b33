// Responsiveness benchmark (not a pass/fail test): the real main window, offscreen, running a heavy
// machine (64 CPUs, a 20 kHz IRQ and a tasklet on each) as fast as possible for a few seconds. A 1 ms
// probe timer measures the longest stretch of GUI-thread work between two of its firings, in thread CPU
// time (a busy machine's scheduling delays do not count), and the view updates per second.
// Target: no event-loop turn over 50 ms; at most 60 updates per second.
//   QT_QPA_PLATFORM=offscreen ./bench_gui_responsiveness [--seconds 3]
#include "uitest_support.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    uitest::isolateSettings();
    int seconds = 3;
    for (int i = 1; i + 1 < argc; ++i)
        if (QByteArray(argv[i]) == "--seconds") seconds = std::max(1, std::atoi(argv[i + 1]));
    const QByteArray json = uitest::sixtyFourCpuScenario();
    uitest::Fixture f(json.constData());
    if (!f.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(f.error));
        return 1;
    }
    int updates = 0;
    QObject::connect(f.ctl(), &tlui::SimulationController::advanced, [&] { ++updates; });
    f.window->setSpeedPosition(tlui::MainWindow::kSpeedMax);
    f.ctl()->setRunning(true);
    std::vector<double> turns;
    double last = threadCpuMs();
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double now = threadCpuMs();
        turns.push_back(now - last);
        last = now;
    });
    QElapsedTimer wall;
    wall.start();
    probe.start(1);
    while (wall.elapsed() < seconds * 1000)
        QTest::qWait(20);
    probe.stop();
    f.ctl()->setRunning(false);
    const double secs = static_cast<double>(wall.elapsed()) / 1000.0;
    std::sort(turns.begin(), turns.end());
    const auto pct = [&](double p) {
        return turns.empty() ? 0.0 : turns[static_cast<std::size_t>(p * (turns.size() - 1))];
    };
    std::printf(
        "64 CPUs at full speed for %.1f s: %zu events simulated; event-loop turns (thread CPU): median "
        "%.2f ms, p99 %.2f ms, worst %.2f ms (target 50 ms); %.1f view updates per second (target 60)\n",
        secs, f.engine().log().size(), pct(0.5), pct(0.99), turns.empty() ? 0.0 : turns.back(),
        updates / secs);
    return 0;
}
