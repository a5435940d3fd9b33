// Scenario writing: load -> write -> load gives an equal Scenario, and the text is canonical.
#include "scenario_compare.h"

#include <io/scenario_loader.h>
#include <io/scenario_writer.h>

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// (Escapes are kept out of the raw string: moc mis-reads a backslash-quote inside one.)
const std::string kFull =
    std::string(R"({"format": "taskletlab-scenario", "version": 1,)") +
    "\"title\": \"All \\\"keys\\\"\\n\", \"description\": \"\xC3\xA9, tabs\\t and, commas\"," +
    R"(
  "profile": "linux-6.9", "cpus": 2, "hz": 300, "seed": 18446744073709551615,
  "start_jiffies": 4294937296, "duration": "1.000000001s", "smp": true, "ksoftirqd_delay": "3j",
  "ksoftirqd_pids": [3, 10],
  "costs": {"softirq_action": "0ns", "tick_handler": "1.5us", "context_switch": "2us"},
  "tasks": [{"comm": "cc1", "pid": 4368, "cpu": 1, "nice": -3, "state": "sleeping"}],
  "tasklets": [{"name": "rx", "work": "2us", "disabled": true, "reschedule": -1,
                "calls": [{"op": "tasklet_schedule", "tasklet": "tx"}, {"op": "tasklet_disable"}]},
               {"name": "tx"}, {"name": "wq", "bh_work": true}],
  "irqs": [{"name": "eth0", "irq": 11, "cpu": 1, "handler": "5us", "schedule": ["rx", "tx"], "hi": true,
            "at": ["3ms", "4ms"], "every": "700us", "from": "1ms", "until": "9ms", "rate_hz": 0.1, "wake": [4368]}],
  "actions": [{"at": "300us", "cpu": 0, "op": "read_proc", "file": "jitimer", "comm": "cat", "pid": 4370,
               "reads": 2, "tdelay": 3},
              {"at": "1ms", "cpu": 1, "op": "tasklet_hi_schedule", "tasklet": "rx", "context": "hardirq"},
              {"at": "1ms", "cpu": 1, "op": "tasklet_disable", "tasklet": "tx", "comm": "drv", "pid": 77},
              {"at": "2ms", "cpu": 0, "op": "irq", "irq": "eth0"},
              {"at": "2ms", "cpu": 0, "op": "task_wake", "pid": 4368},
              {"at": "3ms", "cpu": 0, "op": "local_bh_enable"},
              {"at": "4ms", "cpu": 1, "op": "tasklet_init", "tasklet": "tx", "pid": 77},
              {"at": "5ms", "cpu": 0, "op": "tasklet_hi_schedule", "tasklet": "wq"}],
  "steps": [{"at": "1ms", "title": "First", "text": "Narration", "question": "Why?", "answer": "Because."}]
})";

tl::Scenario load(const std::string& text) {
    auto r = tl::load_scenario_text(text, "t.json");
    if (!r.ok()) qWarning("%s", r.error->to_string().c_str());
    return r.ok() ? r.scenario : tl::Scenario{};
}

} // namespace

class TestScenarioWriter : public QObject {
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField() {
        const tl::Scenario first = load(kFull);
        QCOMPARE(first.tasks.size(), std::size_t{1}); // the fixture itself loads
        const std::string text = tl::write_scenario(first);
        const auto again = tl::load_scenario_text(text, "written.json");
        QVERIFY2(again.ok(), again.ok() ? "" : again.error->to_string().c_str());
        const std::string diff = tl::test::scenario_difference(first, again.scenario);
        QVERIFY2(diff.empty(), diff.c_str());
    }

    void roundTripDetectsADifference() {
        // The comparison itself must be able to fail.
        tl::Scenario a = load(kFull);
        tl::Scenario b = a;
        b.actions[2].pid = 78;
        QCOMPARE(tl::test::scenario_difference(a, b), std::string("actions[2].pid"));
    }

    void writingIsIdempotent() {
        const std::string once = tl::write_scenario(load(kFull));
        QCOMPARE(tl::write_scenario(load(once)), once);
    }

    void writesCanonicalText() {
        tl::Scenario s;
        s.title = "Busy CPU";
        s.profile = "ldd3-book";
        s.start_jiffies = 6076139;
        s.duration = 20 * tl::kNsPerMs;
        s.tasks.push_back({"cc1", 4368, 0, 0, true});
        tl::TaskletSpec rx;
        rx.name = "rx";
        rx.work = 2000;
        s.tasklets.push_back(rx);
        tl::ActionSpec a;
        a.at = 2'100'000;
        a.op = tl::Op::TaskSleep;
        a.pid = 4368;
        a.tdelay = 99; // not used by task_sleep: not written
        s.actions.push_back(a);
        QCOMPARE(tl::write_scenario(s), std::string(R"({
  "format": "taskletlab-scenario",
  "version": 1,
  "title": "Busy CPU",
  "profile": "ldd3-book",
  "cpus": 1,
  "seed": 1,
  "start_jiffies": 6076139,
  "duration": "20ms",
  "tasks": [
    {"comm": "cc1", "pid": 4368, "cpu": 0, "nice": 0, "state": "running"}
  ],
  "tasklets": [
    {"name": "rx", "work": "2us", "disabled": false}
  ],
  "actions": [
    {"at": "2.1ms", "cpu": 0, "op": "task_sleep", "pid": 4368}
  ]
}
)"));
    }

    void savesAtomicallyAndLoadsBack() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("s.json").toStdString();
        const tl::Scenario s = load(kFull);
        QCOMPARE(tl::save_scenario(s, path), std::string());
        const auto r = tl::load_scenario_file(path);
        QVERIFY(r.ok());
        QVERIFY(tl::test::scenario_difference(s, r.scenario).empty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temp left behind
    }
};

QTEST_APPLESS_MAIN(TestScenarioWriter)
#include "tst_scenario_writer.moc"
