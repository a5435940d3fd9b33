// The per-CPU timeline widget (see timeline_view.h).
#include "timeline_view.h"

#include "timeline_plottable.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace tlui {

namespace {

// Bottom axis: simulated time with an adaptive unit.
class TimeTicker : public QCPAxisTicker {
protected:
    QString getTickLabel(double tick, const QLocale&, QChar, int) override {
        return formatDuration(static_cast<tl::Nanos>(std::llround(tick)));
    }
};

QWidget* swatch(const QColor& c, const QString& text, bool triangle, QWidget* parent) {
    auto* w = new QWidget(parent);
    auto* l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 6, 0);
    l->setSpacing(3);
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        // A mid-grey outline keeps a dark swatch (kill) visible on the presenter's black background.
        p.setPen(QPen(QColor(128, 128, 128), 1));
        p.setBrush(c);
        if (triangle) {
            p.setRenderHint(QPainter::Antialiasing);
            const QPointF tri[3] = {QPointF(1, 2), QPointF(11, 2), QPointF(6, 11)};
            p.drawConvexPolygon(tri, 3);
        } else {
            p.drawRect(0, 1, 11, 9);
        }
    }
    auto* icon = new QLabel(w);
    icon->setPixmap(pm);
    l->addWidget(icon);
    l->addWidget(new QLabel(text, w));
    return w;
}

} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);

    auto* legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("timelineLegend"));
    // The legend must never set the window's minimum width (a narrow screen, or presenter mode's large
    // text): two rows (what a lane shows, then the markers), clipped at the right if still too wide.
    legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* rows = new QVBoxLayout(legend);
    rows->setContentsMargins(4, 0, 4, 0);
    rows->setSpacing(0);
    auto* ll = new QHBoxLayout;
    ll->setSpacing(2);
    for (SegmentKind k : {SegmentKind::Idle, SegmentKind::Task, SegmentKind::Ksoftirqd, SegmentKind::HardIrq,
                          SegmentKind::DoSoftirq, SegmentKind::Softirq, SegmentKind::Tasklet})
        ll->addWidget(swatch(segmentColor(k), segmentKindName(k), false, legend));
    ll->addStretch(1);
    rows->addLayout(ll);
    const std::pair<tl::EventType, QString> markers[] = {
        {tl::EventType::SoftirqRaise, tr("raise")},     {tl::EventType::TaskletSchedule, tr("schedule")},
        {tl::EventType::TaskletDisable, tr("disable")}, {tl::EventType::TaskletEnable, tr("enable")},
        {tl::EventType::TaskletKill, tr("kill")},       {tl::EventType::KernelMessage, tr("kernel message")},
        {tl::EventType::ProcRead, tr("/proc read")},
    };
    auto* ml = new QHBoxLayout;
    ml->setSpacing(2);
    for (const auto& [type, text] : markers)
        ml->addWidget(swatch(TimelineModel::markerColor(type), text, true, legend));
    ml->addStretch(1);
    rows->addLayout(ml);
    layout->addWidget(legend);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("timelinePlot"));
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->setMouseTracking(true);
    m_plot->setMinimumHeight(160);
    m_plot->setNoAntialiasingOnDrag(true);
    // One paint buffer instead of two: the overlay layer (QCustomPlot's rubber band) is repainted with
    // the rest, which saves clearing and compositing a full-size transparent buffer on every frame.
    m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    QCPAxisRect* ar = m_plot->axisRect();
    ar->setRangeDrag(Qt::Horizontal);
    ar->setRangeZoom(Qt::Horizontal);
    ar->setRangeDragAxes(m_plot->xAxis, nullptr);
    ar->setRangeZoomAxes(m_plot->xAxis, nullptr);
    ar->setRangeZoomFactor(0.85);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new TimeTicker));
    m_plot->xAxis->ticker()->setTickCount(8);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->xAxis->setLabel(tr("simulated time"));
    m_plot->xAxis2->setVisible(true);
    m_plot->xAxis2->setTickLabels(true);
    m_plot->xAxis2->setSubTicks(false);
    m_plot->xAxis2->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerText));
    m_plot->xAxis2->setLabel(tr("jiffies (ticks)"));
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerText));
    m_plot->yAxis->setRangeReversed(true);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setSubTicks(false);
    m_plot->yAxis->setTickLength(0, 0);
    m_plottable = new TimelinePlottable(m_plot->xAxis, m_plot->yAxis, &m_model);
    m_plottable->setName(tr("CPU lanes"));
    m_plot->legend->setVisible(false);
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange&) { onRangeChanged(); });
    connect(m_plot, &QCustomPlot::beforeReplot, this, &TimelineView::updateJiffiesTicks);
    connect(m_plot, &QCustomPlot::beforeReplot, this, &TimelineView::updateLaneRange);
    m_plot->installEventFilter(this);
    layout->addWidget(m_plot, 1);
    applyPlotStyle();

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("timelineInfo"));
    m_info->setTextFormat(Qt::RichText);
    m_info->setWordWrap(true);
    layout->addWidget(m_info);

    setLog(nullptr, 1, 1'000'000, 0);
}

TimelineView::~TimelineView() = default;

void TimelineView::setLog(const tl::EventLog* log, int cpus, tl::Nanos tickPeriod,
                          std::uint64_t startJiffies) {
    m_model.reset(log, cpus, tickPeriod, startJiffies);
    m_markerA.reset();
    m_markerB.reset();
    m_linkFrom.reset();
    m_linkTo.reset();
    m_selectionText.clear();
    m_plottable->setSelectionHit({});
    m_plottable->setLink({}, {});
    m_plottable->setMarkerA({});
    m_plottable->setMarkerB({});
    auto cpuTicker = qSharedPointerCast<QCPAxisTickerText>(m_plot->yAxis->ticker());
    cpuTicker->clear();
    for (int c = 0; c < cpus; ++c)
        cpuTicker->addTick(c, tr("CPU%1").arg(c));
    updateLaneRange();
    m_inRangeUpdate = true;
    m_plot->xAxis->setRange(0, static_cast<double>(8 * m_model.tickPeriod()));
    m_inRangeUpdate = false;
    onRangeChanged();
    updateInfo();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineView::refresh(tl::Nanos now) {
    m_model.sync(now);
    if (!m_model.caughtUp()) {
        // A burst larger than one sync: catch up over the next frames.
        QTimer::singleShot(16, this, [this, now] { refresh(now); });
    }
    now = m_model.end();
    if (m_follow) {
        const QCPRange r = m_plot->xAxis->range();
        const double width = r.size();
        const double nowD = static_cast<double>(now);
        if (nowD > r.lower + width * 0.95 || nowD < r.lower) {
            const double lower = std::max(0.0, nowD - width * 0.95);
            m_inRangeUpdate = true;
            m_plot->xAxis->setRange(lower, lower + width);
            m_inRangeUpdate = false;
            onRangeChanged();
        }
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

std::pair<double, double> TimelineView::visibleRange() const {
    const QCPRange r = m_plot->xAxis->range();
    return {r.lower, r.upper};
}

void TimelineView::setVisibleRange(double lower, double upper) {
    m_plot->xAxis->setRange(lower, upper);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineView::onRangeChanged() {
    // Keep the range sensible: at least 20 ns wide, not far before 0.
    QCPRange r = m_plot->xAxis->range();
    bool fix = false;
    if (r.size() < 20) {
        const double c = r.center();
        r = QCPRange(c - 10, c + 10);
        fix = true;
    }
    if (r.lower < -r.size() * 0.5) {
        r = QCPRange(-r.size() * 0.5, r.size() * 0.5);
        fix = true;
    }
    if (fix) {
        const bool old = m_inRangeUpdate;
        m_inRangeUpdate = true;
        m_plot->xAxis->setRange(r); // re-enters once with a valid range
        m_inRangeUpdate = old;
        return;
    }
    updateJiffiesTicks();
    emit visibleRangeChanged(r.lower, r.upper);
}

void TimelineView::updateLaneRange() {
    // Lanes at most kMaxLanePx tall: with few CPUs the lanes keep a readable height at the top.
    constexpr int kMaxLanePx = 220;
    const int h = m_plot->axisRect()->height() > 10 ? m_plot->axisRect()->height() : m_plot->height() - 60;
    const double lanes = std::max<double>(m_model.cpuCount(), static_cast<double>(h) / kMaxLanePx);
    m_plot->yAxis->setRange(-0.5, lanes - 0.5);
}

void TimelineView::updateJiffiesTicks() {
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(m_plot->xAxis2->ticker());
    ticker->clear();
    const QCPRange r = m_plot->xAxis->range();
    const double period = static_cast<double>(m_model.tickPeriod());
    // Before the first layout the axis rect has no width yet: estimate it from the widget.
    const int axisWidth =
        m_plot->axisRect()->width() > 10 ? m_plot->axisRect()->width() : m_plot->width() - 80;
    const double pxPerTick = r.size() > 0 ? period * std::max(axisWidth, 100) / r.size() : 1;
    // Label every m-th tick so that labels stay ~90 px apart (1, 2, 5, 10, 20, 50...).
    long long m = 1;
    for (long long base = 1; pxPerTick * static_cast<double>(m) < 90; base *= 10) {
        for (long long f : {1LL, 2LL, 5LL}) {
            m = base * f;
            if (pxPerTick * static_cast<double>(m) >= 90) break;
        }
        if (base > 1'000'000'000LL) break;
    }
    const long long k0 = std::max(1LL, static_cast<long long>(std::ceil(r.lower / period)));
    const long long k1 = static_cast<long long>(std::floor(r.upper / period));
    for (long long k = ((k0 + m - 1) / m) * m; k <= k1; k += m)
        ticker->addTick(static_cast<double>(k) * period,
                        QString::number(m_model.startJiffies() + static_cast<unsigned long long>(k)));
    m_plot->xAxis2->setRange(r);
}

void TimelineView::zoomBy(double factor, double centerNs) {
    const QCPRange r = m_plot->xAxis->range();
    const double lower = centerNs - (centerNs - r.lower) * factor;
    const double upper = centerNs + (r.upper - centerNs) * factor;
    m_plot->xAxis->setRange(lower, upper);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineView::zoomIn() {
    const QCPRange r = m_plot->xAxis->range();
    zoomBy(0.5, m_follow ? std::min(r.upper, static_cast<double>(m_model.end())) : r.center());
}

void TimelineView::zoomOut() {
    const QCPRange r = m_plot->xAxis->range();
    zoomBy(2.0, m_follow ? std::min(r.upper, static_cast<double>(m_model.end())) : r.center());
}

void TimelineView::zoomToFit() {
    const double end =
        std::max(static_cast<double>(m_model.end()), static_cast<double>(m_model.tickPeriod()));
    m_plot->xAxis->setRange(0, end * 1.02);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineView::panLeft() {
    userMoved();
    const QCPRange r = m_plot->xAxis->range();
    m_plot->xAxis->setRange(r.lower - r.size() * 0.2, r.upper - r.size() * 0.2);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineView::panRight() {
    userMoved();
    const QCPRange r = m_plot->xAxis->range();
    m_plot->xAxis->setRange(r.lower + r.size() * 0.2, r.upper + r.size() * 0.2);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineView::setFollowLive(bool on) {
    if (m_follow == on) return;
    m_follow = on;
    if (on) refresh(m_model.end());
    emit followLiveChanged(on);
}

void TimelineView::userMoved() {
    setFollowLive(false);
}

void TimelineView::setMarkerA(std::optional<tl::Nanos> t) {
    m_markerA = t;
    m_plottable->setMarkerA(t);
    updateInfo();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineView::setMarkerB(std::optional<tl::Nanos> t) {
    m_markerB = t;
    m_plottable->setMarkerB(t);
    updateInfo();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString TimelineView::markerText() const {
    if (!m_markerA && !m_markerB) return {};
    QString s;
    if (m_markerA) s += tr("A = %1").arg(formatTime(*m_markerA));
    if (m_markerB)
        s += (s.isEmpty() ? QString() : QStringLiteral("   ")) + tr("B = %1").arg(formatTime(*m_markerB));
    if (m_markerA && m_markerB) {
        const tl::Nanos dt = *m_markerB - *m_markerA;
        const auto dj = static_cast<long long>(m_model.jiffiesAt(*m_markerB)) -
                        static_cast<long long>(m_model.jiffiesAt(*m_markerA));
        s +=
            QStringLiteral("   ") + tr("Δt = %1 ns (%2), %3 jiffies").arg(dt).arg(formatDuration(dt)).arg(dj);
    }
    return s;
}

void TimelineView::updateInfo() {
    QString text = markerText();
    if (!m_selectionText.isEmpty()) {
        QString sel = m_selectionText;
        sel.replace(QStringLiteral("<br>"), QStringLiteral(" · "));
        text = text.isEmpty() ? sel : text + QStringLiteral("<br>") + sel;
    }
    if (text.isEmpty())
        text = tr("Wheel or +/-: zoom · drag or arrow keys: pan · Shift+drag: zoom to area · "
                  "Home: fit · F: follow live · A/B: set markers at the mouse · click: select");
    m_info->setText(text);
}

QString TimelineView::toolTipAt(const QPoint& plotPos) const {
    const TimelineHit hit = m_plottable->hitAt(plotPos);
    if (!hit.valid()) return {};
    if (hit.isMarker) return m_model.describeEvent(hit.event);
    return m_model.describeSegment(hit.cpu, hit.taskTrack, hit.segment);
}

bool TimelineView::selectAt(const QPoint& plotPos) {
    const TimelineHit hit = m_plottable->hitAt(plotPos);
    m_linkFrom.reset();
    m_linkTo.reset();
    if (!hit.valid()) {
        m_selectionText.clear();
    } else if (hit.isMarker) {
        m_selectionText = m_model.describeEvent(hit.event);
        const auto type = (*m_model.log())[hit.event].type;
        if (type == tl::EventType::TaskletSchedule || type == tl::EventType::TaskletHiSchedule) {
            m_linkFrom = hit.event;
            m_linkTo = m_model.runCausedBy(hit.event);
            m_selectionText +=
                QStringLiteral("<br>") + (m_linkTo ? tr("→ runs at %1 on CPU%2")
                                                         .arg(formatTime((*m_model.log())[*m_linkTo].time))
                                                         .arg((*m_model.log())[*m_linkTo].cpu)
                                                   : tr("→ has not run yet"));
        }
    } else {
        m_selectionText = m_model.describeSegment(hit.cpu, hit.taskTrack, hit.segment);
        const TimelineLane& lane = m_model.lane(hit.cpu);
        const TimelineTrack& track = hit.taskTrack ? lane.task : lane.context;
        if (track.kind(hit.segment) == SegmentKind::Tasklet) {
            m_linkTo = track[hit.segment].event;
            m_linkFrom = m_model.scheduleOfRun(*m_linkTo);
            if (m_linkFrom)
                m_selectionText +=
                    QStringLiteral("<br>") + tr("← scheduled at %1 on CPU%2")
                                                 .arg(formatTime((*m_model.log())[*m_linkFrom].time))
                                                 .arg((*m_model.log())[*m_linkFrom].cpu);
        }
    }
    m_plottable->setSelectionHit(hit);
    m_plottable->setLink(m_linkFrom, m_linkTo);
    updateInfo();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    emit selectionChanged(m_selectionText);
    return hit.valid();
}

QPoint TimelineView::pointFor(tl::Nanos t, int cpu, bool taskTrack) const {
    const double x = m_plot->xAxis->coordToPixel(static_cast<double>(t));
    const double share = TimelinePlottable::kContextShare;
    // Centre of the band: the context band spans the first `share` of the lane, the task band the rest.
    const double off = taskTrack
                           ? (-TimelinePlottable::kHalf + 2 * TimelinePlottable::kHalf * (share + 1) / 2)
                           : (-TimelinePlottable::kHalf + 2 * TimelinePlottable::kHalf * share / 2);
    const double y = m_plot->yAxis->coordToPixel(cpu + off);
    return QPoint(static_cast<int>(std::lround(x)), static_cast<int>(std::lround(y)));
}

double TimelineView::replotNow() {
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
    return m_plot->replotTime();
}

std::size_t TimelineView::lastItemCount() const {
    return m_plottable->lastItemCount();
}

bool TimelineView::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_plot) return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* me = static_cast<QMouseEvent*>(event);
        m_pressPos = me->pos();
        // Shift+drag: rubber band zoom; plain drag: pan (QCustomPlot reads the mode on press).
        m_plot->setSelectionRectMode((me->modifiers() & Qt::ShiftModifier) ? QCP::srmZoom : QCP::srmNone);
        if (me->button() == Qt::LeftButton) userMoved();
        break;
    }
    case QEvent::MouseButtonRelease: {
        auto* me = static_cast<QMouseEvent*>(event);
        if (me->button() == Qt::LeftButton && (me->pos() - m_pressPos).manhattanLength() < 4)
            selectAt(me->pos());
        break;
    }
    case QEvent::MouseMove: {
        auto* me = static_cast<QMouseEvent*>(event);
        m_lastMouse = me->position();
        if (me->buttons() == Qt::NoButton) {
            const QString tip = toolTipAt(me->pos());
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(me->globalPosition().toPoint(), tip, m_plot);
        }
        break;
    }
    case QEvent::Leave:
        m_lastMouse = QPointF(-1, -1);
        break;
    case QEvent::KeyPress: {
        auto* ke = static_cast<QKeyEvent*>(event);
        const double mouseT = m_lastMouse.x() >= 0 ? m_plot->xAxis->pixelToCoord(m_lastMouse.x())
                                                   : m_plot->xAxis->range().center();
        switch (ke->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            return true;
        case Qt::Key_Minus:
            zoomOut();
            return true;
        case Qt::Key_Left:
            panLeft();
            return true;
        case Qt::Key_Right:
            panRight();
            return true;
        case Qt::Key_Home:
            zoomToFit();
            return true;
        case Qt::Key_F:
            setFollowLive(!m_follow);
            return true;
        case Qt::Key_A:
            setMarkerA(static_cast<tl::Nanos>(std::llround(mouseT)));
            return true;
        case Qt::Key_B:
            setMarkerB(static_cast<tl::Nanos>(std::llround(mouseT)));
            return true;
        case Qt::Key_Escape:
            selectAt(QPoint(-1000, -1000));
            setMarkerA({});
            setMarkerB({});
            return true;
        default:
            break;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void TimelineView::setHighContrast(bool on) {
    if (m_highContrast == on) return;
    m_highContrast = on;
    m_plottable->setHighContrast(on);
    applyPlotStyle();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineView::applyPlotStyle() {
    // QCustomPlot copies the application font into its axes once, at construction: a presenter who
    // enlarges the text must see larger axis labels too.
    const QFont f = font();
    const QColor fg = m_highContrast ? QColor(Qt::white) : QColor(Qt::black);
    m_plot->setBackground(m_highContrast ? QBrush(Qt::black) : QBrush(Qt::white));
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->xAxis2, m_plot->yAxis}) {
        axis->setTickLabelFont(f);
        axis->setLabelFont(f);
        axis->setTickLabelColor(fg);
        axis->setLabelColor(fg);
        axis->setBasePen(QPen(fg));
        axis->setTickPen(QPen(fg));
        axis->setSubTickPen(QPen(fg));
    }
}

void TimelineView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyPlotStyle();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

} // namespace tlui
