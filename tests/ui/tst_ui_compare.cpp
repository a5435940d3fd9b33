// UI tests of the Compare view: one scenario under two or three profiles, synchronized timelines, the
// /proc lines and tasklet runs that differ highlighted, invalid choices explained (offscreen).
#include "uitest_support.h"

#include <compare_window.h>
#include <scenario_files.h>
#include <timeline_view.h>

#include <trace/playback/run_compare.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QTableWidget>
#include <QTabWidget>

#include <optional>

using tlui::CompareWindow;

namespace {

const QStringList kThree{QStringLiteral("ldd3-book"), QStringLiteral("linux-2.6.10"),
                         QStringLiteral("linux-6.1")};

// A shipped lesson: from the resources, else from the source tree.
std::optional<tl::Scenario> lesson(const QString& file) {
    tl::ScenarioLoadResult r = tlui::loadScenario(QStringLiteral(":/scenarios/") + file);
    if (!r.ok())
        r = tlui::loadScenario(QDir(qEnvironmentVariable("TASKLETLAB_SOURCE_DIR"))
                                   .filePath(QStringLiteral("resources/scenarios/") + file));
    if (!r.ok()) return std::nullopt;
    return r.scenario;
}

std::vector<std::string> names(const QStringList& l) {
    std::vector<std::string> v;
    for (const QString& s : l)
        v.push_back(s.toStdString());
    return v;
}

int rowKind(const QTableWidget* t, int row) {
    const QTableWidgetItem* it = t->item(row, 0);
    return it ? it->data(CompareWindow::kRowKindRole).toInt() : -1;
}

// Every cell of the row carries the highlight background, and the marker column says "≠".
bool highlighted(const QTableWidget* t, int row) {
    if (!t->item(row, 0) || t->item(row, 0)->text() != QStringLiteral("≠")) return false;
    for (int c = 0; c < t->columnCount(); ++c)
        if (!t->item(row, c) || t->item(row, c)->background().style() == Qt::NoBrush) return false;
    return true;
}

// No cell of the row has a background and the marker column is empty.
bool plain(const QTableWidget* t, int row) {
    if (!t->item(row, 0) || !t->item(row, 0)->text().isEmpty()) return false;
    for (int c = 0; c < t->columnCount(); ++c)
        if (!t->item(row, c) || t->item(row, c)->background().style() != Qt::NoBrush) return false;
    return true;
}

} // namespace

class TstUiCompare : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        uitest::isolateSettings();
        QVERIFY2(lesson(QStringLiteral("ldd3-busy-cpu.json")), "the busy-CPU lesson loads");
    }

    void defaultsAreOwnProfileAndContrastingOnes() {
        QCOMPARE(CompareWindow::defaultProfiles("ldd3-book"), kThree);
        const QStringList six = CompareWindow::defaultProfiles("linux-6.1");
        QCOMPARE(six.size(), 3);
        QCOMPARE(six.front(), QStringLiteral("linux-6.1"));
        QVERIFY(six.contains(QStringLiteral("ldd3-book")));
        CompareWindow w(*lesson(QStringLiteral("ldd3-busy-cpu.json")), {});
        QCOMPARE(w.objectName(), QStringLiteral("compareWindow"));
        QVERIFY(w.windowFlags().testFlag(Qt::Window));
        QCOMPARE(w.profiles(), kThree);
        QCOMPARE(w.selectedProfiles(), kThree);
    }

    void timelinesShowEachProfilesRun() {
        const tl::Scenario sc = *lesson(QStringLiteral("ldd3-busy-cpu.json"));
        CompareWindow w(sc, kThree);
        QVERIFY2(w.message().isEmpty(), qPrintable(w.message()));
        QCOMPARE(w.runCount(), 3);
        std::vector<std::size_t> sizes;
        for (int i = 0; i < 3; ++i) {
            tl::Scenario s = sc;
            s.profile = kThree[i].toStdString();
            tl::Engine e(s);
            e.run();
            tlui::TimelineView* v = w.timeline(i);
            QVERIFY(v);
            QVERIFY(!v->followLive());
            QCOMPARE(v->model().log()->size(), e.log().size());
            QCOMPARE(v->model().consumedEvents(), e.log().size());
            QCOMPARE(v->model().cpuCount(), sc.cpus);
            QCOMPARE(v->model().tickPeriod(), tl::tick_period(e.hz()));
            QCOMPARE(std::string(w.engine(i)->profile().name), s.profile);
            sizes.push_back(e.log().size());
        }
        // The profiles really differ here (else the size check could not tell them apart).
        QVERIFY(sizes[0] != sizes[1] || sizes[1] != sizes[2]);
        QVERIFY(w.timeline(3) == nullptr);
    }

    void timeAxesAreSynchronized() {
        CompareWindow w(*lesson(QStringLiteral("ldd3-busy-cpu.json")), kThree);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // At start every timeline shows the whole of the longest run.
        tl::Nanos longest = 0;
        for (int i = 0; i < 3; ++i)
            longest = std::max(longest, w.engine(i)->now());
        for (int i = 0; i < 3; ++i) {
            const auto [lo, hi] = w.timeline(i)->visibleRange();
            QCOMPARE(lo, 0.0);
            QVERIFY2(hi >= static_cast<double>(longest), qPrintable(QString::number(hi)));
            QVERIFY(hi < static_cast<double>(longest) * 1.1);
        }
        w.timeline(1)->setVisibleRange(1.0e6, 2.5e6);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(w.timeline(i)->visibleRange().first, 1.0e6);
            QCOMPARE(w.timeline(i)->visibleRange().second, 2.5e6);
        }
        w.timeline(2)->zoomIn();
        const auto z = w.timeline(2)->visibleRange();
        QVERIFY(z.second - z.first < 1.5e6);
        QCOMPARE(w.timeline(0)->visibleRange(), z);
        QCOMPARE(w.timeline(1)->visibleRange(), z);
        // A new comparison keeps the axes in step, and the presenter's high contrast.
        w.setHighContrast(true);
        w.compare({QStringLiteral("linux-6.1"), QStringLiteral("ldd3-book")});
        QVERIFY(w.timeline(0)->highContrast() && w.timeline(1)->highContrast());
        w.timeline(0)->setVisibleRange(3.0e5, 4.0e5);
        QCOMPARE(w.timeline(1)->visibleRange(), w.timeline(0)->visibleRange());
        w.zoomToFitAll();
        QCOMPARE(w.timeline(0)->visibleRange().first, 0.0);
        QCOMPARE(w.timeline(1)->visibleRange(), w.timeline(0)->visibleRange());
    }

    void procTableHighlightsExactlyTheDifferingLines() {
        const tl::Scenario sc = *lesson(QStringLiteral("ldd3-busy-cpu.json"));
        CompareWindow w(sc, kThree);
        const tl::RunComparison c = tl::compare_runs(sc, names(kThree));
        int expected = 0, lines = 0;
        for (const auto& r : c.reads)
            for (const auto& l : r.lines) {
                ++lines;
                expected += l.differs ? 1 : 0;
            }
        QVERIFY2(expected > 0 && expected < lines, "some lines differ, some do not");
        QCOMPARE(w.differingProcLines(), expected);

        const QTableWidget* t = w.procTable();
        QCOMPARE(t->columnCount(), 4);
        QCOMPARE(t->horizontalHeaderItem(1)->text(), kThree[0]);
        QCOMPARE(t->horizontalHeaderItem(3)->text(), kThree[2]);
        int row = 0, highlightedRows = 0;
        for (const auto& r : c.reads) {
            QCOMPARE(rowKind(t, row), int(CompareWindow::HeaderRow));
            QVERIFY(t->item(row, 0)->text().contains(QString::number(r.read)));
            QCOMPARE(t->columnSpan(row, 0), 4);
            ++row;
            for (const auto& l : r.lines) {
                for (int j = 0; j < 3; ++j)
                    if (l.present[static_cast<std::size_t>(j)])
                        QCOMPARE(t->item(row, j + 1)->text(),
                                 QString::fromStdString(l.text[static_cast<std::size_t>(j)]));
                if (l.differs) {
                    QCOMPARE(rowKind(t, row), int(CompareWindow::DifferingRow));
                    QVERIFY2(highlighted(t, row), qPrintable(QStringLiteral("row %1").arg(row)));
                    ++highlightedRows;
                } else {
                    QCOMPARE(rowKind(t, row), int(CompareWindow::SameRow));
                    QVERIFY2(plain(t, row), qPrintable(QStringLiteral("row %1").arg(row)));
                }
                ++row;
            }
        }
        QCOMPARE(row, t->rowCount());
        QCOMPARE(highlightedRows, expected);
        QVERIFY(w.summary().contains(QString::number(expected)));
    }

    void bookVs2610DiffersInTheLastFourLines() {
        // kernel-semantics.md §9: the same first run, then ksoftirqd (book) against cc1 (2.6.10).
        CompareWindow w(*lesson(QStringLiteral("ldd3-busy-cpu.json")),
                        {QStringLiteral("ldd3-book"), QStringLiteral("linux-2.6.10")});
        QCOMPARE(w.runCount(), 2);
        QCOMPARE(w.differingProcLines(), 4);
        const QTableWidget* t = w.procTable();
        QCOMPARE(t->rowCount(), 8); // "read 1" and its seven lines
        for (int row = 1; row < 8; ++row)
            QCOMPARE(highlighted(t, row), row >= 4); // lines 4..7 (1-based) are rows 4..7: row 0 is "read 1"
        QCOMPARE(t->verticalHeaderItem(5)->text(), QStringLiteral("5"));
        QVERIFY(t->item(5, 1)->text().contains(QStringLiteral("ksoftirqd/0")));
        QVERIFY(t->item(5, 2)->text().contains(QStringLiteral("cc1")));
        QVERIFY(!t->item(5, 1)->font().bold()); // the reference column
        QVERIFY(t->item(5, 2)->font().bold());

        // Tasklet runs: the first identical, runs 2..5 differ.
        const QTableWidget* r = w.runsTable();
        QCOMPARE(w.differingRuns(), 4);
        QCOMPARE(r->rowCount(), 6); // the tasklet's header row and its five runs
        QCOMPARE(rowKind(r, 0), int(CompareWindow::HeaderRow));
        QVERIFY(plain(r, 1));
        for (int row = 2; row < 6; ++row)
            QVERIFY(highlighted(r, row));
        QVERIFY(r->item(5, 2)->text().contains(QStringLiteral("ksoftirqd/0")));
        QVERIFY(r->item(5, 3)->text().contains(QStringLiteral("cc1")));

        // Statistics: the runs per context differ, the number of runs does not.
        const QTableWidget* s = w.statsTable();
        bool sawRuns = false, sawKsoftirqd = false;
        for (int row = 0; row < s->rowCount(); ++row) {
            const QString what = s->item(row, 1)->text();
            if (what == QObject::tr("tasklet runs")) {
                sawRuns = true;
                QCOMPARE(s->item(row, 2)->text(), QStringLiteral("5"));
                QVERIFY(plain(s, row));
            }
            if (what.endsWith(QStringLiteral("ksoftirqd/0"))) {
                sawKsoftirqd = true;
                QCOMPARE(s->item(row, 2)->text(), QStringLiteral("3"));
                QCOMPARE(s->item(row, 3)->text(), QStringLiteral("0"));
                QVERIFY(highlighted(s, row));
            }
        }
        QVERIFY(sawRuns && sawKsoftirqd);
    }

    void sameProfileTwiceIsRefusedAndKeepsTheResult() {
        CompareWindow w(*lesson(QStringLiteral("ldd3-busy-cpu.json")), kThree);
        const std::size_t before = w.timeline(0)->model().log()->size();
        QComboBox* second = w.profileCombo(1);
        second->setCurrentIndex(second->findText(QStringLiteral("ldd3-book")));
        QTest::mouseClick(w.compareButton(), Qt::LeftButton);
        QVERIFY(w.message().contains(QStringLiteral("ldd3-book")));
        QVERIFY(!w.findChild<QWidget*>(QStringLiteral("compareMessageBox"))->isHidden());
        QCOMPARE(w.profiles(), kThree);
        QCOMPARE(w.timeline(0)->model().log()->size(), before);
        // A good choice again clears the message.
        w.compare({QStringLiteral("ldd3-book"), QStringLiteral("linux-6.1")});
        QVERIFY2(w.message().isEmpty(), qPrintable(w.message()));
        QCOMPARE(w.runCount(), 2);
        QCOMPARE(w.profileCombo(2)->currentData().toString(), QString());
    }

    void unknownOrTooFewProfilesAreExplained() {
        CompareWindow w(*lesson(QStringLiteral("ldd3-busy-cpu.json")), {QStringLiteral("linux-6.1")});
        QVERIFY(!w.message().isEmpty());
        QCOMPARE(w.runCount(), 0);
        w.compare({QStringLiteral("ldd3-book"), QStringLiteral("linux-9.9")});
        QVERIFY(w.message().contains(QStringLiteral("linux-9.9")));
        QCOMPARE(w.runCount(), 0);
    }

    void scenarioInvalidForAProfileIsShownNotFatal() {
        // BH workqueue items exist from linux-6.9 on: the 2.6 and 6.1 engines refuse the scenario.
        const auto sc = lesson(QStringLiteral("lesson-14-bh-workqueue.json"));
        QVERIFY(sc);
        CompareWindow w(
            *sc, {QStringLiteral("linux-6.9"), QStringLiteral("linux-6.1"), QStringLiteral("ldd3-book")});
        QCOMPARE(w.runCount(), 3);
        QVERIFY(w.timeline(0));
        QVERIFY(w.timeline(0)->model().log()->size() > 0);
        QVERIFY(w.timeline(1) == nullptr);
        QVERIFY(w.timeline(2) == nullptr);
        QVERIFY(w.message().contains(QStringLiteral("linux-6.1")));
        QVERIFY(w.message().contains(QStringLiteral("ldd3-book")));
        QVERIFY(w.message().contains(QStringLiteral("6.9")));
        QCOMPARE(w.comparison().labels, std::vector<std::string>{"linux-6.9"});
        // The failed profile's place says why, in the window itself.
        const auto* block = w.findChild<QWidget*>(QStringLiteral("compareTimeline2"));
        QVERIFY(block);
        bool explained = false;
        for (const QLabel* l : block->findChildren<QLabel*>())
            explained = explained || l->text().contains(QStringLiteral("BH workqueue"));
        QVERIFY(explained);
    }

    void eventCapLimitsEveryRunAndSaysSo() {
        const tl::Scenario sc = *lesson(QStringLiteral("ldd3-busy-cpu.json"));
        CompareWindow w(sc, kThree);
        QVERIFY(!w.capHit());
        const std::size_t full = w.timeline(0)->model().log()->size();
        QVERIFY(full > 200);
        w.setMaxEvents(60);
        w.compare(kThree);
        QVERIFY(w.capHit());
        QVERIFY(w.message().contains(QStringLiteral("60")));
        for (int i = 0; i < 3; ++i) {
            const std::size_t n = w.timeline(i)->model().log()->size();
            QVERIFY2(n <= 120, qPrintable(QString::number(n)));
            // The comparison covers the same runs as the timelines.
            QCOMPARE(w.comparison().stats[static_cast<std::size_t>(i)].events, n);
        }
        QVERIFY(w.engine(0)->now() < sc.duration);
    }

    void tablesFollowAnEnlargedFont() {
        CompareWindow w(*lesson(QStringLiteral("ldd3-busy-cpu.json")), kThree);
        QFont big = w.font();
        big.setPointSizeF(big.pointSizeF() > 0 ? big.pointSizeF() * 2 : 20);
        w.setFont(big);
        QCOMPARE(w.procTable()->item(1, 1)->font().pointSizeF(), big.pointSizeF());
        QCOMPARE(w.procTable()->item(0, 0)->font().pointSizeF(), big.pointSizeF());
    }
};

QTEST_MAIN(TstUiCompare)
#include "tst_ui_compare.moc"
