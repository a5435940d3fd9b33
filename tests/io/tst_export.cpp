// Exports: CSV quoting, trace CSV order and columns, jitasklet CSV rows, Chrome trace structure.
#include <io/chrome_trace.h>
#include <io/csv.h>
#include <io/event_detail.h>
#include <io/jitasklet_csv.h>
#include <io/json.h>
#include <io/trace_csv.h>

#include <QtTest>

namespace {

tl::Event makeEvent(tl::Nanos t, int cpu, tl::EventType type, std::uint32_t task, std::uint32_t name = 0) {
    tl::Event e;
    e.time = t;
    e.cpu = static_cast<std::uint8_t>(cpu);
    e.type = type;
    e.task = task;
    e.name = name;
    return e;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

} // namespace

class TestExport : public QObject {
    Q_OBJECT

private slots:
    void quotesCsvFieldsOnlyWhenNeeded() {
        std::string out;
        tl::append_csv_field(out, "plain text; ok");
        QCOMPARE(out, std::string("plain text; ok"));
        out.clear();
        tl::append_csv_field(out, "a,b");
        QCOMPARE(out, std::string("\"a,b\""));
        out.clear();
        tl::append_csv_field(out, "say \"hi\"");
        QCOMPARE(out, std::string("\"say \"\"hi\"\"\""));
        out.clear();
        tl::append_csv_field(out, "two\nlines\r");
        QCOMPARE(out, std::string("\"two\nlines\r\""));
        out.clear();
        tl::append_csv_field(out, "\xC3\xA9t\xC3\xA9"); // UTF-8 passes through untouched
        QCOMPARE(out, std::string("\xC3\xA9t\xC3\xA9"));
    }

    void traceCsvHasHeaderColumnsAndOrder() {
        tl::EventLog log;
        log.start_jiffies = 6076139;
        const auto cat = log.add_task(4370, "cat");
        const auto swapper = log.add_task(0, "swapper/1");
        const auto rx = log.intern("rx");
        // Occurrence order is not (time, cpu) order: the CSV must sort stably.
        tl::Event a = makeEvent(2000, 1, tl::EventType::TaskletSchedule, swapper, rx);
        a.flags = tl::kFlagSched | tl::kFlagQueued;
        a.context = tl::Context::HardIrq;
        tl::Event b = makeEvent(1000, 0, tl::EventType::SoftirqRaise, cat, log.intern("TASKLET"));
        b.arg = 6;
        tl::Event c = makeEvent(2000, 0, tl::EventType::KernelMessage, cat);
        c.detail = log.intern("Attempt to kill tasklet from interrupt, \"rx\"");
        c.jiffies = 1;
        tl::Event d = makeEvent(2000, 0, tl::EventType::TaskletEntry, cat, rx);
        d.flags = tl::kFlagRun;
        d.context = tl::Context::SoftIrq;
        d.jiffies = 1;
        for (const auto& e : {a, b, c, d})
            log.push(e);

        tl::StringSink sink;
        tl::write_trace_csv(log, sink);
        const auto rows = lines(sink.data);
        QCOMPARE(rows.size(), std::size_t{5});
        QCOMPARE(rows[0], std::string("time_ns,cpu,jiffies,event,pid,comm,context,name,detail"));
        QCOMPARE(rows[1], std::string("1000,0,6076139,softirq_raise,4370,cat,task,TASKLET,vec=6"));
        QCOMPARE(rows[2], std::string("2000,0,6076140,kernel_message,4370,cat,task,,"
                                      "\"Attempt to kill tasklet from interrupt, \"\"rx\"\"\""));
        QCOMPARE(rows[3], std::string("2000,0,6076140,tasklet_entry,4370,cat,softirq,rx,state=RUN"));
        QCOMPARE(rows[4],
                 std::string("2000,1,6076139,tasklet_schedule,0,swapper/1,hardirq,rx,queued state=SCHED"));
        QVERIFY(sink.data.back() == '\n');
        QVERIFY(sink.data.find('\r') == std::string::npos);
    }

    void rowOrderIsStableForEqualKeys() {
        tl::EventLog log;
        const auto t = log.add_task(1, "a");
        for (int i = 0; i < 5; ++i) {
            tl::Event e = makeEvent(i % 2 == 0 ? 10 : 5, 0, tl::EventType::SoftirqRaise, t);
            e.arg = i;
            log.push(e);
        }
        const auto order = tl::trace_row_order(log);
        QCOMPARE(order, (std::vector<std::uint32_t>{1, 3, 0, 2, 4}));
    }

    void rendersDetailsReadably() {
        tl::EventLog log;
        const auto cat = log.add_task(4370, "cat");
        const auto ksd = log.add_task(2, "ksoftirqd/0");
        std::string out;
        tl::Event sw = makeEvent(0, 0, tl::EventType::SchedSwitch, cat);
        sw.arg = static_cast<std::int32_t>(ksd);
        sw.detail = log.intern("S");
        tl::render_event_detail(log, sw, out);
        QCOMPARE(out, std::string("prev_state=S next_pid=2"));
        tl::Event dis = makeEvent(0, 0, tl::EventType::TaskletDisable, cat);
        dis.detail = log.intern("count=1");
        dis.flags = tl::kFlagSched | tl::kFlagDisabled;
        tl::render_event_detail(log, dis, out);
        QCOMPARE(out, std::string("count=1 state=SCHED disabled"));
        tl::Event noop = makeEvent(0, 0, tl::EventType::TaskletHiSchedule, cat);
        noop.flags = tl::kFlagSched | tl::kFlagRun | tl::kFlagHi;
        tl::render_event_detail(log, noop, out);
        QCOMPARE(out, std::string("no-op state=SCHED|RUN hi"));
        tl::Event entry = makeEvent(0, 0, tl::EventType::DoSoftirqEntry, cat);
        entry.arg = static_cast<int>(tl::SoftirqPath::Ksoftirqd);
        entry.detail = log.intern("TASKLET");
        tl::render_event_detail(log, entry, out);
        QCOMPARE(out, std::string("path=ksoftirqd pending=TASKLET"));
        tl::Event exit = makeEvent(0, 0, tl::EventType::DoSoftirqExit, cat);
        exit.arg = 10;
        exit.flags = 1;
        tl::render_event_detail(log, exit, out);
        QCOMPARE(out, std::string("passes=10 wake_ksoftirqd"));
        tl::Event work = makeEvent(0, 0, tl::EventType::WorkqueueQueueWork, cat);
        work.flags = tl::kFlagQueued | tl::kFlagHi;
        tl::render_event_detail(log, work, out);
        QCOMPARE(out, std::string("queued hi"));
        tl::Event bad = makeEvent(0, 0, tl::EventType::SchedWakeup, cat);
        bad.arg = 999; // a bad task index renders as nothing rather than crashing
        tl::render_event_detail(log, bad, out);
        QCOMPARE(out, std::string());
    }

    void jitaskletCsvHasOneRowPerLine() {
        tl::ProcRead r1;
        r1.index = 1;
        r1.lines = {{6076139, 0, 0, 4370, 0, "cat"}, {6076140, 1, 1, 4368, 0, "cc1"}};
        tl::ProcRead r2;
        r2.index = 2;
        r2.file = tl::ProcFile::Jitimer;
        r2.lines = {{10, 0, 0, 7, 1, "odd,comm"}};
        tl::StringSink sink;
        tl::write_jitasklet_csv({r1, r2}, sink);
        QCOMPARE(sink.data, std::string("read,file,time,delta,inirq,pid,cpu,command\n"
                                        "1,jitasklet,6076139,0,0,4370,0,cat\n"
                                        "1,jitasklet,6076140,1,1,4368,0,cc1\n"
                                        "2,jitimer,10,0,0,7,1,\"odd,comm\"\n"));
    }

    void chromeTraceIsValidJsonWithNestedSlices() {
        tl::EventLog log;
        const auto cc1 = log.add_task(4368, "cc1");
        const auto ksd = log.add_task(2, "ksoftirqd/0");
        const auto timer = log.intern("timer");
        const auto vec = log.intern("TASKLET");
        const auto rx = log.intern("rx");
        tl::Event e1 = makeEvent(1'000'000, 0, tl::EventType::IrqHandlerEntry, cc1, timer);
        tl::Event e2 = makeEvent(1'000'500, 0, tl::EventType::IrqHandlerExit, cc1, timer);
        tl::Event e3 = makeEvent(1'000'500, 0, tl::EventType::SoftirqEntry, cc1, vec);
        tl::Event e4 = makeEvent(1'000'600, 0, tl::EventType::TaskletEntry, cc1, rx);
        tl::Event e5 = makeEvent(1'002'600, 0, tl::EventType::TaskletSchedule, cc1, rx);
        tl::Event e6 = makeEvent(1'002'600, 0, tl::EventType::TaskletExit, cc1, rx);
        tl::Event e7 = makeEvent(1'002'700, 0, tl::EventType::SoftirqExit, cc1, vec);
        tl::Event e8 = makeEvent(3'000'000, 0, tl::EventType::SchedSwitch, cc1);
        e8.arg = static_cast<std::int32_t>(ksd);
        tl::Event e9 = makeEvent(3'500'000, 0, tl::EventType::TaskletEntry, ksd, rx); // never exits
        for (const auto& e : {e1, e2, e3, e4, e5, e6, e7, e8, e9})
            log.push(e);

        tl::StringSink sink;
        tl::ChromeTraceOptions opt;
        opt.title = "Busy \"CPU\"";
        opt.cpus = 2;
        opt.end_time = 4'000'000;
        tl::write_chrome_trace(log, opt, sink);
        const auto doc = tl::parse_json(sink.data);
        QVERIFY2(doc.ok(), doc.ok() ? "" : doc.error->to_string().c_str());
        const tl::JsonValue* events = doc.value.find("traceEvents");
        QVERIFY(events && events->is_array());

        auto find = [&](std::string_view ph, std::string_view name) -> const tl::JsonValue* {
            for (const auto& ev : events->items)
                if (ev.find("ph")->text == ph && ev.find("name")->text == name) return &ev;
            return nullptr;
        };
        const auto* irq = find("X", "timer");
        QVERIFY(irq);
        QCOMPARE(irq->find("ts")->text, std::string("1000.000"));
        QCOMPARE(irq->find("dur")->text, std::string("0.500"));
        QCOMPARE(irq->find("cat")->text, std::string("hardirq"));
        const auto* tasklet = find("X", "rx");
        QVERIFY(tasklet);
        QCOMPARE(tasklet->find("dur")->text, std::string("2.000"));
        QCOMPARE(find("X", "TASKLET")->find("dur")->text, std::string("2.200"));
        const auto* cc1Slice = find("X", "cc1");
        QVERIFY(cc1Slice);
        QCOMPARE(cc1Slice->find("ts")->text, std::string("0.000"));
        QCOMPARE(cc1Slice->find("dur")->text, std::string("3000.000"));
        const auto* ksdSlice = find("X", "ksoftirqd/0");
        QVERIFY(ksdSlice);
        QCOMPARE(ksdSlice->find("dur")->text, std::string("1000.000")); // closed at end_time
        QVERIFY(find("i", "tasklet_schedule rx"));
        QVERIFY(find("M", "thread_name"));
        int unfinished = 0;
        for (const auto& ev : events->items)
            if (const auto* args = ev.find("args"); args && args->find("unfinished")) ++unfinished;
        QCOMPARE(unfinished, 1); // the tasklet still running at the end
        int threadNames = 0;
        for (const auto& ev : events->items)
            if (ev.find("name")->text == "thread_name") ++threadNames;
        QCOMPARE(threadNames, 2);
    }

    void exportsAreDeterministic() {
        tl::EventLog log;
        const auto t = log.add_task(1, "x");
        for (int i = 0; i < 1000; ++i)
            log.push(makeEvent(i * 7 % 13, i % 3, tl::EventType::SoftirqRaise, t));
        tl::StringSink a, b, c, d;
        tl::write_trace_csv(log, a);
        tl::write_trace_csv(log, b);
        tl::write_chrome_trace(log, {}, c);
        tl::write_chrome_trace(log, {}, d);
        QCOMPARE(a.data, b.data);
        QCOMPARE(c.data, d.data);
    }

    void traceCsvWritesManyEvents() {
        tl::EventLog log;
        const auto t = log.add_task(4368, "cc1");
        const auto rx = log.intern("rx");
        constexpr int kEvents = 1'000'000;
        for (int i = 0; i < kEvents; ++i) {
            tl::Event e = makeEvent(i, i % 2, tl::EventType::TaskletEntry, t, rx);
            e.flags = tl::kFlagRun;
            log.push(e);
        }
        tl::StringSink sink;
        QElapsedTimer timer;
        timer.start();
        tl::write_trace_csv(log, sink);
        const qint64 ms = timer.elapsed();
        qInfo("1M rows in %lld ms, %zu bytes", static_cast<long long>(ms), sink.data.size());
        // The time is printed, not asserted (timings are measurements; machines are noisy).
        QCOMPARE(static_cast<int>(std::count(sink.data.begin(), sink.data.end(), '\n')), kEvents + 1);
    }
};

QTEST_APPLESS_MAIN(TestExport)
#include "tst_export.moc"
