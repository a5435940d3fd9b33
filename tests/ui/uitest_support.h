// Shared helpers of the UI tests: a main window on a scenario written to a temporary file, and
// shortcuts to the engine state the panels show.
#pragma once

#include <main_window.h>
#include <simulation_controller.h>
#include <tasklet_panel.h>
#include <tasklet_table_model.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace uitest {

// Two CPUs under linux-6.1, a CPU-bound task on each, tasklet rx (2 us of work), 10 ms.
inline const char* kTwoCpuScenario = R"({
  "format": "taskletlab-scenario", "version": 1,
  "title": "UI test", "profile": "linux-6.1", "cpus": 2, "hz": 1000, "seed": 1,
  "start_jiffies": 1000, "duration": "10ms",
  "tasks": [ {"comm": "busy0", "pid": 500, "cpu": 0, "nice": 0, "state": "running"},
             {"comm": "busy1", "pid": 501, "cpu": 1, "nice": 0, "state": "running"} ],
  "tasklets": [ {"name": "rx", "work": "2us"} ]
})";

// The busy-CPU lesson without its scripted read: the test clicks "Read" instead.
inline const char* kBusyCpuNoRead = R"({
  "format": "taskletlab-scenario", "version": 1,
  "title": "Busy CPU, read by hand", "profile": "ldd3-book", "cpus": 1, "hz": 1000, "seed": 1,
  "start_jiffies": 6076139, "duration": "20ms",
  "tasks": [ {"comm": "cc1", "pid": 4368, "cpu": 0, "nice": 0, "state": "running"} ],
  "actions": [ {"at": "2100us", "cpu": 0, "op": "task_sleep", "pid": 4368} ]
})";

// 64 CPUs, a busy task and a 20 kHz IRQ scheduling a tasklet on each, 10 s: a heavy machine.
inline QByteArray sixtyFourCpuScenario() {
    QJsonArray tasks, tasklets, irqs;
    for (int c = 0; c < 64; ++c) {
        tasks.append(QJsonObject{{"comm", QStringLiteral("busy%1").arg(c)},
                                 {"pid", 1000 + c},
                                 {"cpu", c},
                                 {"nice", 0},
                                 {"state", "running"}});
        tasklets.append(QJsonObject{{"name", QStringLiteral("t%1").arg(c)}, {"work", "3us"}});
        irqs.append(QJsonObject{{"name", QStringLiteral("dev%1").arg(c)},
                                {"irq", 20 + c},
                                {"cpu", c},
                                {"handler", "2us"},
                                {"schedule", QJsonArray{QStringLiteral("t%1").arg(c)}},
                                {"every", "50us"}});
    }
    const QJsonObject doc{{"format", "taskletlab-scenario"},
                          {"version", 1},
                          {"title", "64 CPUs"},
                          {"profile", "linux-6.1"},
                          {"cpus", 64},
                          {"hz", 1000},
                          {"duration", "10s"},
                          {"tasks", tasks},
                          {"tasklets", tasklets},
                          {"irqs", irqs}};
    return QJsonDocument(doc).toJson();
}

inline void isolateSettings() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TaskletLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("taskletlab-uitest"));
}

inline QString writeFile(const QTemporaryDir& dir, const QString& name, const char* text) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return {};
    f.write(text);
    return path;
}

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<tlui::MainWindow> window;

    explicit Fixture(const char* scenario = kTwoCpuScenario) {
        window = std::make_unique<tlui::MainWindow>(nullptr, false);
        window->resize(1400, 900);
        const QString path = writeFile(dir, QStringLiteral("scenario.json"), scenario);
        error = window->openScenario(path);
        window->show();
    }
    ~Fixture() {
        // Never prompt about unsaved work when a test ends.
        if (window) window->controller()->markSaved(QString());
    }
    QString error;

    tlui::SimulationController* ctl() const { return window->controller(); }
    tl::Engine& engine() const { return *window->controller()->engine(); }
    void runUntil(tl::Nanos t) const { ctl()->runUntilBlocking(t); }
    void runFor(tl::Nanos d) const { ctl()->runUntilBlocking(engine().now() + d); }
    // Steps (the "Step Event" action) until an event of `type` appears; false if none within `limit`.
    bool stepUntil(tl::EventType type, int limit = 10000) const {
        const std::size_t from = engine().log().size();
        for (int i = 0; i < limit && !engine().finished(); ++i) {
            ctl()->stepEvent();
            for (std::size_t k = from; k < engine().log().size(); ++k)
                if (engine().log()[k].type == type) {
                    ctl()->flushUpdates();
                    return true;
                }
        }
        ctl()->flushUpdates();
        return false;
    }
    const tl::TaskletInfo* tasklet(const std::string& name) const {
        static tl::MachineState st;
        st = engine().snapshot();
        for (const auto& t : st.tasklets)
            if (t.name == name) return &t;
        return nullptr;
    }
    // Text the tasklet panel's table shows for `name` in `column`.
    QString taskletCell(const QString& name, int column) const {
        auto* m = window->taskletPanel()->model();
        const int row = m->rowOf(name);
        return row < 0 ? QString() : m->data(m->index(row, column)).toString();
    }
    QString call(tl::Op op, const QString& tasklet, int cpu,
                 tl::CallContext context = tl::CallContext::Process) const {
        tlui::TaskletPanel* p = window->taskletPanel();
        if (!p->selectTasklet(tasklet)) return QStringLiteral("no such tasklet in the panel");
        p->setCpu(cpu);
        p->setCallContext(context);
        QTest::mouseClick(p->opButton(op), Qt::LeftButton);
        return {};
    }
};

} // namespace uitest
