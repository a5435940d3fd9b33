// Atomic writes: complete new content or the old file untouched, and never a temp file left behind.
#include <io/atomic_file.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <stdexcept>
#include <sys/resource.h>

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

int entries(const QString& dir) {
    return static_cast<int>(
        QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size());
}

} // namespace

class TestAtomicFile : public QObject {
    Q_OBJECT

private slots:
    void writesNewFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("out.csv");
        QCOMPARE(tl::write_file_atomically(path.toStdString(), "a,b\n1,2\n"), std::string());
        QCOMPARE(readAll(path), QByteArray("a,b\n1,2\n"));
        QCOMPARE(entries(dir.path()), 1);
    }

    void replacesExistingFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("out.csv");
        writeFile(path, "old content that is longer");
        QCOMPARE(tl::write_file_atomically(path.toStdString(), "new"), std::string());
        QCOMPARE(readAll(path), QByteArray("new"));
        QCOMPARE(entries(dir.path()), 1);
    }

    void streamsLargeOutput() {
        QTemporaryDir dir;
        const QString path = dir.filePath("big.bin");
        const std::string chunk(1 << 20, 'x');
        const auto err = tl::write_file_atomically(path.toStdString(), [&](tl::ByteSink& out) {
            for (int i = 0; i < 8; ++i)
                out.write(chunk);
        });
        QCOMPARE(err, std::string());
        QCOMPARE(QFileInfo(path).size(), qint64{8} << 20);
    }

    void failsWhenParentIsARegularFile() {
        QTemporaryDir dir;
        const QString parent = dir.filePath("file");
        writeFile(parent, "I am a file");
        const std::string target = (parent + "/out.csv").toStdString();
        QCOMPARE(tl::write_file_atomically(target, "data"), "cannot write '" + target + "': Not a directory");
        QCOMPARE(readAll(parent), QByteArray("I am a file"));
        QCOMPARE(entries(dir.path()), 1);
    }

    void failsInMissingDirectory() {
        QTemporaryDir dir;
        const std::string target = dir.filePath("no/such/dir/out.csv").toStdString();
        QCOMPARE(tl::write_file_atomically(target, "data"),
                 "cannot write '" + target + "': No such file or directory");
        QCOMPARE(entries(dir.path()), 0);
    }

    void failsOnProcFilesystem() {
        // Not writable even for root, unlike a chmod'ed directory.
        const std::string err = tl::write_file_atomically("/proc/taskletlab-test.csv", "data");
        QVERIFY(err.starts_with("cannot write '/proc/taskletlab-test.csv': "));
        QVERIFY(!QFile::exists("/proc/taskletlab-test.csv"));
    }

    void refusesToReplaceDirectory() {
        QTemporaryDir dir;
        const QString sub = dir.filePath("sub");
        QVERIFY(QDir().mkdir(sub));
        QCOMPARE(tl::write_file_atomically(sub.toStdString(), "data"),
                 "cannot write '" + sub.toStdString() + "': Is a directory");
        QVERIFY(QFileInfo(sub).isDir());
    }

    void producerExceptionLeavesExistingFileIntact() {
        QTemporaryDir dir;
        const QString path = dir.filePath("out.csv");
        writeFile(path, "previous run");
        bool thrown = false;
        try {
            (void)tl::write_file_atomically(path.toStdString(), [](tl::ByteSink& out) {
                out.write("partial new data");
                throw std::runtime_error("exporter failed");
            });
        } catch (const std::runtime_error&) {
            thrown = true;
        }
        QVERIFY(thrown);
        QCOMPARE(readAll(path), QByteArray("previous run"));
        QCOMPARE(entries(dir.path()), 1); // the temp file is gone
    }

    void writeErrorLeavesExistingFileIntact() {
        // A file size limit makes write() fail with EFBIG part way through, like a full disk would.
        QTemporaryDir dir;
        const QString path = dir.filePath("out.csv");
        writeFile(path, "previous run");
        struct rlimit old {};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = old;
        small.rlim_cur = 1 << 20;
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        const std::string chunk(1 << 19, 'x');
        const std::string err = tl::write_file_atomically(path.toStdString(), [&](tl::ByteSink& out) {
            for (int i = 0; i < 4; ++i)
                out.write(chunk);
        });
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        QCOMPARE(err, "cannot write '" + path.toStdString() + "': File too large");
        QCOMPARE(readAll(path), QByteArray("previous run"));
        QCOMPARE(entries(dir.path()), 1);
    }

    void checkWritableAcceptsAndRefuses() {
        QTemporaryDir dir;
        QCOMPARE(tl::check_writable(dir.filePath("x.csv").toStdString()), std::string());
        QCOMPARE(entries(dir.path()), 0); // the probe is removed
        writeFile(dir.filePath("f"), "");
        QVERIFY(tl::check_writable(dir.filePath("f/x.csv").toStdString()).ends_with("Not a directory"));
        QVERIFY(tl::check_writable(dir.path().toStdString()).ends_with("Is a directory"));
    }
};

QTEST_APPLESS_MAIN(TestAtomicFile)
#include "tst_atomic_file.moc"
