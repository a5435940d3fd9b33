// Run comparison: the busy-CPU lesson under the book's and 2.6.10's rules (kernel-semantics.md §9).
#include "trace_test_support.h"

#include <trace/playback/run_compare.h>

#include <QtTest>

using namespace tl;

class TstRunCompare : public QObject {
    Q_OBJECT
private slots:
    void busyCpuBookVs2610() {
        const RunComparison c = compare_runs(tltest::loadShipped("ldd3-busy-cpu.json"), {"ldd3-book", "linux-2.6.10"});
        QVERIFY(c.errors.empty());
        QCOMPARE(c.labels.size(), std::size_t{2});
        QCOMPARE(c.reads.size(), std::size_t{1});
        const ProcReadComparison& r = c.reads[0];
        QCOMPARE(r.lines.size(), std::size_t{7});
        QCOMPARE(r.differing_lines(), (std::vector<int>{3, 4, 5, 6}));
        QCOMPARE(r.lines[0].text[0], std::string("   time   delta  inirq    pid   cpu command"));
        QCOMPARE(r.lines[2].text[1], std::string("  6076140    1     1      4368   0   cc1"));
        QCOMPARE(r.lines[4].text[0], std::string("  6076141    0     1         2   0   ksoftirqd/0"));
        QCOMPARE(r.lines[4].text[1], std::string("  6076140    0     1      4368   0   cc1"));
        // Tasklet runs: 5 each, the first two identical... the first identical, the rest not.
        QCOMPARE(c.tasklets.size(), std::size_t{1});
        const auto& runs = c.tasklets[0].runs;
        QCOMPARE(runs.size(), std::size_t{5});
        QVERIFY(!runs[0].differs);
        for (std::size_t k = 1; k < 5; ++k) QVERIFY(runs[k].differs);
        QCOMPARE(runs[4].runs[0]->comm, std::string("ksoftirqd/0"));
        QCOMPARE(runs[4].runs[1]->comm, std::string("cc1"));
        // Stats: book 2 in cc1 + 3 in ksoftirqd/0; 2.6.10 all 5 in cc1; same first-run latency.
        QCOMPARE(c.stats[0].tasklet_runs, std::size_t{5});
        QCOMPARE(c.stats[0].runs_per_context,
                 (std::vector<std::pair<std::string, std::size_t>>{{"cc1", 2}, {"ksoftirqd/0", 3}}));
        QCOMPARE(c.stats[1].runs_per_context, (std::vector<std::pair<std::string, std::size_t>>{{"cc1", 5}}));
        QCOMPARE(c.stats[0].first_run_latency.size(), std::size_t{1});
        QCOMPARE(c.stats[0].first_run_latency[0].second, c.stats[1].first_run_latency[0].second);
        QVERIFY(c.stats[0].first_run_latency[0].second > 0);
        const std::string text = format_comparison(c);
        QVERIFY(text.find("* 3") != std::string::npos);
        QVERIFY(text.find("  2 |") != std::string::npos);
    }

    void threeProfilesAndIdentity() {
        const Scenario sc = tltest::loadShipped("ldd3-idle-cpu.json");
        // Same profile twice: nothing differs.
        const RunComparison same = compare_runs(sc, {"linux-6.1", "linux-6.1"});
        for (const auto& r : same.reads) QVERIFY(r.differing_lines().empty());
        for (const auto& t : same.tasklets)
            for (const auto& r : t.runs) QVERIFY(!r.differs);
        // Three profiles: 2.6 re-reads (cat prints six lines twice over the same position, EOF), 6.x once.
        const RunComparison c = compare_runs(sc, {"ldd3-book", "linux-6.1", "linux-6.9"});
        QCOMPARE(c.stats.size(), std::size_t{3});
        QVERIFY(!c.reads.empty());
        QCOMPARE(c.reads[0].lines[0].text[2], c.reads[0].lines[0].text[0]); // same header
        QVERIFY(!c.reads[0].lines[0].differs);
        // On an idle CPU every run is in ksoftirqd/0 in every era (oracle 33).
        for (const auto& s : c.stats)
            for (const auto& [comm, k] : s.runs_per_context) QCOMPARE(comm, std::string("ksoftirqd/0"));
        // An unknown profile is an error, not a crash.
        const RunComparison bad = compare_runs(sc, {"ldd3-book", "linux-9.9"});
        QCOMPARE(bad.errors.size(), std::size_t{1});
    }
};

QTEST_GUILESS_MAIN(TstRunCompare)
#include "tst_run_compare.moc"
