// UI tests of the timeline: zoom and pan change the visible range (keys, actions, wheel, rubber band),
// follow-live, A/B markers, hover tooltips, click selection with the schedule -> run link, folding.
#include "uitest_support.h"

#include <timeline_model.h>
#include <timeline_view.h>

#include <qcustomplot.h>
#include <QWheelEvent>

using namespace uitest;

namespace {
std::pair<double, double> range(const Fixture& f) {
    return f.window->timeline()->visibleRange();
}
double width(const std::pair<double, double>& r) {
    return r.second - r.first;
}
} // namespace

class TstUiTimeline : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void zoomKeysAndActionsChangeTheVisibleRange() {
        Fixture f;
        f.runUntil(5 * tl::kNsPerMs);
        tlui::TimelineView* tv = f.window->timeline();
        tv->setFollowLive(false);
        tv->setVisibleRange(0, 4e6);
        QCustomPlot* plot = tv->plot();
        plot->setFocus();
        QTest::keyClick(plot, Qt::Key_Plus);
        QCOMPARE(width(range(f)), 2e6);
        QTest::keyClick(plot, Qt::Key_Minus);
        QCOMPARE(width(range(f)), 4e6);
        f.window->action(QStringLiteral("actionZoomIn"))->trigger();
        QCOMPARE(width(range(f)), 2e6);
        f.window->action(QStringLiteral("actionZoomFit"))->trigger();
        QVERIFY(range(f).first <= 0 && range(f).second >= 5e6);
    }

    void panKeysMoveTheRangeAndStopFollowing() {
        Fixture f;
        f.runUntil(5 * tl::kNsPerMs);
        tlui::TimelineView* tv = f.window->timeline();
        tv->setVisibleRange(1e6, 3e6);
        QVERIFY(tv->followLive());
        QCustomPlot* plot = tv->plot();
        plot->setFocus();
        QTest::keyClick(plot, Qt::Key_Right);
        QVERIFY(!tv->followLive());
        QCOMPARE(range(f).first, 1.4e6);
        QCOMPARE(width(range(f)), 2e6);
        QTest::keyClick(plot, Qt::Key_Left);
        QCOMPARE(range(f).first, 1e6);
    }

    void wheelZoomsAroundTheMouse() {
        Fixture f;
        f.runUntil(5 * tl::kNsPerMs);
        tlui::TimelineView* tv = f.window->timeline();
        tv->setFollowLive(false);
        tv->setVisibleRange(0, 4e6);
        tv->replotNow();
        QCustomPlot* plot = tv->plot();
        const QPoint at = tv->pointFor(2 * tl::kNsPerMs, 0);
        QWheelEvent wheel(at, plot->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(plot, &wheel);
        QVERIFY(width(range(f)) < 4e6);
        QVERIFY(range(f).first > 0);
    }

    void dragPansAndShiftDragZoomsToTheArea() {
        Fixture f;
        f.runUntil(5 * tl::kNsPerMs);
        tlui::TimelineView* tv = f.window->timeline();
        tv->setFollowLive(false);
        tv->setVisibleRange(0, 4e6);
        tv->replotNow();
        QCustomPlot* plot = tv->plot();
        const QPoint a = tv->pointFor(1 * tl::kNsPerMs, 0), b = tv->pointFor(2 * tl::kNsPerMs, 0);
        // Shift + drag from 1 ms to 2 ms: the rubber band zooms to that interval.
        QTest::mousePress(plot, Qt::LeftButton, Qt::ShiftModifier, a);
        QMouseEvent move(QEvent::MouseMove, b, plot->mapToGlobal(b), Qt::NoButton, Qt::LeftButton,
                         Qt::ShiftModifier);
        QCoreApplication::sendEvent(plot, &move);
        QTest::mouseRelease(plot, Qt::LeftButton, Qt::ShiftModifier, b);
        QVERIFY2(std::abs(range(f).first - 1e6) < 2e4, qPrintable(QString::number(range(f).first)));
        QVERIFY2(std::abs(width(range(f)) - 1e6) < 4e4, qPrintable(QString::number(width(range(f)))));
        // Plain drag pans: dragging to the right shows earlier times.
        tv->setVisibleRange(1e6, 3e6);
        tv->replotNow();
        const QPoint c = tv->pointFor(2 * tl::kNsPerMs, 0), d = tv->pointFor(2500 * tl::kNsPerUs, 0);
        QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, c);
        QMouseEvent drag(QEvent::MouseMove, d, plot->mapToGlobal(d), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(plot, &drag);
        QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, d);
        QVERIFY2(range(f).first < 0.9e6, qPrintable(QString::number(range(f).first)));
        QCOMPARE(width(range(f)), 2e6);
    }

    void followLiveScrollsWithTheSimulation() {
        Fixture f;
        tlui::TimelineView* tv = f.window->timeline();
        QVERIFY(tv->followLive());
        const double w = width(range(f));
        f.runUntil(9 * tl::kNsPerMs);
        QVERIFY(range(f).second >= 9e6);
        QCOMPARE(width(range(f)), w);
    }

    void markersShowDeltaInNanosecondsAndJiffies() {
        Fixture f;
        f.runUntil(5 * tl::kNsPerMs);
        tlui::TimelineView* tv = f.window->timeline();
        tv->setMarkerA(500 * tl::kNsPerUs);
        tv->setMarkerB(2500 * tl::kNsPerUs);
        const QString text = tv->markerText();
        QVERIFY2(text.contains(QStringLiteral("2000000 ns")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 jiffies")), qPrintable(text));
    }

    void clickOnATaskletRunLinksItToItsSchedule() {
        Fixture f;
        f.runUntil(300 * tl::kNsPerUs);
        f.call(tl::Op::TaskletSchedule, QStringLiteral("rx"), 1);
        f.runFor(3 * tl::kNsPerMs);
        tlui::TimelineView* tv = f.window->timeline();
        const tlui::TimelineModel& m = tv->model();
        const auto& lane = m.lane(1);
        std::size_t seg = tlui::TimelineTrack::npos;
        for (std::size_t i = 0; i < lane.context.size(); ++i)
            if (lane.context.kind(i) == tlui::SegmentKind::Tasklet) seg = i;
        QVERIFY(seg != tlui::TimelineTrack::npos);
        const tl::Nanos t0 = lane.context.start(seg), t1 = m.segmentEnd(lane.context, seg);
        tv->setFollowLive(false);
        tv->setVisibleRange(static_cast<double>(t0) - 2000, static_cast<double>(t1) + 2000);
        tv->replotNow();
        const QPoint p = tv->pointFor((t0 + t1) / 2, 1);
        QVERIFY(tv->toolTipAt(p).contains(QStringLiteral("rx")));
        QVERIFY(tv->selectAt(p));
        QVERIFY(tv->linkedEvent().has_value());
        QCOMPARE(f.engine().log()[*tv->linkedEvent()].type, tl::EventType::TaskletEntry);
        QVERIFY(tv->selectionText().contains(QStringLiteral("scheduled at")));
    }

    void foldingKeepsPaintingBoundedAtFullZoomOut() {
        // A synthetic log of 200k tasklet runs on one CPU: at full zoom-out the plottable draws at most
        // a few items per pixel column, not one per event.
        tl::EventLog log;
        const auto task = log.add_task(100, "busy");
        const auto name = log.intern("rx");
        for (int i = 0; i < 200000; ++i) {
            tl::Event e;
            e.time = i * 1000;
            e.task = task;
            e.name = name;
            e.type = tl::EventType::TaskletEntry;
            log.push(e);
            e.time += 300;
            e.type = tl::EventType::TaskletExit;
            log.push(e);
        }
        tlui::TimelineView tv;
        tv.resize(1200, 400);
        tv.show();
        tv.setLog(&log, 1, tl::kNsPerMs, 0);
        tv.refresh(200000 * 1000);
        tv.zoomToFit();
        tv.replotNow();
        QVERIFY(tv.model().lane(0).context.size() >= 400000);
        QVERIFY2(tv.lastItemCount() < 2000, qPrintable(QString::number(tv.lastItemCount())));
        // Zoomed in to 10 us, every run is drawn on its own.
        tv.setVisibleRange(0, 10000);
        tv.replotNow();
        QVERIFY(tv.lastItemCount() >= 10);
    }

    void trackFoldMaskCoversEveryKindInRange() {
        tlui::TimelineTrack t;
        for (int i = 0; i < 10000; ++i)
            t.push(i, i == 7777 ? tlui::SegmentKind::HardIrq : tlui::SegmentKind::Task, 0, 0);
        const auto irq = static_cast<std::uint16_t>(1u << static_cast<unsigned>(tlui::SegmentKind::HardIrq));
        QVERIFY(t.kindMask(0, 10000) & irq);
        QVERIFY(t.kindMask(7000, 7800) & irq);
        QVERIFY(!(t.kindMask(0, 7777) & irq));
        QVERIFY(!(t.kindMask(7778, 10000) & irq));
        QCOMPARE(t.indexAt(5000), std::size_t{5000});
        QCOMPARE(t.indexAt(-1), tlui::TimelineTrack::npos);
    }
};

QTEST_MAIN(TstUiTimeline)
#include "tst_ui_timeline.moc"
