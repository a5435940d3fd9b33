// UI tests of the /proc panel: the live jitasklet table and the module's exact text, compared with
// taskletlab-cli's output for the same (saved) session.
#include "uitest_support.h"

#include <jitasklet_table_model.h>
#include <proc_panel.h>

#include <QClipboard>
#include <QGuiApplication>
#include <QProcess>
#include <QPushButton>
#include <QTableView>

using namespace uitest;

class TstUiProc : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void readFillsTheTableLineByLine() {
        Fixture f(kBusyCpuNoRead);
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        f.runUntil(300 * tl::kNsPerUs);
        tlui::ProcPanel* proc = f.window->procPanel();
        proc->setCpu(0);
        proc->setFile(tl::ProcFile::Jitasklet);
        QTest::mouseClick(f.window->findChild<QPushButton*>(QStringLiteral("btn_read_proc")), Qt::LeftButton);
        tlui::JitaskletTableModel* m = proc->model();
        f.runFor(50 * tl::kNsPerUs);
        QCOMPARE(m->readCount(), 1);
        QCOMPARE(m->rowCount(), 1); // the reader's own line, before any tasklet run
        QCOMPARE(m->data(m->index(0, tlui::JitaskletTableModel::Command)).toString(), QStringLiteral("cat"));
        QCOMPARE(m->data(m->index(0, tlui::JitaskletTableModel::Inirq)).toInt(), 0);
        // Tick 1 (1 ms): run 1 in cc1's irq_exit.
        f.runUntil(1500 * tl::kNsPerUs);
        QCOMPARE(m->rowCount(), 2);
        QCOMPARE(m->data(m->index(1, tlui::JitaskletTableModel::Command)).toString(), QStringLiteral("cc1"));
        QCOMPARE(m->data(m->index(1, tlui::JitaskletTableModel::Delta)).toInt(), 1);
        f.runUntil(20 * tl::kNsPerMs);
        QCOMPARE(m->rowCount(), 6);
        QVERIFY(m->read(0).complete);
        QCOMPARE(m->headerData(0, Qt::Horizontal).toString(), QStringLiteral("time"));
        QCOMPARE(m->columnCount(), 6);
    }

    void readTextEqualsTheCliOutputOfTheSavedSession() {
        const QByteArray cli = qgetenv("TASKLETLAB_CLI");
        if (cli.isEmpty()) QSKIP("TASKLETLAB_CLI is not set (run through ctest)");
        Fixture f(kBusyCpuNoRead);
        f.runUntil(300 * tl::kNsPerUs);
        f.window->procPanel()->setCpu(0);
        QCOMPARE(f.window->procPanel()->startRead(), QString());
        f.runUntil(20 * tl::kNsPerMs);
        const QString panelText = f.window->procPanel()->text();
        // The first read() returns the header and six lines: the LDD3 sample under ldd3-book. (cat's
        // second read() re-runs the experiment in 2.6 and may add a tail: the text is what cat prints.)
        const QStringList lines = panelText.split(QLatin1Char('\n'));
        QVERIFY(lines.size() >= 7);
        QCOMPARE(lines[0], QStringLiteral("   time   delta  inirq    pid   cpu command"));
        QVERIFY(lines[1].startsWith(QStringLiteral("  6076139    0     0 ")));
        QVERIFY(lines[1].endsWith(QStringLiteral("   0   cat"))); // the reader's pid is the next free one
        QCOMPARE(lines[2], QStringLiteral("  6076140    1     1      4368   0   cc1"));
        QCOMPARE(lines[6], QStringLiteral("  6076141    0     1         2   0   ksoftirqd/0"));
        QCOMPARE(f.window->procPanel()->model()->rowCount(), 6);
        f.window->procPanel()->copyText();
        QCOMPARE(QGuiApplication::clipboard()->text(), panelText);

        const QString saved = f.dir.filePath(QStringLiteral("session.json"));
        QCOMPARE(f.window->saveScenarioAs(saved), QString());
        QProcess p;
        p.start(QString::fromLocal8Bit(cli), {QStringLiteral("run"), saved});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString cliText = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(panelText, cliText);
    }

    void saveCsvWritesEveryLine() {
        Fixture f(kBusyCpuNoRead);
        f.runUntil(300 * tl::kNsPerUs);
        f.window->procPanel()->startRead();
        f.runUntil(20 * tl::kNsPerMs);
        const QString csv = f.dir.filePath(QStringLiteral("jit.csv"));
        QCOMPARE(f.window->procPanel()->saveCsv(csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("read,file,time,delta,inirq,pid,cpu,command"));
        QVERIFY(lines.size() >= 7);
        QVERIFY(lines[1].startsWith("1,jitasklet,"));
    }
};

QTEST_MAIN(TstUiProc)
#include "tst_ui_proc.moc"
