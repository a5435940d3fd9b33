// The kernel code view: every event maps to a line of a listing; the eras' listings differ as they should.
#include "trace_test_support.h"

#include <engine/engine.h>
#include <engine/profile.h>
#include <trace/playback/kernel_code.h>

#include <QtTest>

#include <set>

using namespace tl;

namespace {
bool contains(const CodeListing& l, const char* s) {
    for (const auto& x : l.lines)
        if (x.find(s) != std::string::npos) return true;
    return false;
}
} // namespace

class TstKernelCode : public QObject {
    Q_OBJECT
private slots:
    void listingsAreComplete() {
        for (const Profile& p : all_profiles()) {
            const auto& ls = kernel_listings(p);
            QCOMPARE(ls.size(), static_cast<std::size_t>(CodeFn::Count));
            for (std::size_t i = 0; i < ls.size(); ++i) {
                QCOMPARE(static_cast<std::size_t>(ls[i].id), i);
                QVERIFY(!ls[i].function.empty());
                QVERIFY(!ls[i].file.empty());
                QVERIFY(ls[i].lines.size() >= 2);
            }
        }
    }

    void everyEventMapsToALine() {
        std::set<int> seen_types;
        for (auto& [name, sc] : tltest::allScenarios(10 * kNsPerMs)) {
            Engine e(sc);
            e.run();
            const Profile& p = e.profile();
            const EventLog& log = e.log();
            for (std::size_t i = 0; i < log.size(); ++i) {
                const CodeLocation loc = locate(log, i, p);
                const std::string what = name + " event " + std::to_string(i) + " " + event_type_name(log[i].type);
                QVERIFY2(loc.valid(), what.c_str());
                const CodeListing& l = kernel_listing(p, loc.id);
                QCOMPARE(loc.function, l.function);
                QVERIFY2(loc.line >= 1 && loc.line <= static_cast<int>(l.lines.size()), what.c_str());
                seen_types.insert(static_cast<int>(log[i].type));
            }
        }
        QVERIFY(seen_types.size() >= 20); // the lessons exercise most of the event types
        QVERIFY(seen_types.count(static_cast<int>(EventType::TaskletRequeue)));
        QVERIFY(seen_types.count(static_cast<int>(EventType::SoftirqPass)));
    }

    void specificMappings() {
        Engine e(tltest::loadShipped("ldd3-busy-cpu.json"));
        e.run();
        const Profile& p = e.profile();
        const EventLog& log = e.log();
        const CodeListing& sched = kernel_listing(p, CodeFn::TaskletSchedule);
        const CodeListing& action = kernel_listing(p, CodeFn::TaskletAction);
        const CodeListing& dosoft = kernel_listing(p, CodeFn::DoSoftirq);
        bool raise_in_schedule = false, entry = false, pass = false, restart_line = false;
        for (std::size_t i = 0; i < log.size(); ++i) {
            const CodeLocation l = locate(log, i, p);
            const std::string& text = kernel_listing(p, l.id).lines[static_cast<std::size_t>(l.line - 1)];
            switch (log[i].type) {
            case EventType::SoftirqRaise:
                if (i > 0 && log[i - 1].type == EventType::TaskletSchedule) {
                    QCOMPARE(l.id, CodeFn::TaskletSchedule);
                    QVERIFY(text.find("raise_softirq_irqoff") != std::string::npos);
                    raise_in_schedule = true;
                }
                break;
            case EventType::TaskletEntry:
                QCOMPARE(l.function, action.function);
                QVERIFY(text.find("func(t->data)") != std::string::npos); // the callback call line
                entry = true;
                break;
            case EventType::SoftirqPass:
                QCOMPARE(l.function, dosoft.function);
                QVERIFY(text.find("restart") != std::string::npos || text.find("goto restart") != std::string::npos);
                pass = true;
                if (log[i].arg > 1) restart_line = true;
                break;
            case EventType::TaskletSchedule:
                QCOMPARE(l.function, sched.function);
                break;
            default: break;
            }
        }
        QVERIFY(raise_in_schedule);
        QVERIFY(entry);
        QVERIFY(pass);
        QVERIFY(!restart_line); // the book's mask rule never restarts for a self-rescheduling tasklet

        // A requeue (a disabled tasklet churning) maps to the requeue line.
        Engine churn(tltest::loadShipped("lesson-04-disabled-churn.json"));
        churn.run();
        bool requeue = false;
        for (std::size_t i = 0; i < churn.log().size(); ++i)
            if (churn.log()[i].type == EventType::TaskletRequeue) {
                const CodeLocation l = locate(churn.log(), i, churn.profile());
                QCOMPARE(l.id, CodeFn::TaskletAction);
                QVERIFY(kernel_listing(churn.profile(), l.id).lines[static_cast<std::size_t>(l.line - 1)].find("put t back") !=
                        std::string::npos);
                requeue = true;
            }
        QVERIFY(requeue);
    }

    void eraDifferences() {
        const Profile& book = *find_profile("ldd3-book");
        const Profile& p26 = *find_profile("linux-2.6.10");
        const Profile& p61 = *find_profile("linux-6.1");
        const Profile& p69 = *find_profile("linux-6.9");
        QVERIFY(contains(kernel_listing(p26, CodeFn::TaskletSchedule), "head insertion"));
        QVERIFY(!contains(kernel_listing(p26, CodeFn::TaskletSchedule), "tail insertion"));
        QVERIFY(contains(kernel_listing(p61, CodeFn::TaskletSchedule), "tail insertion"));
        QVERIFY(contains(kernel_listing(p26, CodeFn::TaskletAction), "BUG()"));
        QVERIFY(contains(kernel_listing(p61, CodeFn::TaskletAction), "WARN_ONCE"));
        QVERIFY(contains(kernel_listing(p26, CodeFn::TaskletDisable), "SPIN"));
        QVERIFY(contains(kernel_listing(p61, CodeFn::TaskletDisable), "SLEEP"));
        QVERIFY(contains(kernel_listing(p61, CodeFn::IrqExit), "ksoftirqd_running"));
        QVERIFY(!contains(kernel_listing(p69, CodeFn::IrqExit), "ksoftirqd_running(pending)"));
        QVERIFY(!contains(kernel_listing(p26, CodeFn::IrqExit), "ksoftirqd_running"));
        QVERIFY(contains(kernel_listing(p69, CodeFn::TaskletAction), "BH work"));
        QVERIFY(!contains(kernel_listing(p61, CodeFn::TaskletAction), "BH work"));
        QVERIFY(contains(kernel_listing(book, CodeFn::DoSoftirq), "mask"));
        QVERIFY(contains(kernel_listing(p26, CodeFn::DoSoftirq), "MAX_SOFTIRQ_RESTART"));
        QVERIFY(contains(kernel_listing(p61, CodeFn::DoSoftirq), "need_resched"));
        QCOMPARE(kernel_listing(p69, CodeFn::DoSoftirq).function, std::string("handle_softirqs"));
        QCOMPARE(kernel_listing(p26, CodeFn::DoSoftirq).function, std::string("__do_softirq"));
        QVERIFY(contains(kernel_listing(p26, CodeFn::KsoftirqdLoop), "nice(current, 19)"));
        QVERIFY(contains(kernel_listing(p26, CodeFn::TaskletKill), "printk"));
        QVERIFY(contains(kernel_listing(p61, CodeFn::TaskletKill), "pr_notice"));
    }
};

QTEST_GUILESS_MAIN(TstKernelCode)
#include "tst_kernel_code.moc"
