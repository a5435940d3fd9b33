// Benchmark of going back in the desktop app (not a pass/fail test): the real main window, offscreen,
// on a 10-simulated-second run (2 CPUs, HZ 1000, periodic IRQs scheduling two tasklets, a /proc read
// each second), at its end. One measurement is the whole user-visible cost: the replay
// (SimulationController, core/trace/playback/rewind.h) plus every view rebuilding from the new engine
// and one repaint. Target: 200 ms.
//   QT_QPA_PLATFORM=offscreen ./bench_gui_step_back [--repeat N] [--duration 10s]
#include <main_window.h>
#include <simulation_controller.h>
#include <timeline_view.h>

#include <io/scenario_loader.h>

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace {

std::string scenarioText(const char* profile, const std::string& duration) {
    std::string s = R"({"format": "taskletlab-scenario", "version": 1, "title": "bench step back",
      "profile": ")" +
                    std::string(profile) + R"(", "cpus": 2, "hz": 1000, "seed": 3, "duration": ")" +
                    duration + R"(",
      "tasks": [ {"comm": "cc1", "pid": 4368, "cpu": 0, "nice": 0, "state": "running"},
                 {"comm": "make", "pid": 4400, "cpu": 1, "nice": 0, "state": "running"} ],
      "tasklets": [ {"name": "rx", "work": "3us", "reschedule": 2}, {"name": "tx", "work": "2us"} ],
      "irqs": [ {"name": "eth0", "irq": 30, "cpu": 0, "handler": "1us", "schedule": ["rx", "tx"], "every": "500us"},
                {"name": "eth1", "irq": 31, "cpu": 1, "handler": "1us", "schedule": ["rx", "tx"], "every": "1ms"} ],
      "steps": [ {"at": "1s", "title": "one"}, {"at": "5s", "title": "five"}, {"at": "9s", "title": "nine"} ]
    })";
    return s;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    int repeat = 5;
    std::string duration = "10s";
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::string(argv[i]) == "--repeat") repeat = std::max(1, std::atoi(argv[i + 1]));
        if (std::string(argv[i]) == "--duration") duration = argv[i + 1];
    }
    for (const char* profile : {"linux-2.6.10", "linux-6.1"}) {
        const auto r = tl::load_scenario_text(scenarioText(profile, duration), "bench.json");
        if (!r.ok()) {
            std::fprintf(stderr, "bench scenario: %s\n", r.error->message.c_str());
            return 1;
        }
        tlui::MainWindow w(nullptr, false);
        w.resize(1600, 1000);
        w.show();
        tlui::SimulationController* c = w.controller();
        c->load(r.scenario);
        c->runUntilBlocking(r.scenario.duration);
        QCoreApplication::processEvents();
        auto timed = [&](auto&& action) {
            QElapsedTimer t;
            t.start();
            action();
            c->flushUpdates();
            w.timeline()->replotNow();
            QCoreApplication::processEvents();
            return static_cast<double>(t.nsecsElapsed()) / 1e6;
        };
        std::vector<double> event, tick, step;
        for (int i = 0; i < repeat; ++i) {
            event.push_back(timed([&] { c->stepBackEvent(); }));
            tick.push_back(timed([&] { c->stepBackTick(); }));
            step.push_back(timed([&] { c->backToPreviousLessonStep(); }));
            c->runUntilBlocking(r.scenario.duration); // back to the end (not timed)
        }
        std::printf("%-13s %zu events: back one event %.1f ms, one tick %.1f ms, one lesson step %.1f ms "
                    "(median of %d, wall clock, replay + views + repaint)\n",
                    profile, c->engine()->log().size(), median(event), median(tick), median(step), repeat);
    }
    return 0;
}
