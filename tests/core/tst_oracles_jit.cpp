// kernel-semantics.md §11, jit module oracles: 19, 30-36 (§8 /proc/jitasklet and /proc/jitimer, §9 the
// LDD3 sample, §2 vector numbers).
#include "oracle_support.h"

#include <QRegularExpression>
#include <QTest>

using namespace oracle;
using tl::EventType;
using tl::Op;

namespace {

constexpr int kCat = 4370;
constexpr int kCc1 = 4368;
constexpr std::uint64_t kJ0 = 6076139; // the book's first jiffy

// §9's script: HZ 1000, cc1 (nice 0) busy on CPU0, cat reads /proc/jitasklet once at 300 us, cc1 blocks
// at 2.1 ms, right after the softirq processing of tick 6076141 (2 ms).
ScenarioBuilder ldd3Script(const QString& profile)
{
    ScenarioBuilder b(profile);
    b.hz(1000).startJiffies(kJ0).duration(ms(10)).task("cc1", kCc1, 0, true, 0);
    b.readProc(us(300), 0, tl::ProcFile::Jitasklet, kCat, "cat", 1).taskSleep(us(2100), 0, kCc1);
    return b;
}

int ksoftirqdPid0(const QString& profile) { return isEra26(profile) ? 2 : 14; }

QString expectedText(const QStringList& lines) { return QString::fromLatin1(kHeader) + "\n" + lines.join("\n") + "\n"; }

// All data lines of the first read, formatted as jit.c would print them.
QStringList formatted(const tl::ProcRead& r)
{
    QStringList out;
    for (const auto& l : r.lines)
        out << jitLine(static_cast<long>(l.time), static_cast<long>(l.delta), l.inirq, l.pid, l.cpu, l.command.c_str());
    return out;
}

} // namespace

class OraclesJit : public QObject {
    Q_OBJECT

private slots:
    void oracle19_inirqIsOneForEveryTaskletLine_data();
    void oracle19_inirqIsOneForEveryTaskletLine();
    void oracle30_jitaskletHeaderAndLineFormat_data();
    void oracle30_jitaskletHeaderAndLineFormat();
    void oracle31_bookScriptReproducesLdd3Sample();
    void oracle32_count10ScriptRunsAllInCc1AtFirstTick();
    void spec81_readerWaitsInInterruptibleSleep_data() { addAllProfileRows(); }
    void spec81_readerWaitsInInterruptibleSleep();
    void oracle33_idleCpuRunsAllInKsoftirqdAtJ0_data() { addAllProfileRows(); }
    void oracle33_idleCpuRunsAllInKsoftirqdAtJ0();
    void oracle34_catRerunsExperimentOnlyWithReadProc_data() { addAllProfileRows(); }
    void oracle34_catRerunsExperimentOnlyWithReadProc();
    void oracle35_jitimerDeltasEqualTdelay_data() { addAllProfileRows(); }
    void oracle35_jitimerDeltasEqualTdelay();
    void oracle36_vectorNumbersPerEra_data() { addAllProfileRows(); }
    void oracle36_vectorNumbersPerEra();
};

void OraclesJit::oracle19_inirqIsOneForEveryTaskletLine_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("file");
    for (const char* p : {kBook, kLinux2610, kLinux61, kLinux69}) {
        QStringList paths{"ksoftirqd", "local_bh_enable"};
        if (isEra26(QLatin1String(p))) paths << "irq_exit"; // a busy CPU runs them at the tick (nice-19 ksoftirqd)
        for (const auto& path : paths)
            for (const char* f : {"jitasklet", "jitasklethi"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3").arg(QLatin1String(p), path, QLatin1String(f))))
                    << QString::fromLatin1(p) << path << QString::fromLatin1(f);
    }
}

// 19. inirq is 1 for every tasklet line whatever path ran it, and 0 for the reader's line.
void OraclesJit::oracle19_inirqIsOneForEveryTaskletLine()
{
    QFETCH(QString, profile);
    QFETCH(QString, path);
    QFETCH(QString, file);
    ScenarioBuilder b(profile);
    b.hz(1000).duration(ms(10));
    std::string expectedComm;
    if (path == "ksoftirqd") {
        expectedComm = "ksoftirqd/0";
    } else if (path == "irq_exit") {
        b.task("cc1", kCc1).taskSleep(ms(8), 0, kCc1); // then cat gets the CPU back to return its data
        expectedComm = "cc1";
    } else {
        // The tasklet waits (busy CPU, ksoftirqd kept off it) until a task's local_bh_enable runs it.
        b.task("hog", 500).ksoftirqdDelay(ms(20)).taskSleep(ms(8), 0, 500);
        b.bhDisable(us(400), 0, 1000, "worker").bhEnable(us(450), 0, 1000, "worker");
        expectedComm = "worker";
    }
    b.readProc(us(300), 0, file == "jitasklet" ? tl::ProcFile::Jitasklet : tl::ProcFile::Jitasklethi, kCat, "cat", 1);
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);

    QCOMPARE(e->proc_reads().size(), std::size_t{1});
    const auto& r = e->proc_reads().front();
    QCOMPARE(r.lines.size(), std::size_t{6});
    QCOMPARE(r.lines[0].inirq, 0);
    QCOMPARE(r.lines[0].command, std::string("cat"));
    for (auto i : find(e->log(), EventType::TaskletEntry)) QCOMPARE(e->log()[i].context, tl::Context::SoftIrq);
    bool pathSeen = false;
    for (std::size_t i = 1; i < r.lines.size(); ++i) {
        QCOMPARE(r.lines[i].inirq, 1);
        pathSeen = pathSeen || r.lines[i].command == expectedComm;
    }
    QVERIFY2(pathSeen, qPrintable(QStringLiteral("premise: no line ran in %1\n").arg(QString::fromStdString(expectedComm)) +
                                  QString::fromStdString(r.text)));
    // The text agrees with the structured lines.
    QCOMPARE(QString::fromStdString(r.text), expectedText(formatted(r)));
}

void OraclesJit::oracle30_jitaskletHeaderAndLineFormat_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("file");
    for (const char* p : {kBook, kLinux2610, kLinux61, kLinux69})
        for (auto f : {tl::ProcFile::Jitasklet, tl::ProcFile::Jitasklethi})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(p), QLatin1String(tl::proc_file_name(f)))))
                << QString::fromLatin1(p) << static_cast<int>(f);
}

// 30. The header is exactly "   time   delta  inirq    pid   cpu command", then 6 data lines in jit.c's
//     "%9li  %3li     %i    %6i   %i   %s" format.
void OraclesJit::oracle30_jitaskletHeaderAndLineFormat()
{
    QFETCH(QString, profile);
    QFETCH(int, file);
    ScenarioBuilder b(profile);
    b.startJiffies(kJ0).duration(ms(10)).readProc(us(300), 0, static_cast<tl::ProcFile>(file), kCat, "cat", 1);
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);

    QCOMPARE(e->proc_reads().size(), std::size_t{1});
    const auto& r = e->proc_reads().front();
    QCOMPARE(r.file, static_cast<tl::ProcFile>(file));
    QVERIFY(!r.text.empty() && r.text.back() == '\n');
    const QStringList lines = textLines(r.text);
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines[0], QString::fromLatin1(kHeader));
    QCOMPARE(QString::fromLatin1(tl::kJitHeader), QString::fromLatin1(kHeader) + "\n");
    static const QRegularExpression re(QStringLiteral("^( *\\d+)  ( *-?\\d+)     ([01])    ( *\\d+)   (\\d+)   (\\S+)$"));
    for (int i = 1; i < lines.size(); ++i) {
        const auto m = re.match(lines[i]);
        QVERIFY2(m.hasMatch(), qPrintable(lines[i]));
        QCOMPARE(m.capturedLength(1), 9); // %9li (the values here have at most 9 digits)
        QCOMPARE(m.capturedLength(2), 3); // %3li
        QCOMPARE(m.capturedLength(4), 6); // %6i
    }
    QCOMPARE(lines.mid(1), formatted(r));
    QCOMPARE(lines[1], jitLine(static_cast<long>(kJ0), 0, 0, kCat, 0, "cat"));
}

// 31. ldd3-book with the §9 script: the first read() returns exactly the LDD3 sample.
void OraclesJit::oracle31_bookScriptReproducesLdd3Sample()
{
    ORACLE_MAKE_ENGINE(e, ldd3Script(kBook));
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);

    QCOMPARE(e->proc_reads().size(), std::size_t{1});
    const auto& r = e->proc_reads().front();
    const QString sample = QStringLiteral("   time   delta  inirq    pid   cpu command\n"
                                          "  6076139    0     0      4370   0   cat\n"
                                          "  6076140    1     1      4368   0   cc1\n"
                                          "  6076141    1     1      4368   0   cc1\n"
                                          "  6076141    0     1         2   0   ksoftirqd/0\n"
                                          "  6076141    0     1         2   0   ksoftirqd/0\n"
                                          "  6076141    0     1         2   0   ksoftirqd/0\n");
    QCOMPARE(QString::fromStdString(r.text), sample);
    QCOMPARE(r.experiments, 1);
    // The paths behind it (§9 derivation): two tick irq_exits in cc1, then three ksoftirqd invocations.
    const auto runs = tl::tasklet_runs(e->log());
    QCOMPARE(runs.size(), std::size_t{5});
    const tl::SoftirqPath paths[] = {tl::SoftirqPath::IrqExit, tl::SoftirqPath::IrqExit, tl::SoftirqPath::Ksoftirqd,
                                     tl::SoftirqPath::Ksoftirqd, tl::SoftirqPath::Ksoftirqd};
    for (std::size_t i = 0; i < runs.size(); ++i) QCOMPARE(runs[i].path, paths[i]);
}

// 32. linux-2.6.10 (count10) with the same script: all five runs in cc1 at the first tick, 1,0,0,0,0.
void OraclesJit::oracle32_count10ScriptRunsAllInCc1AtFirstTick()
{
    ORACLE_MAKE_ENGINE(e, ldd3Script(kLinux2610));
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);

    QCOMPARE(e->proc_reads().size(), std::size_t{1});
    const auto& r = e->proc_reads().front();
    QStringList lines{jitLine(kJ0, 0, 0, kCat, 0, "cat")};
    for (int i = 0; i < 5; ++i) lines << jitLine(kJ0 + 1, i == 0 ? 1 : 0, 1, kCc1, 0, "cc1");
    QCOMPARE(QString::fromStdString(r.text), expectedText(lines));
    const auto runs = tl::tasklet_runs(e->log());
    QCOMPARE(runs.size(), std::size_t{5});
    for (const auto& run : runs) QCOMPARE(run.path, tl::SoftirqPath::IrqExit);
    QVERIFY(invocationContaining(e->log(), runs.front().entry_index)->entry ==
            invocationContaining(e->log(), runs.back().entry_index)->entry); // one invocation
}

// §8.1 step 4 (and §9 step 1, "cat then sleeps"): the reader waits with wait_event_interruptible(), so
// while the tasklet runs it is in an interruptible sleep (S), never D.
void OraclesJit::spec81_readerWaitsInInterruptibleSleep()
{
    QFETCH(QString, profile);
    ScenarioBuilder b = ldd3Script(profile);
    b.ksoftirqdDelay(ms(20)); // 6.x: keep ksoftirqd off the CPU so that the wait lasts until the tick
    ORACLE_MAKE_ENGINE(e, b);
    e->run_until(us(500)); // cat has scheduled the tasklet and sleeps; cc1 runs
    {
        const auto snap = e->snapshot();
        const auto cat = taskInfo(snap, kCat);
        QVERIFY(cat);
        QVERIFY(!cat->waiting_for.empty());
        QCOMPARE(stateName(cat->state), stateName(tl::TaskState::Sleeping));
    }
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);
    const auto& log = e->log();
    const auto sleeps = find(log, EventType::SchedSleep, "cat");
    QVERIFY(!sleeps.empty());
    QCOMPARE(log.str(log[sleeps[0]].detail), std::string_view("S"));
}

// 33. Idle CPU, every era: lines 2-6 are ksoftirqd/0 at j0 with delta 0.
void OraclesJit::oracle33_idleCpuRunsAllInKsoftirqdAtJ0()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.startJiffies(kJ0).duration(ms(10)).readProc(us(300), 0, tl::ProcFile::Jitasklet, kCat, "cat", 1);
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);

    QCOMPARE(e->proc_reads().size(), std::size_t{1});
    const auto& r = e->proc_reads().front();
    QStringList lines{jitLine(kJ0, 0, 0, kCat, 0, "cat")};
    for (int i = 0; i < 5; ++i) lines << jitLine(kJ0, 0, 1, ksoftirqdPid0(profile), 0, "ksoftirqd/0");
    QCOMPARE(QString::fromStdString(r.text), expectedText(lines));
    QCOMPARE(e->snapshot().cpus[0].ksoftirqd_pid, ksoftirqdPid0(profile));
}

// 34. cat until EOF: 2.6's read_proc re-runs the experiment on the second read() (>= 2 x 5 callbacks);
//     the 6.x seq_file port runs it once.
void OraclesJit::oracle34_catRerunsExperimentOnlyWithReadProc()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.startJiffies(kJ0).duration(ms(50)).readProc(us(300), 0, tl::ProcFile::Jitasklet, kCat, "cat", 0);
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);

    QCOMPARE(e->proc_reads().size(), std::size_t{1});
    const auto& r = e->proc_reads().front();
    const int callbacks = count(e->log(), EventType::TaskletEntry);
    if (isEra26(profile)) {
        QVERIFY2(r.experiments >= 2, qPrintable(QString::number(r.experiments)));
        QVERIFY2(callbacks >= 10, qPrintable(QString::number(callbacks)));
        QCOMPARE(callbacks, 5 * r.experiments);
        QVERIFY(r.read_calls >= 2);
    } else {
        QCOMPARE(r.experiments, 1);
        QCOMPARE(callbacks, 5);
    }
    // The re-run's output is no longer than the first (same comms on an idle CPU): EOF, nothing appended.
    QCOMPARE(textLines(r.text).size(), 7);
    QCOMPARE(textLines(r.text).mid(1), formatted(r));
}

// 35. /proc/jitimer with tdelay 10 and no softirq delay: 5 timer lines with delta 10 and inirq 1.
void OraclesJit::oracle35_jitimerDeltasEqualTdelay()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    b.startJiffies(kJ0).duration(ms(300)).readProc(us(300), 0, tl::ProcFile::Jitimer, kCat, "cat", 1, 10);
    ORACLE_MAKE_ENGINE(e, b);
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);

    QCOMPARE(e->proc_reads().size(), std::size_t{1});
    const auto& r = e->proc_reads().front();
    QCOMPARE(r.file, tl::ProcFile::Jitimer);
    QCOMPARE(r.lines.size(), std::size_t{6});
    QCOMPARE(r.lines[0].time, kJ0);
    QCOMPARE(r.lines[0].inirq, 0);
    for (std::size_t i = 1; i < 6; ++i) {
        QCOMPARE(r.lines[i].delta, std::int64_t{10});
        QCOMPARE(r.lines[i].inirq, 1);
        QCOMPARE(r.lines[i].time, kJ0 + 10 * i);
    }
    QCOMPARE(count(e->log(), EventType::TimerExpire), 5);
    QCOMPARE(textLines(r.text).mid(1), formatted(r));
}

// 36. Vector numbers: TASKLET is 5 in 2.6 and 6 in 6.x; HI is 0 and TIMER 1 everywhere.
void OraclesJit::oracle36_vectorNumbersPerEra()
{
    QFETCH(QString, profile);
    ScenarioBuilder b(profile);
    // A CPU hog keeps ksoftirqd off the CPU, so what process context raised stays pending until the tick.
    b.hz(1000).duration(ms(3)).ksoftirqdDelay(ms(20)).task("hog", 500).tasklet("t").tasklet("h");
    b.readProc(0, 0, tl::ProcFile::Jitimer, kCat, "cat", 1, 1); // a timer due at every tick: TIMER raised
    b.api(us(100), 0, Op::TaskletSchedule, "t", 1000).api(us(200), 0, Op::TaskletHiSchedule, "h", 1001);
    ORACLE_MAKE_ENGINE(e, b);
    const int tasklet = isEra26(profile) ? 5 : 6;
    QCOMPARE(e->profile().nr_softirqs, isEra26(profile) ? 6 : 10);

    e->run_until(us(500));
    const auto snap = e->snapshot();
    QCOMPARE(snap.cpus[0].softirq_pending, (1u << 0) | (1u << tasklet));
    QCOMPARE(snap.cpus[0].pending_names, (std::vector<std::string>{"HI", "TASKLET"}));
    e->run();
    ORACLE_VERIFY_INVARIANTS(*e);

    const auto& log = e->log();
    const std::pair<const char*, int> expected[] = {{"HI", 0}, {"TIMER", 1}, {"TASKLET", tasklet}};
    for (const auto& [name, nr] : expected) {
        const auto raises = find(log, EventType::SoftirqRaise, name);
        const auto entries = find(log, EventType::SoftirqEntry, name);
        QVERIFY2(!raises.empty() && !entries.empty(), name);
        for (auto i : raises) QCOMPARE(log[i].arg, nr);
        for (auto i : entries) QCOMPARE(log[i].arg, nr);
    }
}

QTEST_APPLESS_MAIN(OraclesJit)
#include "tst_oracles_jit.moc"
