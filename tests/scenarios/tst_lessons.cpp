// The lesson library: each file in resources/scenarios is run by the real loader and engine, and the
// behaviour its steps narrate is asserted on the event stream, the /proc reads and the kernel messages.
#include <engine/engine.h>
#include <io/scenario_loader.h>
#include <trace/invariant_checker.h>
#include <trace/trace_query.h>

#include <QDir>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <string>
#include <vector>

using namespace tl;

namespace {

constexpr Nanos us(std::int64_t v) { return v * kNsPerUs; }
constexpr Nanos ms(std::int64_t v) { return v * kNsPerMs; }

QString lessonDir()
{
    const QString src = qEnvironmentVariable("TASKLETLAB_SOURCE_DIR");
    if (!src.isEmpty()) return QDir(src).filePath(QStringLiteral("resources/scenarios"));
    return QStringLiteral(TASKLETLAB_LESSON_DIR);
}

// Every lesson file and whether a test below covers it. A new lesson without a test fails lessonSetIsCovered.
const QStringList kCoveredLessons = {
    QStringLiteral("ldd3-busy-cpu.json"),
    QStringLiteral("ldd3-idle-cpu.json"),
    QStringLiteral("lesson-01-hi-vs-normal.json"),
    QStringLiteral("lesson-02-schedule-twice.json"),
    QStringLiteral("lesson-03-disable-count.json"),
    QStringLiteral("lesson-04-disabled-churn.json"),
    QStringLiteral("lesson-05-kill-waits.json"),
    QStringLiteral("lesson-06-kill-disabled.json"),
    QStringLiteral("lesson-07-restart-limit.json"),
    QStringLiteral("lesson-08-same-cpu.json"),
    QStringLiteral("lesson-09-smp-serialization.json"),
    QStringLiteral("lesson-10-lifo-vs-fifo.json"),
    QStringLiteral("lesson-11-top-bottom-half.json"),
    QStringLiteral("lesson-12-vector-order.json"),
    QStringLiteral("lesson-13-local-bh.json"),
    QStringLiteral("lesson-14-bh-workqueue.json"),
    QStringLiteral("lesson-15-kill-from-irq.json"),
};

struct Lesson {
    Scenario scenario;
    std::unique_ptr<Engine> engine;
    const EventLog& log() const { return engine->log(); }
    std::vector<TaskletRun> runs() const { return tasklet_runs(engine->log()); }
    std::vector<TaskletRun> runsOf(const char* name) const
    {
        std::vector<TaskletRun> out;
        for (const auto& r : runs())
            if (log().str(r.name) == name) out.push_back(r);
        return out;
    }
    std::string comm(const TaskletRun& r) const { return log().task(r.task).comm; }
    std::string comm(const Event& e) const { return log().task(e.task).comm; }
    template <class F> std::vector<const Event*> events(F pred) const
    {
        std::vector<const Event*> out;
        for (std::size_t i = 0; i < log().size(); ++i)
            if (pred(log()[i])) out.push_back(&log()[i]);
        return out;
    }
    std::vector<const Event*> ofType(EventType t, const char* name = nullptr) const
    {
        return events([&](const Event& e) { return e.type == t && (!name || log().str(e.name) == name); });
    }
    QStringList messages() const
    {
        QStringList out;
        for (const auto& m : engine->kernel_messages()) out << QString::fromStdString(m.text);
        return out;
    }
};

// Loads with the real loader (optionally another profile), runs to the end, and checks what holds for
// every lesson: no internal errors, no panic, the invariants, and exactly the expected kernel messages.
std::unique_ptr<Lesson> runLesson(const QString& file, const QStringList& expectedMessages = {},
                                  const char* profile = nullptr)
{
    ScenarioOverrides ov;
    if (profile) ov.profile = profile;
    const auto path = QDir(lessonDir()).filePath(file).toStdString();
    auto res = load_scenario_file(path, ov);
    if (!res.ok()) {
        QTest::qFail(res.error->to_string().c_str(), __FILE__, __LINE__);
        return nullptr;
    }
    auto l = std::make_unique<Lesson>();
    l->scenario = res.scenario;
    l->engine = std::make_unique<Engine>(res.scenario);
    l->engine->run();
    const auto& errs = l->engine->internal_errors();
    if (!errs.empty()) {
        QTest::qFail(("internal error: " + errs.front()).c_str(), __FILE__, __LINE__);
        return nullptr;
    }
    if (l->engine->panicked()) {
        QTest::qFail("the simulated kernel panicked", __FILE__, __LINE__);
        return nullptr;
    }
    const auto bad = check_invariants(l->log(), l->scenario.cpus);
    if (!bad.empty()) {
        QTest::qFail(("invariant: " + bad.front()).c_str(), __FILE__, __LINE__);
        return nullptr;
    }
    if (l->messages() != expectedMessages) {
        QTest::qFail(("kernel messages: " + l->messages().join(QStringLiteral(" | ")).toStdString()).c_str(),
                     __FILE__, __LINE__);
        return nullptr;
    }
    return l;
}

#define RUN_LESSON(var, ...)                                                                             \
    auto var = runLesson(__VA_ARGS__);                                                                   \
    if (QTest::currentTestFailed()) return;                                                              \
    QVERIFY(var)

QStringList comms(const Lesson& l, const std::vector<TaskletRun>& runs)
{
    QStringList out;
    for (const auto& r : runs) out << QString::fromStdString(l.comm(r));
    return out;
}
QStringList names(const Lesson& l, const std::vector<TaskletRun>& runs)
{
    QStringList out;
    for (const auto& r : runs) out << QString::fromStdString(std::string(l.log().str(r.name)));
    return out;
}
bool allNoops(const Lesson& l, const char* tasklet, int expectedQueued, int expectedNoop)
{
    int q = 0, n = 0;
    for (const Event* e : l.ofType(EventType::TaskletSchedule, tasklet)) ((e->flags & kFlagQueued) ? q : n)++;
    return q == expectedQueued && n == expectedNoop;
}

} // namespace

class TestLessons : public QObject {
    Q_OBJECT
private slots:
    // ---- the library as a whole ------------------------------------------------------------------
    void lessonSetIsCovered()
    {
        const QStringList files = QDir(lessonDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QStringList expected = kCoveredLessons;
        expected.sort();
        QCOMPARE(files, expected);
        QVERIFY(files.size() >= 14);
    }

    void narrationIsComplete()
    {
        int withQuestion = 0;
        for (const QString& f : kCoveredLessons) {
            const auto res = load_scenario_file(QDir(lessonDir()).filePath(f).toStdString());
            QVERIFY2(res.ok(), res.ok() ? "" : res.error->to_string().c_str());
            const Scenario& s = res.scenario;
            const QByteArray what = f.toUtf8();
            QVERIFY2(!s.title.empty(), what);
            QVERIFY2(!s.description.empty(), what);
            QVERIFY2(s.steps.size() >= 2, what);
            bool hasQuestion = false;
            for (std::size_t i = 0; i < s.steps.size(); ++i) {
                const auto& st = s.steps[i];
                QVERIFY2(!st.text.empty(), what);
                QVERIFY2(!st.title.empty(), what);
                QVERIFY2(st.at >= 0 && st.at <= s.duration, what);
                if (i > 0) QVERIFY2(st.at >= s.steps[i - 1].at, what);
                QVERIFY2(st.question.empty() == st.answer.empty(), what); // a question always has an answer
                if (!st.question.empty()) hasQuestion = true;
            }
            if (hasQuestion) ++withQuestion;
        }
        QVERIFY2(withQuestion >= 4, QByteArray::number(withQuestion));
    }

    // ---- the book's two samples --------------------------------------------------------------------
    void ldd3BusyCpu()
    {
        RUN_LESSON(l, QStringLiteral("ldd3-busy-cpu.json"));
        const auto& reads = l->engine->proc_reads();
        QCOMPARE(reads.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(reads[0].text),
                 QStringLiteral("   time   delta  inirq    pid   cpu command\n"
                                "  6076139    0     0      4370   0   cat\n"
                                "  6076140    1     1      4368   0   cc1\n"
                                "  6076141    1     1      4368   0   cc1\n"
                                "  6076141    0     1         2   0   ksoftirqd/0\n"
                                "  6076141    0     1         2   0   ksoftirqd/0\n"
                                "  6076141    0     1         2   0   ksoftirqd/0\n"));
        // step "the next tick runs it in cc1's context": the first run is at 1 ms, from irq_exit
        const auto runs = l->runsOf("jitasklet");
        QCOMPARE(runs.size(), std::size_t{5});
        QCOMPARE(runs[0].start / kNsPerUs, Nanos{1000});
        QCOMPARE(runs[0].path, SoftirqPath::IrqExit);
        QCOMPARE(runs[2].path, SoftirqPath::Ksoftirqd);
    }

    void ldd3IdleCpu()
    {
        RUN_LESSON(l, QStringLiteral("ldd3-idle-cpu.json"));
        const auto& reads = l->engine->proc_reads();
        QCOMPARE(reads.size(), std::size_t{1});
        QCOMPARE(reads[0].experiments, 2); // the read_proc quirk: cat's second read() re-runs it
        QCOMPARE(reads[0].lines.size(), std::size_t{6});
        for (std::size_t i = 1; i < 6; ++i) {
            QCOMPARE(reads[0].lines[i].command, std::string("ksoftirqd/0"));
            QCOMPARE(reads[0].lines[i].delta, std::int64_t{0});
            QCOMPARE(reads[0].lines[i].time, std::uint64_t{6076139});
        }
        QCOMPARE(QString::fromStdString(reads[0].text).count(QLatin1Char('\n')), 7); // six lines, EOF
    }

    // ---- the lessons ----------------------------------------------------------------------------------
    void hiVsNormal()
    {
        RUN_LESSON(l, QStringLiteral("lesson-01-hi-vs-normal.json"));
        const auto& reads = l->engine->proc_reads();
        QCOMPARE(reads.size(), std::size_t{3});
        // completion order: hi first, normal next, timer last; both tasklet outputs print the same data
        QCOMPARE(reads[0].file, ProcFile::Jitasklethi);
        QCOMPARE(reads[1].file, ProcFile::Jitasklet);
        QCOMPARE(reads[2].file, ProcFile::Jitimer);
        for (int r = 0; r < 2; ++r) {
            QCOMPARE(reads[r].lines.size(), std::size_t{6});
            for (std::size_t i = 1; i < 6; ++i) {
                QCOMPARE(reads[r].lines[i].time, std::uint64_t{1001});
                QCOMPARE(reads[r].lines[i].command, std::string("cc1"));
                QCOMPARE(reads[r].lines[i].delta, std::int64_t{i == 1 ? 1 : 0});
            }
        }
        for (std::size_t i = 1; i < 6; ++i) {
            QCOMPARE(reads[2].lines[i].time, std::uint64_t{1000 + i});
            QCOMPARE(reads[2].lines[i].delta, std::int64_t{1});
        }
        // the first pass at the 1 ms tick: hi jit, timer, rx, jitasklet (rx first: LIFO)
        QStringList first;
        for (std::size_t i = 0; i < l->log().size(); ++i) {
            const Event& e = l->log()[i];
            if (e.time > us(1005) + 300) break;
            if (e.type == EventType::TaskletEntry || e.type == EventType::TimerExpire)
                first << QString::fromLatin1(l->log().str(e.name).data(), int(l->log().str(e.name).size()));
        }
        QCOMPARE(first, (QStringList{"jitasklethi", "jitimer", "rx", "jitasklet"}));
        const auto hi = l->runsOf("jitasklethi");
        QCOMPARE(hi.size(), std::size_t{5});
        for (const auto& r : hi) {
            QVERIFY(r.hi);
            QCOMPARE(l->comm(r), std::string("cc1"));
        }
        for (const auto& r : l->runsOf("jitasklet")) QVERIFY(!r.hi);
        // every pass of the 1 ms invocation serves HI before TASKLET
        QCOMPARE(l->ofType(EventType::DoSoftirqExit).front()->arg, 5);
    }

    void scheduleTwice()
    {
        RUN_LESSON(l, QStringLiteral("lesson-02-schedule-twice.json"));
        QVERIFY(allNoops(*l, "rx", 2, 1));
        const auto sch = l->ofType(EventType::TaskletSchedule, "rx");
        QCOMPARE(sch.size(), std::size_t{3});
        QCOMPARE(sch[1]->time, us(400));
        QVERIFY(!(sch[1]->flags & kFlagQueued));
        const auto runs = l->runsOf("rx");
        QCOMPARE(runs.size(), std::size_t{2});
        QCOMPARE(runs[0].start / kNsPerUs, Nanos{1000});
        QCOMPARE(runs[1].start / kNsPerUs, Nanos{2000});
        QCOMPARE(comms(*l, runs), (QStringList{"cc1", "cc1"}));
    }

    void disableCount()
    {
        RUN_LESSON(l, QStringLiteral("lesson-03-disable-count.json"));
        QStringList counts;
        for (const Event* e : l->events([](const Event& e) {
                 return e.type == EventType::TaskletDisable || e.type == EventType::TaskletEnable;
             }))
            counts << QString::fromStdString(std::string(l->log().str(e->detail)).substr(0, 7));
        QCOMPARE(counts, (QStringList{"count=1", "count=2", "count=1", "count=0"}));
        const auto runs = l->runsOf("rx");
        QCOMPARE(runs.size(), std::size_t{1});
        QVERIFY(runs[0].start >= ms(3));
        QVERIFY(runs[0].start < ms(3) + us(10));
        QCOMPARE(l->comm(runs[0]), std::string("ksoftirqd/0"));
        // between the schedule and the second enable it was requeued, never run
        const auto req = l->ofType(EventType::TaskletRequeue, "rx");
        QVERIFY(req.size() > 100);
        QVERIFY(req.front()->time >= ms(2));
        QVERIFY(req.back()->time < ms(3) + us(10));
        for (const Event* e : req) QVERIFY(e->flags & kFlagDisabled);
    }

    void disabledChurn()
    {
        RUN_LESSON(l, QStringLiteral("lesson-04-disabled-churn.json"));
        const auto exits = l->ofType(EventType::DoSoftirqExit);
        QVERIFY(exits.size() > 100);
        // the first invocation: make's irq_exit, 10 passes, ksoftirqd woken
        const auto entries = l->ofType(EventType::DoSoftirqEntry);
        QCOMPARE(entries[0]->arg, int(SoftirqPath::IrqExit));
        QCOMPARE(l->comm(*entries[0]), std::string("make"));
        QCOMPARE(exits[0]->arg, 10);
        QVERIFY(exits[0]->flags & 1);
        // ksoftirqd/0 takes the CPU and churns: every invocation before the enable uses its 10 passes
        int ksoftirqdInvocations = 0;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (entries[i]->time >= ms(6)) break;
            if (entries[i]->arg == int(SoftirqPath::Ksoftirqd)) {
                ++ksoftirqdInvocations;
                QCOMPARE(l->comm(*entries[i]), std::string("ksoftirqd/0"));
            }
            QCOMPARE(exits[i]->arg, 10);
        }
        QVERIFY(ksoftirqdInvocations > 100);
        QVERIFY(!l->ofType(EventType::TaskletRequeue, "rx").empty());
        // enabled at 6 ms; it runs once, at the 8 ms tick, in make's context; then the churn stops
        const auto runs = l->runsOf("rx");
        QCOMPARE(runs.size(), std::size_t{1});
        QVERIFY(runs[0].start >= ms(8) && runs[0].start < ms(8) + us(10));
        QCOMPARE(l->comm(runs[0]), std::string("make"));
        QCOMPARE(runs[0].path, SoftirqPath::IrqExit);
        QVERIFY(l->ofType(EventType::TaskletRequeue, "rx").back()->time < ms(6) + us(10));
        const auto en = l->ofType(EventType::TaskletEnable, "rx");
        QCOMPARE(en.size(), std::size_t{1});
        QVERIFY(en[0]->time >= ms(6) && en[0]->time < ms(6) + us(10));
        // after the run nothing is raised any more: the last invocation is the 8 ms one
        QVERIFY(entries.back()->time < ms(8) + us(10));
    }

    void killWaits()
    {
        RUN_LESSON(l, QStringLiteral("lesson-05-kill-waits.json"));
        const auto kill = l->ofType(EventType::TaskletKill, "rx");
        QCOMPARE(kill.size(), std::size_t{1});
        QCOMPARE(kill[0]->time, us(1500));
        QCOMPARE(kill[0]->cpu, std::uint8_t{1});
        QVERIFY(kill[0]->flags & kFlagSched); // it found rx queued
        const auto ret = l->events([](const Event& e) {
            return e.type == EventType::TaskletApiReturn && e.arg == int(Op::TaskletKill);
        });
        QCOMPARE(ret.size(), std::size_t{1});
        const auto runs = l->runsOf("rx");
        QCOMPARE(runs.size(), std::size_t{2});
        QCOMPARE(runs[0].cpu, 0);
        QCOMPARE(l->comm(runs[0]), std::string("ethtool"));
        QCOMPARE(runs[0].path, SoftirqPath::LocalBhEnable);
        QCOMPARE(runs[0].start, us(2500) + 100);
        // kill returns exactly when the one run ends, not before
        QCOMPARE(ret[0]->time, runs[0].end);
        QCOMPARE(l->comm(*ret[0]), std::string("rmmod"));
        // and rx can be scheduled again afterwards
        QCOMPARE(runs[1].cpu, 1);
        QVERIFY(runs[1].start >= ms(3));
        QVERIFY(l->engine->unfinished_report().empty());
    }

    void killDisabled()
    {
        RUN_LESSON(l, QStringLiteral("lesson-06-kill-disabled.json"));
        QVERIFY(l->runsOf("rx").empty());
        const auto kill = l->ofType(EventType::TaskletKill, "rx");
        QCOMPARE(kill.size(), std::size_t{1});
        QVERIFY(kill[0]->time >= ms(2));
        QVERIFY(kill[0]->flags & kFlagDisabled);
        QVERIFY(l->events([](const Event& e) { return e.type == EventType::TaskletApiReturn; }).empty());
        const auto report = l->engine->unfinished_report();
        QCOMPARE(report.size(), std::size_t{1});
        QVERIFY(QString::fromStdString(report[0]).startsWith(QStringLiteral("tasklet_kill(rx) by rmmod")));
        // ksoftirqd/0 keeps churning on it until the end
        const auto req = l->ofType(EventType::TaskletRequeue, "rx");
        QVERIFY(!req.empty());
        QVERIFY(req.back()->time > ms(4) - us(100));
        QCOMPARE(l->comm(*req.back()), std::string("ksoftirqd/0"));
        // rmmod sleeps (D) and is woken again and again by tasklet_unlock()
        const auto sleeps = l->events([&](const Event& e) {
            return e.type == EventType::SchedSleep && l->comm(e) == "rmmod" && l->log().str(e.detail) == "D";
        });
        QVERIFY(!sleeps.empty());
        QVERIFY(sleeps.front()->time >= ms(2));
        const auto wakes = l->events([&](const Event& e) {
            return e.type == EventType::SchedWakeup && l->log().str(e.name) == "rmmod" && e.time > ms(2);
        });
        QVERIFY(!wakes.empty()); // woken by tasklet_unlock() after a skipped pass, from softirq context
        QCOMPARE(wakes.front()->context, Context::SoftIrq);
    }

    void restartLimit_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("inIrqExit");
        QTest::addColumn<QString>("idle");
        QTest::newRow("linux-2.6.10 (file)") << QString() << 10 << QStringLiteral("swapper");
        QTest::newRow("ldd3-book") << QStringLiteral("ldd3-book") << 1 << QStringLiteral("swapper");
        QTest::newRow("linux-6.1") << QStringLiteral("linux-6.1") << 10 << QStringLiteral("swapper/0");
    }
    void restartLimit()
    {
        QFETCH(QString, profile);
        QFETCH(int, inIrqExit);
        QFETCH(QString, idle);
        const QByteArray p = profile.toLatin1();
        RUN_LESSON(l, QStringLiteral("lesson-07-restart-limit.json"), {}, profile.isEmpty() ? nullptr : p.constData());
        const auto runs = l->runsOf("poll");
        QCOMPARE(runs.size(), std::size_t{25});
        for (int i = 0; i < 25; ++i) {
            QCOMPARE(QString::fromStdString(l->comm(runs[i])), i < inIrqExit ? idle : QStringLiteral("ksoftirqd/0"));
            QCOMPARE(runs[i].path, i < inIrqExit ? SoftirqPath::IrqExit : SoftirqPath::Ksoftirqd);
        }
        const auto exits = l->ofType(EventType::DoSoftirqExit);
        const auto first = std::find_if(exits.begin(), exits.end(), [](const Event* e) { return e->time > us(1500); });
        QVERIFY(first != exits.end());
        QCOMPARE((*first)->arg, inIrqExit);
        QVERIFY((*first)->flags & 1); // ksoftirqd woken for the rest
        if (profile.isEmpty()) {
            QCOMPARE((*(first + 1))->arg, 10); // ksoftirqd: 10 more, then the last 5
            QCOMPARE((*(first + 2))->arg, 5);
            QCOMPARE(runs[10].start / 1000, Nanos{1606});
        }
    }

    void sameCpu()
    {
        RUN_LESSON(l, QStringLiteral("lesson-08-same-cpu.json"));
        const auto sch = l->ofType(EventType::TaskletSchedule, "rx");
        QCOMPARE(sch.size(), std::size_t{3});
        QCOMPARE(sch[1]->cpu, std::uint8_t{1});
        QVERIFY(!(sch[1]->flags & kFlagQueued));
        const auto runs = l->runsOf("rx");
        QCOMPARE(runs.size(), std::size_t{2});
        QCOMPARE(runs[0].cpu, 0);
        QCOMPARE(runs[0].start, us(1200) + 100);
        QCOMPARE(l->comm(runs[0]), std::string("ethtool"));
        QCOMPARE(runs[1].cpu, 1);
        QCOMPARE(l->comm(runs[1]), std::string("swapper/1"));
        QVERIFY(runs[1].start >= ms(2));
    }

    void smpSerialization()
    {
        RUN_LESSON(l, QStringLiteral("lesson-09-smp-serialization.json"));
        const auto runs = l->runsOf("rx");
        QCOMPARE(runs.size(), std::size_t{2});
        QCOMPARE(runs[0].cpu, 0);
        QCOMPARE(runs[1].cpu, 1);
        QCOMPARE(runs[0].end, Nanos{1405100});
        QCOMPARE(runs[1].start, runs[0].end); // back to back, never overlapping
        QCOMPARE(l->comm(runs[1]), std::string("ksoftirqd/1"));
        const auto req = l->ofType(EventType::TaskletRequeue, "rx");
        QVERIFY(req.size() > 10);
        for (const Event* e : req) {
            QCOMPARE(e->cpu, std::uint8_t{1});
            QVERIFY(e->flags & kFlagRun);
            QVERIFY(e->time >= us(1200) && e->time <= runs[0].end);
        }
    }

    void lifoVsFifo_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("order");
        QTest::newRow("linux-2.6.10 (file)") << QString() << QStringList{"c", "b", "a"};
        QTest::newRow("linux-6.1") << QStringLiteral("linux-6.1") << QStringList{"a", "b", "c"};
    }
    void lifoVsFifo()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, order);
        const QByteArray p = profile.toLatin1();
        RUN_LESSON(l, QStringLiteral("lesson-10-lifo-vs-fifo.json"), {}, profile.isEmpty() ? nullptr : p.constData());
        const auto runs = l->runs();
        QCOMPARE(names(*l, runs), order);
        for (const auto& r : runs) {
            QCOMPARE(l->comm(r), std::string("netd"));
            QCOMPARE(r.path, SoftirqPath::LocalBhEnable);
            QVERIFY(r.start >= us(500) && r.start < us(600));
        }
    }

    void topBottomHalf()
    {
        RUN_LESSON(l, QStringLiteral("lesson-11-top-bottom-half.json"));
        const auto runs = l->runsOf("eth0_rx");
        QCOMPARE(runs.size(), std::size_t{2});
        const auto handlers = l->ofType(EventType::IrqHandlerExit, "eth0");
        QCOMPARE(handlers.size(), std::size_t{2});
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(handlers[i]->context, Context::HardIrq);
            QCOMPARE(runs[i].context, Context::SoftIrq);
            QCOMPARE(runs[i].path, SoftirqPath::IrqExit);
            QCOMPARE(l->comm(runs[i]), std::string("make"));
            QVERIFY(runs[i].start >= handlers[i]->time && runs[i].start <= handlers[i]->time + 200);
        }
        QCOMPARE(runs[0].start, us(1508) + 100);
        // sshd runs after the bottom half, at 1.5481 ms
        const auto sw = l->events([&](const Event& e) {
            return e.type == EventType::SchedSwitch && l->log().str(e.name) == "sshd";
        });
        QCOMPARE(sw.size(), std::size_t{2});
        QCOMPARE(sw[0]->time, runs[0].end);
        QCOMPARE(sw[0]->time, Nanos{1548100});
        QVERIFY(sw[1]->time >= runs[1].end);
        QVERIFY(l->runsOf("eth0_rx").size() == 2);
        for (const auto& r : runs) QVERIFY(l->comm(r) != "ksoftirqd/0");
    }

    void vectorOrder()
    {
        RUN_LESSON(l, QStringLiteral("lesson-12-vector-order.json"));
        const auto runs = l->runs();
        QCOMPARE(names(*l, runs), (QStringList{"kbd", "rx"}));
        QVERIFY(runs[0].hi);
        QVERIFY(!runs[1].hi);
        // both run in pass 2 of the 1 ms tick's invocation, in swapper's irq_exit
        const auto passes = l->events([](const Event& e) {
            return e.type == EventType::SoftirqPass && e.time >= ms(1) && e.time < ms(2);
        });
        QCOMPARE(passes.size(), std::size_t{2});
        QCOMPARE(passes[0]->time, ms(1));
        QCOMPARE(l->log().str(passes[0]->detail), std::string_view("TIMER"));
        QCOMPARE(passes[1]->time, us(1034));
        QCOMPARE(l->log().str(passes[1]->detail), std::string_view("HI|TASKLET"));
        for (const auto& r : runs) {
            QVERIFY(r.start > passes[1]->time);
            QCOMPARE(l->comm(r), std::string("swapper"));
        }
        // the nested interrupts raised TASKLET before HI
        const auto sched = l->events([](const Event& e) {
            return e.type == EventType::TaskletSchedule || e.type == EventType::TaskletHiSchedule;
        });
        QCOMPARE(sched.size(), std::size_t{2});
        QCOMPARE(l->log().str(sched[0]->name), std::string_view("rx"));
        QCOMPARE(sched[0]->context, Context::HardIrq);
        const auto inFirstJiffy = [](EventType t) {
            return [t](const Event& e) { return e.type == t && e.time < ms(2); };
        };
        QCOMPARE(l->events(inFirstJiffy(EventType::DoSoftirqEntry)).size(), std::size_t{1}); // no nested one
        QCOMPARE(l->events(inFirstJiffy(EventType::DoSoftirqExit)).size(), std::size_t{1});
        QCOMPARE(l->events(inFirstJiffy(EventType::DoSoftirqExit)).front()->arg, 2);
    }

    void localBh()
    {
        RUN_LESSON(l, QStringLiteral("lesson-13-local-bh.json"));
        const auto runs = l->runsOf("rx");
        QCOMPARE(runs.size(), std::size_t{1});
        QCOMPARE(l->comm(runs[0]), std::string("netstat"));
        QCOMPARE(runs[0].pid, 1900);
        QCOMPARE(runs[0].path, SoftirqPath::LocalBhEnable);
        QCOMPARE(runs[0].start, us(1500) + 100);
        // no ksoftirqd wake-up at all, and the interrupt's irq_exit did not process it
        QVERIFY(l->events([&](const Event& e) {
                     return e.type == EventType::SchedWakeup && l->log().str(e.name) == "ksoftirqd/0";
                 }).empty());
        const auto entries = l->events([](const Event& e) {
            return e.type == EventType::DoSoftirqEntry && e.time >= ms(1) && e.time < us(1500);
        });
        QVERIFY(entries.empty());
    }

    void bhWorkqueue()
    {
        RUN_LESSON(l, QStringLiteral("lesson-14-bh-workqueue.json"));
        const auto start = l->ofType(EventType::WorkqueueExecuteStart, "rx_work");
        QCOMPARE(start.size(), std::size_t{1});
        const auto runs = l->runsOf("old_rx");
        QCOMPARE(runs.size(), std::size_t{1});
        QVERIFY(start[0]->time < runs[0].start);
        QCOMPARE(start[0]->time, us(1005) + 100);
        QCOMPARE(runs[0].start, Nanos{1025100});
        QCOMPARE(start[0]->context, Context::SoftIrq);
        QCOMPARE(l->comm(*start[0]), std::string("swapper/0"));
        // old_rx was scheduled first
        const auto q = l->ofType(EventType::WorkqueueQueueWork, "rx_work");
        const auto s = l->ofType(EventType::TaskletSchedule, "old_rx");
        QCOMPARE(q.size(), std::size_t{1});
        QCOMPARE(s.size(), std::size_t{1});
        QVERIFY(s[0] < q[0]);
        // the same work item, without the 6.9 profile, does not exist: bh_work needs linux-6.9
        ScenarioOverrides ov;
        ov.profile = "linux-6.1";
        const auto res = load_scenario_file(
            QDir(lessonDir()).filePath(QStringLiteral("lesson-14-bh-workqueue.json")).toStdString(), ov);
        QVERIFY(!res.ok());
    }

    void killFromIrq()
    {
        RUN_LESSON(l, QStringLiteral("lesson-15-kill-from-irq.json"),
                   QStringList{QStringLiteral("Attempt to kill tasklet from interrupt")});
        const auto msg = l->ofType(EventType::KernelMessage);
        QCOMPARE(msg.size(), std::size_t{1});
        QCOMPARE(msg[0]->time, ms(1));
        QCOMPARE(msg[0]->context, Context::HardIrq);
        const auto ret = l->events([](const Event& e) {
            return e.type == EventType::TaskletApiReturn && e.arg == int(Op::TaskletKill);
        });
        QCOMPARE(ret.size(), std::size_t{1});
        QCOMPARE(ret[0]->time, ms(1)); // returned at once
        const auto runs = l->runsOf("rx");
        QCOMPARE(runs.size(), std::size_t{1});
        QVERIFY(runs[0].start >= ms(2) && runs[0].start < ms(2) + us(1));
        QVERIFY(l->engine->unfinished_report().empty());
    }
};

QTEST_APPLESS_MAIN(TestLessons)
#include "tst_lessons.moc"
