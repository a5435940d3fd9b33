// Scenario loading: the interfaces.md example, defaults, overrides, and one test per kind of error,
// each checking the place (line, column, JSON path) and the reason.
#include <io/scenario_loader.h>

#include <QTemporaryDir>
#include <QtTest>

namespace {

// The example of interfaces.md, one member per line so that positions are easy to state.
const std::string kExample = R"({
  "format": "taskletlab-scenario", "version": 1,
  "title": "Busy CPU", "description": "optional text",
  "profile": "ldd3-book", "cpus": 1, "hz": 1000, "seed": 1,
  "start_jiffies": 6076139, "duration": "20ms",
  "tasks":    [ {"comm": "cc1", "pid": 4368, "cpu": 0, "nice": 0, "state": "running"} ],
  "tasklets": [ {"name": "rx", "work": "2us", "disabled": false} ],
  "irqs":     [ {"name": "eth0", "irq": 11, "cpu": 0, "handler": "5us",
                 "schedule": ["rx"], "hi": false,
                 "at": ["3ms"], "every": "700us", "from": "1ms", "until": "9ms", "rate_hz": 0} ],
  "actions":  [ {"at": "300us", "cpu": 0, "op": "read_proc", "file": "jitasklet", "comm": "cat", "pid": 4370},
                {"at": "2100us", "cpu": 0, "op": "task_sleep", "pid": 4368} ],
  "steps":    [ {"at": "1ms", "title": "First tick", "text": "Narration shown during playback."} ]
}
)";

std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const auto at = text.find(from);
    if (at == std::string::npos) qFatal("test bug: '%s' not in the scenario", std::string(from).c_str());
    return text.replace(at, from.size(), to);
}

tl::ScenarioError errorOf(const std::string& text, const tl::ScenarioOverrides& ov = {}) {
    const auto r = tl::load_scenario_text(text, "ldd3.json", ov);
    if (r.ok()) return {"", 0, 0, "", "loaded without error"};
    return *r.error;
}

tl::Scenario loaded(const std::string& text, const tl::ScenarioOverrides& ov = {}) {
    auto r = tl::load_scenario_text(text, "t.json", ov);
    if (!r.ok()) qWarning("%s", r.error->to_string().c_str());
    return r.ok() ? r.scenario : tl::Scenario{};
}

const std::string kMinimal = R"({"format": "taskletlab-scenario", "version": 1})";

std::string minimalWith(std::string_view members) {
    return R"({"format": "taskletlab-scenario", "version": 1, )" + std::string(members) + "}";
}

} // namespace

class TestScenarioLoader : public QObject {
    Q_OBJECT

private slots:
    void loadsInterfacesExample() {
        const tl::Scenario s = loaded(kExample);
        QCOMPARE(s.title, std::string("Busy CPU"));
        QCOMPARE(s.profile, std::string("ldd3-book"));
        QCOMPARE(s.hz, 1000);
        QCOMPARE(s.start_jiffies, std::uint64_t{6076139});
        QCOMPARE(s.duration, 20 * tl::kNsPerMs);
        QCOMPARE(s.tasks.size(), std::size_t{1});
        QCOMPARE(s.tasks[0].pid, 4368);
        QVERIFY(s.tasks[0].running);
        QCOMPARE(s.tasklets[0].work, tl::Nanos{2000});
        const tl::IrqSpec& q = s.irqs.at(0);
        QCOMPARE(q.irq, 11);
        QCOMPARE(q.schedule, std::vector<std::string>{"rx"});
        QCOMPARE(q.at, std::vector<tl::Nanos>{3 * tl::kNsPerMs});
        QCOMPARE(q.every.value(), tl::Nanos{700'000});
        QCOMPARE(q.until.value(), 9 * tl::kNsPerMs);
        QCOMPARE(s.actions.size(), std::size_t{2});
        QCOMPARE(s.actions[0].op, tl::Op::ReadProc);
        QCOMPARE(s.actions[0].comm, std::string("cat"));
        QCOMPARE(s.actions[0].pid.value(), 4370);
        QCOMPARE(s.actions[1].op, tl::Op::TaskSleep);
        QCOMPARE(s.actions[1].at, tl::Nanos{2'100'000});
        QCOMPARE(s.steps[0].title, std::string("First tick"));
    }

    void appliesDefaults() {
        const tl::Scenario s = loaded(kMinimal);
        QCOMPARE(s.profile, std::string("linux-6.1"));
        QCOMPARE(s.cpus, 1);
        QCOMPARE(s.hz, 0); // the engine uses the profile's default
        QCOMPARE(s.duration, 100 * tl::kNsPerMs);
        QVERIFY(s.smp);
        QVERIFY(s.tasks.empty());
        QVERIFY(s.ksoftirqd_pids.empty());
    }

    void readsExtensions() {
        const tl::Scenario s = loaded(minimalWith(R"("cpus": 2, "smp": true, "ksoftirqd_delay": "1ms",
            "ksoftirqd_pids": [3, 9],
            "costs": {"softirq_action": "50ns", "tick_handler": "1us", "context_switch": "2us"},
            "tasks": [{"comm": "reader", "pid": 100, "cpu": 1, "state": "sleeping", "nice": -5}],
            "tasklets": [{"name": "t", "reschedule": -1, "disabled": true,
                          "calls": [{"op": "tasklet_schedule", "tasklet": "later"}, {"op": "tasklet_disable"}]},
                         {"name": "later"}],
            "irqs": [{"name": "kbd", "wake": [100], "rate_hz": 12.5}],
            "actions": [{"at": "1ms", "cpu": 1, "op": "tasklet_kill", "tasklet": "t", "context": "hardirq"},
                        {"at": "2ms", "cpu": 0, "op": "read_proc", "file": "jitimer", "reads": 1, "tdelay": 4},
                        {"at": "3ms", "cpu": 0, "op": "irq", "irq": "kbd"},
                        {"at": "4ms", "cpu": 0, "op": "local_bh_disable", "comm": "drv"},
                        {"at": "5ms", "cpu": 1, "op": "tasklet_init", "tasklet": "t", "pid": 100}],
            "steps": [{"at": "0s", "title": "t", "question": "q?", "answer": "a"}])"));
        QCOMPARE(s.ksoftirqd_delay, tl::kNsPerMs);
        QCOMPARE(s.ksoftirqd_pids, (std::vector<int>{3, 9}));
        QCOMPARE(s.costs.softirq_action, tl::Nanos{50});
        QCOMPARE(s.costs.context_switch, tl::Nanos{2000});
        QVERIFY(!s.tasks[0].running);
        QCOMPARE(s.tasks[0].nice, -5);
        QCOMPARE(s.tasklets[0].reschedule, -1);
        QVERIFY(s.tasklets[0].disabled);
        QCOMPARE(s.tasklets[0].calls.size(), std::size_t{2});
        QCOMPARE(s.tasklets[0].calls[0].tasklet, std::string("later")); // defined after the caller
        QCOMPARE(s.tasklets[0].calls[1].op, tl::Op::TaskletDisable);
        QCOMPARE(s.tasklets[0].calls[1].tasklet, std::string("t")); // default: itself
        QCOMPARE(s.irqs[0].wake, std::vector<int>{100});
        QCOMPARE(s.irqs[0].rate_hz, 12.5);
        QCOMPARE(s.actions[0].context, tl::CallContext::HardIrq);
        QCOMPARE(s.actions[1].file, tl::ProcFile::Jitimer);
        QCOMPARE(s.actions[1].reads, 1);
        QCOMPARE(s.actions[1].tdelay, 4);
        QCOMPARE(s.actions[2].irq, std::string("kbd"));
        QCOMPARE(s.actions[3].op, tl::Op::LocalBhDisable);
        QCOMPARE(s.actions[4].op, tl::Op::TaskletInit);
        QCOMPARE(s.actions[4].pid.value(), 100); // the existing task, on its own CPU
        QCOMPARE(s.steps[0].answer, std::string("a"));
    }

    void jiffiesUseScenarioHz() {
        QCOMPARE(loaded(minimalWith(R"("hz": 100, "duration": "3j")")).duration, 30 * tl::kNsPerMs);
    }

    void jiffiesUseProfileHzWhenHzIsAbsent() {
        QCOMPARE(loaded(minimalWith(R"("profile": "ldd3-book", "duration": "5j")")).duration,
                 5 * tl::kNsPerMs);
        QCOMPARE(loaded(minimalWith(R"("profile": "linux-6.1", "duration": "5j")")).duration,
                 20 * tl::kNsPerMs);
    }

    void overridesReplaceFileValues() {
        tl::ScenarioOverrides ov;
        ov.profile = "linux-6.9";
        ov.seed = 42;
        ov.duration = "2j"; // the override's HZ: the scenario says hz 1000
        const tl::Scenario s = loaded(kExample, ov);
        QCOMPARE(s.profile, std::string("linux-6.9"));
        QCOMPARE(s.seed, std::uint64_t{42});
        QCOMPARE(s.duration, 2 * tl::kNsPerMs);
    }

    void profileOverrideChangesJiffyLength() {
        tl::ScenarioOverrides ov;
        ov.profile = "linux-6.1"; // default HZ 250
        QCOMPARE(loaded(minimalWith(R"("profile": "ldd3-book", "duration": "5j")"), ov).duration,
                 20 * tl::kNsPerMs);
    }

    void badDurationOverrideNamesTheOption() {
        tl::ScenarioOverrides ov;
        ov.duration = "soon";
        const auto e = errorOf(kExample, ov);
        QCOMPARE(e.file, std::string());
        QCOMPARE(e.json_path, std::string("--duration"));
        QVERIFY(e.to_string().starts_with("--duration: expected a time like \"2us\""));
        ov.duration = "0s";
        QVERIFY(errorOf(kExample, ov).message.find("from 1ns to 3600s") != std::string::npos);
    }

    void unknownProfileOverrideIsAnError() {
        tl::ScenarioOverrides ov;
        ov.profile = "linux-9.9";
        const auto e = errorOf(kExample, ov);
        QCOMPARE(e.json_path, std::string("--profile"));
        QVERIFY(e.message.find("ldd3-book") != std::string::npos);
    }

    void profileOverrideIsValidatedWithTheScenario() {
        // pid 14 is free under ldd3-book (ksoftirqd/0 = 2) but ksoftirqd/0's under linux-6.1.
        const std::string text =
            minimalWith(R"("profile": "ldd3-book", "tasks": [{"comm": "a", "pid": 14}])");
        QVERIFY(tl::load_scenario_text(text, "t.json").ok());
        tl::ScenarioOverrides ov;
        ov.profile = "linux-6.1";
        const auto e = errorOf(text, ov);
        QCOMPARE(e.json_path, std::string("$.tasks[0].pid"));
        QVERIFY(e.message.find("ksoftirqd/0") != std::string::npos);
    }

    void errorMessageHasTheDocumentedForm() {
        const auto e = errorOf(replaced(kExample, R"("work": "2us")", R"("work": 5)"));
        QCOMPARE(e.line, 7);
        QCOMPARE(e.column, 40);
        QCOMPARE(e.to_string(),
                 std::string(R"(ldd3.json:7:40: $.tasklets[0].work: expected a time like "2us", got 5)"));
    }

    void reportsJsonSyntaxErrors() {
        const auto e = errorOf(replaced(kExample, R"("cpus": 1,)", R"("cpus": 1)"));
        QCOMPARE(e.line, 4);
        QCOMPARE(e.column, 37); // where the comma is missing: at the next key
        QCOMPARE(e.json_path, std::string());
        QVERIFY(e.to_string().starts_with("ldd3.json:4:37: expected ',' or '}'"));
    }

    void rejectsNonObjectRoot() {
        const auto e = errorOf("[1]");
        QCOMPARE(e.json_path, std::string("$"));
        QCOMPARE(e.message, std::string("expected a scenario (an object), got an array"));
    }

    void rejectsWrongFormat() {
        const auto e = errorOf(replaced(kExample, "taskletlab-scenario", "tasklet-scenario"));
        QCOMPARE(e.json_path, std::string("$.format"));
        QCOMPARE(e.line, 2);
        QCOMPARE(e.column, 13);
    }

    void rejectsWrongVersion() {
        const auto e = errorOf(replaced(kExample, R"("version": 1)", R"("version": 2)"));
        QCOMPARE(e.json_path, std::string("$.version"));
        QVERIFY(e.message.starts_with("expected 1"));
        QVERIFY(e.message.ends_with("got 2"));
    }

    void rejectsMissingRequiredKey() {
        const auto e = errorOf(replaced(kExample, R"("op": "task_sleep", )", ""));
        QCOMPARE(e.json_path, std::string("$.actions[1]"));
        QCOMPARE(e.message, std::string(R"(missing required key "op")"));
        QCOMPARE(e.line, 12);
        QCOMPARE(e.column, 17); // the object's opening brace
        QCOMPARE(errorOf(R"({"version": 1})").message, std::string(R"(missing required key "format")"));
    }

    void rejectsUnknownTopLevelKey() {
        const auto e = errorOf(replaced(kExample, R"("seed": 1,)", R"("sead": 1,)"));
        QCOMPARE(e.json_path, std::string("$.sead"));
        QCOMPARE(e.line, 4);
        QCOMPARE(e.column, 50); // the key itself
        QVERIFY(e.message.starts_with(R"(unknown key "sead" (allowed here: format, version, title,)"));
        QVERIFY(e.message.find("seed") != std::string::npos);
    }

    void rejectsUnknownNestedKey() {
        const auto e = errorOf(replaced(kExample, R"("nice": 0)", R"("prio": 0)"));
        QCOMPARE(e.json_path, std::string("$.tasks[0].prio"));
        QVERIFY(e.message.find("allowed here: comm, pid, cpu, nice, state") != std::string::npos);
    }

    void rejectsKeyTheOpDoesNotUse() {
        const auto e =
            errorOf(replaced(kExample, R"("op": "task_sleep",)", R"("op": "task_sleep", "tasklet": "rx",)"));
        QCOMPARE(e.json_path, std::string("$.actions[1].tasklet"));
        QVERIFY(e.message.find(R"(allowed for op "task_sleep": at, cpu, op, pid)") != std::string::npos);
    }

    void rejectsDuplicateKey() {
        const auto e = errorOf(replaced(kExample, R"("hz": 1000,)", R"("hz": 1000, "hz": 250,)"));
        QCOMPARE(e.json_path, std::string("$.hz"));
        QVERIFY(e.message.starts_with("duplicate key (first given at line 4, column"));
    }

    void rejectsWrongTypes_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("integer as string") << R"("cpus": 1)"
                                           << R"("cpus": "1")"
                                           << "$.cpus"
                                           << R"(expected an integer from 1 to 64, got "1")";
        QTest::newRow("bool as string") << R"("hi": false)"
                                        << R"("hi": "no")"
                                        << "$.irqs[0].hi"
                                        << R"(expected true or false, got "no")";
        QTest::newRow("string as number") << R"("title": "Busy CPU")"
                                          << R"("title": 3)"
                                          << "$.title"
                                          << "expected a string, got 3";
        QTest::newRow("array as string") << R"("schedule": ["rx"])"
                                         << R"("schedule": "rx")"
                                         << "$.irqs[0].schedule"
                                         << R"(expected an array, got "rx")";
        QTest::newRow("object as array")
            << R"({"comm": "cc1", "pid": 4368, "cpu": 0, "nice": 0, "state": "running"})"
            << "[]"
            << "$.tasks[0]"
            << "expected a task (an object), got an array";
        QTest::newRow("time as number") << R"("handler": "5us")"
                                        << R"("handler": 5)"
                                        << "$.irqs[0].handler"
                                        << R"(expected a time like "2us", got 5)";
        QTest::newRow("integer with fraction") << R"("pid": 4368, "cpu")"
                                               << R"("pid": 4368.5, "cpu")"
                                               << "$.tasks[0].pid"
                                               << "expected an integer from 1 to 4194304, got 4368.5";
        QTest::newRow("enum as other word") << R"("state": "running")"
                                            << R"("state": "run")"
                                            << "$.tasks[0].state"
                                            << R"(expected one of "running", "sleeping", got "run")";
        QTest::newRow("unknown op") << R"("op": "task_sleep")"
                                    << R"("op": "sleep")"
                                    << "$.actions[1].op"
                                    << R"(expected one of "tasklet_schedule", )";
        QTest::newRow("call with a non-tasklet op") << R"("disabled": false})"
                                                    << R"("disabled": false, "calls": [{"op": "irq"}]})"
                                                    << "$.tasklets[0].calls[0].op"
                                                    << R"(expected a tasklet API op (tasklet_schedule, )";
        QTest::newRow("unknown file")
            << R"("file": "jitasklet")"
            << R"("file": "jiffies")"
            << "$.actions[0].file"
            << R"(expected one of "jitasklet", "jitasklethi", "jitimer", got "jiffies")";
    }
    void rejectsWrongTypes() { checkRow(); }

    void rejectsBadTimes_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("no unit") << R"("work": "2us")"
                                 << R"("work": "2")"
                                 << "$.tasklets[0].work"
                                 << R"(expected a unit (ns, us, ms, s or j) after the number, got "2")";
        QTest::newRow("space")
            << R"("work": "2us")"
            << R"("work": "2 us")"
            << "$.tasklets[0].work"
            << R"(expected a time like "2us" (a number, then ns, us, ms, s or j), got "2 us")";
        QTest::newRow("negative") << R"("at": "300us")"
                                  << R"("at": "-300us")"
                                  << "$.actions[0].at"
                                  << R"(expected a time that is not negative, got "-300us")";
        QTest::newRow("sub-ns") << R"("work": "2us")"
                                << R"("work": "2.5ns")"
                                << "$.tasklets[0].work"
                                << R"(expected a whole number of nanoseconds, got "2.5ns")";
        QTest::newRow("list entry") << R"("at": ["3ms"])"
                                    << R"("at": ["3ms", "4 ms"])"
                                    << "$.irqs[0].at[1]"
                                    << R"(expected a time like "2us")";
    }
    void rejectsBadTimes() { checkRow(); }

    void rejectsValuesOutOfRange_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("cpus 0") << R"("cpus": 1)"
                                << R"("cpus": 0)"
                                << "$.cpus"
                                << "expected an integer from 1 to 64, got 0";
        QTest::newRow("cpus 65") << R"("cpus": 1)"
                                 << R"("cpus": 65)"
                                 << "$.cpus"
                                 << "got 65";
        QTest::newRow("hz 200") << R"("hz": 1000)"
                                << R"("hz": 200)"
                                << "$.hz"
                                << "expected one of 100, 250, 300, 1000, got 200";
        QTest::newRow("seed negative") << R"("seed": 1)"
                                       << R"("seed": -1)"
                                       << "$.seed"
                                       << "expected an integer from 0 to 18446744073709551615, got -1";
        QTest::newRow("duration 0") << R"("duration": "20ms")"
                                    << R"("duration": "0s")"
                                    << "$.duration"
                                    << R"(expected a time from 1ns to 3600s, got "0s")";
        QTest::newRow("duration 2h") << R"("duration": "20ms")"
                                     << R"("duration": "7200s")"
                                     << "$.duration"
                                     << "expected a time from 1ns to 3600s";
        QTest::newRow("nice 20") << R"("nice": 0)"
                                 << R"("nice": 20)"
                                 << "$.tasks[0].nice"
                                 << "expected an integer from -20 to 19, got 20";
        QTest::newRow("pid 0") << R"("pid": 4368, "cpu")"
                               << R"("pid": 0, "cpu")"
                               << "$.tasks[0].pid"
                               << "expected an integer from 1 to 4194304, got 0";
        QTest::newRow("task cpu") << R"("pid": 4368, "cpu": 0)"
                                  << R"("pid": 4368, "cpu": 1)"
                                  << "$.tasks[0].cpu"
                                  << "expected an integer from 0 to 0, got 1";
        QTest::newRow("action cpu") << R"("at": "300us", "cpu": 0)"
                                    << R"("at": "300us", "cpu": 3)"
                                    << "$.actions[0].cpu"
                                    << "expected an integer from 0 to 0, got 3";
        QTest::newRow("irq number") << R"("irq": 11)"
                                    << R"("irq": 5000)"
                                    << "$.irqs[0].irq"
                                    << "expected an integer from 0 to 1023, got 5000";
        QTest::newRow("rate negative") << R"("rate_hz": 0)"
                                       << R"("rate_hz": -1)"
                                       << "$.irqs[0].rate_hz"
                                       << "expected a number from 0 to 1000000, got -1";
        QTest::newRow("every too short") << R"("every": "700us")"
                                         << R"("every": "10ns")"
                                         << "$.irqs[0].every"
                                         << R"(expected a time from 1us to 3600s, got "10ns")";
        QTest::newRow("until before from") << R"("until": "9ms")"
                                           << R"("until": "0.5ms")"
                                           << "$.irqs[0].until"
                                           << R"(expected a time not before "from" (1ms), got "0.5ms")";
        QTest::newRow("reschedule") << R"("disabled": false)"
                                    << R"("disabled": false, "reschedule": -2)"
                                    << "$.tasklets[0].reschedule"
                                    << "expected an integer from -1 to 1000000, got -2";
        QTest::newRow("reads") << R"("comm": "cat", "pid": 4370)"
                               << R"("comm": "cat", "reads": -1)"
                               << "$.actions[0].reads"
                               << "expected an integer from 0 to 1000, got -1";
        QTest::newRow("comm too long")
            << R"("comm": "cc1")"
            << R"("comm": "a-very-long-command")"
            << "$.tasks[0].comm"
            << R"(expected a name of 1 to 15 characters without control characters)";
        QTest::newRow("empty name") << R"("name": "rx")"
                                    << R"("name": "")"
                                    << "$.tasklets[0].name"
                                    << "expected a name of 1 to 64 characters";
        QTest::newRow("start_jiffies") << R"("start_jiffies": 6076139)"
                                       << R"("start_jiffies": 9223372036854775807)"
                                       << "$.start_jiffies"
                                       << "expected an integer from 0 to 4611686018427387904";
    }
    void rejectsValuesOutOfRange() { checkRow(); }

    void rejectsUnknownReferences_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("irq schedules unknown tasklet")
            << R"("schedule": ["rx"])"
            << R"("schedule": ["rx", "tx"])"
            << "$.irqs[0].schedule[1]"
            << R"(expected the name of a tasklet in "tasklets" (rx), got "tx")";
        QTest::newRow("action on unknown tasklet")
            << R"({"at": "2100us", "cpu": 0, "op": "task_sleep", "pid": 4368})"
            << R"({"at": "2100us", "cpu": 0, "op": "tasklet_schedule", "tasklet": "rz"})"
            << "$.actions[1].tasklet"
            << R"(expected the name of a tasklet in "tasklets" (rx), got "rz")";
        QTest::newRow("unknown irq") << R"({"at": "2100us", "cpu": 0, "op": "task_sleep", "pid": 4368})"
                                     << R"({"at": "2100us", "cpu": 0, "op": "irq", "irq": "eth1"})"
                                     << "$.actions[1].irq"
                                     << R"(expected the name of an IRQ source in "irqs" (eth0), got "eth1")";
        QTest::newRow("sleep of unknown task") << R"("op": "task_sleep", "pid": 4368)"
                                               << R"("op": "task_sleep", "pid": 4369)"
                                               << "$.actions[1].pid"
                                               << R"(expected the pid of a task in "tasks" (4368), got 4369)";
        QTest::newRow("irq wakes unknown task") << R"("rate_hz": 0)"
                                                << R"("rate_hz": 0, "wake": [1])"
                                                << "$.irqs[0].wake[0]"
                                                << R"(expected the pid of a task in "tasks" (4368), got 1)";
        QTest::newRow("call names unknown tasklet")
            << R"("disabled": false})"
            << R"("disabled": false, "calls": [{"op": "tasklet_kill", "tasklet": "zz"}]})"
            << "$.tasklets[0].calls[0].tasklet"
            << R"(expected the name of a tasklet in "tasklets" (rx), got "zz")";
        QTest::newRow("unknown profile")
            << R"("profile": "ldd3-book")"
            << R"("profile": "ldd3")"
            << "$.profile"
            << "expected a known profile (ldd3-book, linux-2.6.10, linux-6.1, linux-6.9), got \"ldd3\"";
    }
    void rejectsUnknownReferences() { checkRow(); }

    void rejectsDuplicates_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("task pid") << R"("state": "running"} ])"
                                  << R"("state": "running"}, {"comm": "ld", "pid": 4368} ])"
                                  << "$.tasks[1].pid"
                                  << "expected a pid not used by another task, got 4368 (cc1 has it)";
        QTest::newRow("ksoftirqd pid") << R"("pid": 4368, "cpu")"
                                       << R"("pid": 2, "cpu")"
                                       << "$.tasks[0].pid"
                                       << "(ksoftirqd/0 has it under profile ldd3-book)";
        QTest::newRow("caller pid of ksoftirqd") << R"("comm": "cat", "pid": 4370)"
                                                 << R"("comm": "cat", "pid": 2)"
                                                 << "$.actions[0].pid"
                                                 << "(ksoftirqd/0 has it under profile ldd3-book)";
        QTest::newRow("tasklet name") << R"("disabled": false} ])"
                                      << R"("disabled": false}, {"name": "rx"} ])"
                                      << "$.tasklets[1].name"
                                      << R"(expected a name not used by another tasklet, got "rx")";
        QTest::newRow("irq name") << R"("rate_hz": 0} ])"
                                  << R"("rate_hz": 0}, {"name": "eth0"} ])"
                                  << "$.irqs[1].name"
                                  << R"(expected a name not used by another IRQ source, got "eth0")";
    }
    void rejectsDuplicates() { checkRow(); }

    void rejectsInconsistentCombinations_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("UP build with 2 cpus")
            << R"("cpus": 1)"
            << R"("cpus": 2, "smp": false)"
            << "$.smp"
            << R"("smp": false simulates a uniprocessor build and needs "cpus": 1)";
        QTest::newRow("ksoftirqd_pids length") << R"("cpus": 1)"
                                               << R"("cpus": 1, "ksoftirqd_pids": [2, 3])"
                                               << "$.ksoftirqd_pids"
                                               << "expected one pid per CPU (1), got 2";
        QTest::newRow("tdelay for jitasklet")
            << R"("comm": "cat", "pid": 4370)"
            << R"("comm": "cat", "tdelay": 3)"
            << "$.actions[0].tdelay"
            << R"(expected "tdelay" only with "file": "jitimer", got it with "jitasklet")";
        QTest::newRow("hardirq call with caller")
            << R"({"at": "2100us", "cpu": 0, "op": "task_sleep", "pid": 4368})"
            << R"({"at": "2100us", "cpu": 0, "op": "tasklet_kill", "tasklet": "rx", "context": "hardirq", "comm": "x"})"
            << "$.actions[1].comm"
            << R"(expected no caller task with "context": "hardirq")";
        QTest::newRow("bad context")
            << R"({"at": "2100us", "cpu": 0, "op": "task_sleep", "pid": 4368})"
            << R"({"at": "2100us", "cpu": 0, "op": "tasklet_kill", "tasklet": "rx", "context": "softirq"})"
            << "$.actions[1].context"
            << R"(expected one of "process", "hardirq", got "softirq")";
    }
    void rejectsInconsistentCombinations() { checkRow(); }

    void rejectsCallerPidOnAnotherCpu() {
        // The engine reuses the task with a caller's pid, so the call must be made on that task's CPU.
        const auto e = errorOf(minimalWith(R"("cpus": 2, "tasks": [{"comm": "cc1", "pid": 4370, "cpu": 1}],
            "actions": [{"at": "1ms", "cpu": 0, "op": "read_proc", "file": "jitasklet", "pid": 4370}])"));
        QCOMPARE(e.json_path, std::string("$.actions[0].pid"));
        QCOMPARE(e.message,
                 std::string("expected the pid of a task on CPU 0 or a new pid, got 4370 (cc1, on CPU 1)"));
        // Two calls by one new caller: the first call places it.
        const auto e2 = errorOf(minimalWith(R"("cpus": 2, "tasklets": [{"name": "t"}],
            "actions": [{"at": "1ms", "cpu": 1, "op": "tasklet_schedule", "tasklet": "t", "pid": 5000, "comm": "drv"},
                        {"at": "2ms", "cpu": 0, "op": "tasklet_kill", "tasklet": "t", "pid": 5000}])"));
        QCOMPARE(e2.json_path, std::string("$.actions[1].pid"));
        QVERIFY(e2.message.ends_with("(drv, on CPU 1)"));
    }

    void bhWorkNeedsANewProfile() {
        const std::string text =
            minimalWith(R"("profile": "linux-6.9", "tasklets": [{"name": "w", "bh_work": true}],
            "actions": [{"at": "1ms", "cpu": 0, "op": "tasklet_schedule", "tasklet": "w"}])");
        const tl::Scenario s = loaded(text);
        QCOMPARE(s.tasklets.size(), std::size_t{1});
        QVERIFY(s.tasklets[0].bh_work);
        tl::ScenarioOverrides ov;
        ov.profile = "linux-6.1";
        const auto e = errorOf(text, ov);
        QCOMPARE(e.json_path, std::string("$.tasklets[0].bh_work"));
        QCOMPARE(e.message,
                 std::string("expected false under profile linux-6.1 (BH workqueues exist from linux-6.9 "
                             "on), got true"));
    }

    void bhWorkIsOnlyQueued() {
        const auto e =
            errorOf(minimalWith(R"("profile": "linux-6.9", "tasklets": [{"name": "w", "bh_work": true}],
            "actions": [{"at": "1ms", "cpu": 0, "op": "tasklet_kill", "tasklet": "w"}])"));
        QCOMPARE(e.json_path, std::string("$.actions[0].op"));
        QVERIFY(e.message.ends_with(R"(for the BH work item "w", got "tasklet_kill")"));
    }

    void reportsMissingFile() {
        const auto r = tl::load_scenario_file("/nonexistent/dir/x.json");
        QVERIFY(!r.ok());
        QCOMPARE(r.error->to_string(),
                 std::string("/nonexistent/dir/x.json: cannot open: No such file or directory"));
    }

    void reportsDirectory() {
        QTemporaryDir dir;
        const auto r = tl::load_scenario_file(dir.path().toStdString());
        QVERIFY(!r.ok());
        QVERIFY(r.error->message.find("directory") != std::string::npos);
    }

    void loadsFileAndNamesItInErrors() {
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"taskletlab-scenario\", \"version\": 1, \"cpus\": true}");
        f.close();
        const auto r = tl::load_scenario_file(path.toStdString());
        QVERIFY(!r.ok());
        QCOMPARE(r.error->to_string(),
                 path.toStdString() + ":1:57: $.cpus: expected an integer from 1 to 64, got true");
    }

private:
    static void checkRow() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const auto e = errorOf(replaced(kExample, from.toStdString(), to.toStdString()));
        QCOMPARE(QString::fromStdString(e.json_path), path);
        QVERIFY2(e.message.find(message.toStdString()) != std::string::npos, e.message.c_str());
        QVERIFY(e.line > 0 && e.column > 0);
        QCOMPARE(QString::fromStdString(e.file), QString("ldd3.json"));
    }
};

QTEST_APPLESS_MAIN(TestScenarioLoader)
#include "tst_scenario_loader.moc"
