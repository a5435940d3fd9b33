// taskletlab-cli end to end (QProcess on $TASKLETLAB_CLI): commands, and for every kind of bad input
// exit status 2, exactly one stderr line naming the file and place, and no output file touched.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList errLines() const { return QString::fromUtf8(err).split('\n', Qt::SkipEmptyParts); }
};

CliResult runCli(const QStringList& args, const QString& workDir = QString()) {
    QProcess p;
    if (!workDir.isEmpty()) p.setWorkingDirectory(workDir);
    p.start(qEnvironmentVariable("TASKLETLAB_CLI"), args);
    CliResult r;
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString sourcePath(const QString& relative) {
    return QDir(qEnvironmentVariable("TASKLETLAB_SOURCE_DIR")).filePath(relative);
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray kValid = R"({"format": "taskletlab-scenario", "version": 1, "title": "Small",
  "profile": "ldd3-book", "cpus": 1, "duration": "30ms",
  "tasks": [{"comm": "cc1", "pid": 4368}],
  "tasklets": [{"name": "rx", "work": "2us"}],
  "actions": [{"at": "1ms", "cpu": 0, "op": "tasklet_schedule", "tasklet": "rx"},
              {"at": "2ms", "cpu": 0, "op": "read_proc", "file": "jitasklet", "pid": 4370}]
}
)";

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& data) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write fixture");
        f.write(data);
        return path;
    }

    // Runs `run SCENARIO` with every output option pointing at fresh paths plus one existing file;
    // checks the bad-input contract and returns the single stderr line.
    QString expectBadInput(const QString& scenario, const QStringList& extra = {}) {
        const QString existing = write("existing.csv", "keep me\n");
        const QString fresh = m_dir.filePath("fresh.csv");
        const QString chrome = m_dir.filePath("fresh.json");
        QFile::remove(fresh);
        QFile::remove(chrome);
        const CliResult r = runCli(QStringList{"run", scenario, "--trace-csv", existing, "--jitasklet-csv",
                                               fresh, "--chrome-trace", chrome} +
                                   extra);
        [&] {
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(r.out, QByteArray());
            QCOMPARE(r.errLines().size(), 1);
            QVERIFY(r.err.endsWith('\n'));
            QCOMPARE(readAll(existing), QByteArray("keep me\n"));
            QVERIFY(!QFile::exists(fresh));
            QVERIFY(!QFile::exists(chrome));
        }();
        return r.errLines().value(0);
    }

    static bool engineAvailable() {
        return QFile::exists(sourcePath("resources/scenarios/ldd3-busy-cpu.json"));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("TASKLETLAB_CLI")), "TASKLETLAB_CLI is not set");
    }

    void helpExitsZero() {
        const CliResult r = runCli({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("taskletlab-cli run SCENARIO"));
        QVERIFY(r.err.isEmpty());
    }

    void versionPrintsVersion() {
        const CliResult r = runCli({"--version"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QRegularExpression(R"(^taskletlab-cli \d+\.\d+\.\d+\n$)")
                    .match(QString::fromUtf8(r.out))
                    .hasMatch());
    }

    void profilesListsNameHzAndSummary() {
        const CliResult r = runCli({"profiles"});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith("ldd3-book") && lines[0].contains("HZ=1000") &&
                lines[0].contains("LDD3"));
        QVERIFY(lines[2].startsWith("linux-6.1") && lines[2].contains("HZ=250") &&
                lines[2].endsWith("(default)"));
        QVERIFY(lines[3].startsWith("linux-6.9"));
    }

    void validateAcceptsAGoodScenario() {
        const QString path = write("small.json", kValid);
        const CliResult r = runCli({"validate", path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), path + ": ok (Small, ldd3-book, 1 cpus)\n");
        QVERIFY(r.err.isEmpty());
    }

    void validateReportsErrorsWithStatus2() {
        const QString path =
            write("bad-validate.json", QByteArray(kValid).replace("\"cpus\": 1", "\"cpus\": 0"));
        const CliResult r = runCli({"validate", path});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.errLines(), QStringList{path + ":2:35: $.cpus: expected an integer from 1 to 64, got 0"});
    }

    void badUsageExitsTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no arguments") << QStringList{} << "missing command";
        QTest::newRow("unknown command") << QStringList{"simulate", "x.json"} << "unknown command 'simulate'";
        QTest::newRow("missing scenario") << QStringList{"run"} << "run: missing SCENARIO file";
        QTest::newRow("unknown option")
            << QStringList{"run", "x.json", "--fast"} << "unknown option '--fast'";
        QTest::newRow("option without value")
            << QStringList{"run", "x.json", "--seed"} << "--seed needs a value";
        QTest::newRow("bad seed") << QStringList{"run", "x.json", "--seed", "-3"}
                                  << "--seed: expected an integer";
        QTest::newRow("unknown profile")
            << QStringList{"run", "x.json", "--profile", "linux-5"}
            << "--profile: expected one of ldd3-book, linux-2.6.10, linux-6.1, linux-6.9";
        QTest::newRow("extra argument")
            << QStringList{"run", "x.json", "y.json"} << "unexpected argument 'y.json'";
        QTest::newRow("output option on validate")
            << QStringList{"validate", "x.json", "--stats"} << "validate takes no output options";
    }
    void badUsageExitsTwo() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errLines()[0].startsWith("taskletlab-cli: "), r.err.constData());
        QVERIFY2(r.errLines()[0].contains(message), r.err.constData());
    }

    void malformedJson() {
        const QString path =
            write("malformed.json", "{\"format\": \"taskletlab-scenario\",\n \"version\": 1,\n}\n");
        QCOMPARE(expectBadInput(path), path + ":3:1: expected a key in double quotes, got '}'");
    }

    void wrongType() {
        const QString path =
            write("wrong-type.json", QByteArray(kValid).replace("\"work\": \"2us\"", "\"work\": 2"));
        QCOMPARE(expectBadInput(path),
                 path + ":4:39: $.tasklets[0].work: expected a time like \"2us\", got 2");
    }

    void unknownKey() {
        const QString path =
            write("unknown-key.json", QByteArray(kValid).replace("\"pid\": 4368", "\"pdi\": 4368"));
        const QString line = expectBadInput(path);
        QVERIFY2(
            line.startsWith(path + ":3:29: $.tasks[0].pdi: unknown key \"pdi\" (allowed here: comm, pid"),
            qPrintable(line));
    }

    void unknownReference() {
        const QString path = write("unknown-ref.json",
                                   QByteArray(kValid).replace("\"tasklet\": \"rx\"", "\"tasklet\": \"tx\""));
        QCOMPARE(expectBadInput(path), path + ":5:76: $.actions[0].tasklet: expected the name of a tasklet "
                                              "in \"tasklets\" (rx), got \"tx\"");
    }

    void valueOutOfRange() {
        const QString path =
            write("range.json", QByteArray(kValid).replace("\"cpu\": 0, \"op\": \"read_proc\"",
                                                           "\"cpu\": 1, \"op\": \"read_proc\""));
        QCOMPARE(expectBadInput(path),
                 path + ":6:36: $.actions[1].cpu: expected an integer from 0 to 0, got 1");
    }

    void badDurationOverride() {
        const QString path = write("good-for-override.json", kValid);
        QCOMPARE(
            expectBadInput(path, {"--duration", "10 ms"}),
            QString(
                "taskletlab-cli: --duration: expected a time like \"2us\" (a number, then ns, us, ms, s or "
                "j), got \"10 ms\""));
    }

    void missingInputFile() {
        const QString path = m_dir.filePath("does-not-exist.json");
        QCOMPARE(expectBadInput(path), path + ": cannot open: No such file or directory");
    }

    void inputIsADirectory() {
        const QString path = m_dir.filePath("a-directory");
        QVERIFY(QDir().mkpath(path));
        QCOMPARE(expectBadInput(path), path + ": cannot read: it is a directory");
    }

    void unwritableOutput() {
        const QString scenario = write("good.json", kValid);
        const QString parentFile = write("plain-file", "x");
        const QString target = parentFile + "/trace.csv";
        const QString jit = m_dir.filePath("jit-unwritable.csv");
        const CliResult r = runCli({"run", scenario, "--jitasklet-csv", jit, "--trace-csv", target});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.errLines(),
                 QStringList{"taskletlab-cli: --trace-csv: cannot write '" + target + "': Not a directory"});
        QVERIFY(!QFile::exists(jit)); // nothing is written when any output is impossible
        QCOMPARE(readAll(parentFile), QByteArray("x"));
    }

    void outputOverScenarioIsRefused() {
        const QString scenario = write("precious.json", kValid);
        const CliResult r = runCli({"run", scenario, "--trace-csv", scenario});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.errLines()[0].contains("is the scenario file"));
        QCOMPARE(readAll(scenario), kValid);
    }

    void sameOutputTwiceIsRefused() {
        const QString scenario = write("good2.json", kValid);
        const QString out = m_dir.filePath("same.csv");
        const CliResult r = runCli({"run", scenario, "--trace-csv", out, "--jitasklet-csv", out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errLines().value(0).contains("also given to --trace-csv"));
        QVERIFY(!QFile::exists(out));
    }

    // ---- runs (need the engine and the lead's book scenario)

    void runPrintsTheBookSample() {
        if (!engineAvailable()) QSKIP("resources/scenarios/ldd3-busy-cpu.json is not there yet");
        const CliResult r = runCli({"run", sourcePath("resources/scenarios/ldd3-busy-cpu.json")});
        QCOMPARE(r.exitCode, 0);
        // kernel-semantics.md §9: the first read() returns exactly the LDD3 sample.
        const QByteArray sample = "   time   delta  inirq    pid   cpu command\n"
                                  "  6076139    0     0      4370   0   cat\n"
                                  "  6076140    1     1      4368   0   cc1\n"
                                  "  6076141    1     1      4368   0   cc1\n"
                                  "  6076141    0     1         2   0   ksoftirqd/0\n"
                                  "  6076141    0     1         2   0   ksoftirqd/0\n"
                                  "  6076141    0     1         2   0   ksoftirqd/0\n";
        QVERIFY2(r.out.startsWith(sample), r.out.constData());
    }

    void runIsByteIdenticalAcrossProcesses() {
        if (!engineAvailable()) QSKIP("resources/scenarios/ldd3-busy-cpu.json is not there yet");
        const QString scenario = sourcePath("resources/scenarios/ldd3-busy-cpu.json");
        const QString a = m_dir.filePath("a.csv");
        const QString b = m_dir.filePath("b.csv");
        const CliResult ra = runCli({"run", scenario, "--trace-csv", a, "--duration", "50ms"});
        const CliResult rb = runCli({"run", scenario, "--trace-csv", b, "--duration", "50ms"});
        QCOMPARE(ra.exitCode, 0);
        QCOMPARE(rb.exitCode, 0);
        const QByteArray ta = readAll(a);
        QVERIFY(ta.startsWith("time_ns,cpu,jiffies,event,pid,comm,context,name,detail\n"));
        QVERIFY(ta.count('\n') > 10);
        QCOMPARE(ta, readAll(b));
        QCOMPARE(ra.out, rb.out);
        QCOMPARE(ra.err, rb.err);
    }

    void runWritesEveryOutputAndStats() {
        if (!engineAvailable()) QSKIP("resources/scenarios/ldd3-busy-cpu.json is not there yet");
        const QString scenario = sourcePath("resources/scenarios/ldd3-busy-cpu.json");
        const QString trace = m_dir.filePath("all-trace.csv");
        const QString jit = m_dir.filePath("all-jit.csv");
        const QString chrome = m_dir.filePath("all-chrome.json");
        const CliResult r = runCli({"run", scenario, "--trace-csv", trace, "--jitasklet-csv", jit,
                                    "--chrome-trace", chrome, "--stats"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(readAll(jit).startsWith(
            "read,file,time,delta,inirq,pid,cpu,command\n1,jitasklet,6076139,0,0,4370,0,cat\n"));
        QVERIFY(readAll(chrome).contains("\"traceEvents\""));
        QVERIFY(QFileInfo(trace).size() > 0);
        const QString out = QString::fromUtf8(r.out);
        for (const char* key :
             {"\nevents: ", "\nsimulated: ", "\nwall: ", "\nevents_per_second: ", "\nbytes_per_event: "})
            QVERIFY2(out.contains(key), key);
        QVERIFY(QDir(m_dir.path()).entryList({".*tmp*"}, QDir::Files | QDir::Hidden).isEmpty());
    }

    void readsAreSeparatedByOneEmptyLine() {
        const QString path = write("two-reads.json", R"({"format": "taskletlab-scenario", "version": 1,
  "profile": "linux-6.1", "duration": "20ms", "start_jiffies": 100,
  "actions": [{"at": "1ms", "cpu": 0, "op": "read_proc", "file": "jitasklet", "pid": 500},
              {"at": "9ms", "cpu": 0, "op": "read_proc", "file": "jitasklethi", "pid": 501}]}
)");
        const CliResult r = runCli({"run", path});
        QCOMPARE(r.exitCode, 0);
        const QStringList blocks = QString::fromUtf8(r.out).split("\n\n");
        QCOMPARE(blocks.size(), 2);
        for (const QString& b : blocks) {
            QVERIFY(b.startsWith("   time   delta  inirq    pid   cpu command\n"));
            QCOMPARE(b.trimmed().split('\n').size(), 7); // header + reader line + 5 runs
        }
        QVERIFY(r.out.endsWith("\n") && !r.out.endsWith("\n\n"));
        QVERIFY(blocks[1].contains("   501   0   cat"));
    }

    void kernelMessagesAndHangsGoToStderr() {
        // A kill from a hard IRQ logs a notice; a kill of a queued, disabled tasklet never returns
        // (oracle 23). Neither is a tool failure.
        const QString path = write("kill.json", R"({"format": "taskletlab-scenario", "version": 1,
  "profile": "linux-6.1", "duration": "5ms",
  "tasklets": [{"name": "rx", "work": "2us", "disabled": true}],
  "actions": [{"at": "1ms", "cpu": 0, "op": "tasklet_kill", "tasklet": "rx", "context": "hardirq"},
              {"at": "2ms", "cpu": 0, "op": "tasklet_schedule", "tasklet": "rx"},
              {"at": "3ms", "cpu": 0, "op": "tasklet_kill", "tasklet": "rx", "comm": "rmmod"}]}
)");
        const CliResult r = runCli({"run", path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray()); // no read: nothing on stdout
        const QStringList lines = r.errLines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QString("[    0.001000] CPU0: Attempt to kill tasklet from interrupt"));
        QVERIFY2(lines[1].startsWith("tasklet_kill(rx) by rmmod") && lines[1].contains("has not returned"),
                 qPrintable(lines[1]));
    }

    void runWithoutStatsPrintsOnlyReads() {
        const QString path = write("reads-only.json", kValid);
        const CliResult r = runCli({"run", path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains("events:"));
        if (engineAvailable()) QVERIFY(r.out.startsWith("   time   delta  inirq    pid   cpu command\n"));
    }
};

QTEST_APPLESS_MAIN(TestCli)
#include "tst_cli.moc"
