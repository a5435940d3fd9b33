// Shared helpers of the core/trace/playback tests: shipped lessons and programmatic scenarios.
#pragma once

#include <engine/scenario.h>
#include <io/scenario_loader.h>

#include <QDir>
#include <QString>
#include <QStringList>
#include <QtTest>

#include <string>
#include <utility>
#include <vector>

namespace tltest {

inline QString sourceDir() { return qEnvironmentVariable("TASKLETLAB_SOURCE_DIR"); }

inline tl::Scenario loadShipped(const QString& file, const tl::ScenarioOverrides& ov = {}) {
    const QString path = QDir(sourceDir()).filePath("resources/scenarios/" + file);
    tl::ScenarioLoadResult r = tl::load_scenario_file(path.toStdString(), ov);
    if (!r.ok()) qFatal("cannot load %s: %s", qPrintable(path), r.error->to_string().c_str());
    return r.scenario;
}

inline QStringList shippedLessons() {
    QDir d(QDir(sourceDir()).filePath("resources/scenarios"));
    return d.entryList({"*.json"}, QDir::Files, QDir::Name);
}

// Lesson-like: 2 CPUs, HZ 1000, a busy task, periodic IRQs scheduling tasklets (one self-rescheduling,
// one hi), a /proc/jitasklet read and API calls from process context.
inline tl::Scenario lessonLike(const char* profile, tl::Nanos duration) {
    using namespace tl;
    Scenario s;
    s.title = "lesson-like";
    s.profile = profile;
    s.cpus = 2;
    s.hz = 1000;
    s.seed = 7;
    s.duration = duration;
    s.tasks.push_back({"cc1", 4368, 0, 0, true});
    s.tasks.push_back({"make", 4400, 1, 0, true});
    TaskletSpec rx{"rx", 3 * kNsPerUs, false, 2, {}};
    TaskletSpec tx{"tx", 2 * kNsPerUs, false, 0, {}};
    s.tasklets = {rx, tx};
    IrqSpec eth;
    eth.name = "eth0";
    eth.irq = 30;
    eth.cpu = 0;
    eth.handler = 1 * kNsPerUs;
    eth.schedule = {"rx", "tx"};
    eth.every = 730 * kNsPerUs;
    IrqSpec disk;
    disk.name = "disk";
    disk.irq = 31;
    disk.cpu = 1;
    disk.handler = 2 * kNsPerUs;
    disk.schedule = {"tx"};
    disk.hi = true;
    disk.rate_hz = 900;
    s.irqs = {eth, disk};
    ActionSpec read;
    read.at = 1300 * kNsPerUs;
    read.cpu = 1;
    read.op = Op::ReadProc;
    read.pid = 5000;
    ActionSpec dis;
    dis.at = 2 * kNsPerMs;
    dis.cpu = 1;
    dis.op = Op::TaskletDisable;
    dis.tasklet = "rx";
    ActionSpec en = dis;
    en.at = 3500 * kNsPerUs;
    en.op = Op::TaskletEnable;
    ActionSpec sleep;
    sleep.at = 4 * kNsPerMs;
    sleep.cpu = 0;
    sleep.op = Op::TaskSleep;
    sleep.pid = 4368;
    ActionSpec wake = sleep;
    wake.at = 6 * kNsPerMs;
    wake.op = Op::TaskWake;
    ActionSpec kill;
    kill.at = 7 * kNsPerMs;
    kill.cpu = 1;
    kill.op = Op::TaskletKill;
    kill.tasklet = "tx";
    s.actions = {read, dis, en, sleep, wake, kill};
    s.steps.push_back({1 * kNsPerMs, "first", "", "", ""});
    s.steps.push_back({4 * kNsPerMs, "cc1 sleeps", "", "", ""});
    s.steps.push_back({7 * kNsPerMs, "kill", "", "", ""});
    return s;
}

// Every profile over the lesson-like scenario, plus the shipped lessons under every profile.
inline std::vector<std::pair<std::string, tl::Scenario>> allScenarios(tl::Nanos duration) {
    std::vector<std::pair<std::string, tl::Scenario>> v;
    for (const char* p : {"ldd3-book", "linux-2.6.10", "linux-6.1", "linux-6.9"}) {
        v.emplace_back(std::string("lesson-like/") + p, lessonLike(p, duration));
        for (const QString& f : shippedLessons()) {
            tl::ScenarioOverrides ov;
            ov.profile = p;
            const QString path = QDir(sourceDir()).filePath("resources/scenarios/" + f);
            tl::ScenarioLoadResult r = tl::load_scenario_file(path.toStdString(), ov);
            if (r.ok()) // a lesson may need a newer profile (BH workqueues): skip the others
                v.emplace_back(f.toStdString() + "/" + p, std::move(r.scenario));
        }
    }
    return v;
}

} // namespace tltest
