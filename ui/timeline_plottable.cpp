// Paints the per-CPU lanes: binary search of the visible range, folding of sub-pixel segments into one
// item per few pixels (Tracy/KernelShark style), run-length merging of equal neighbours. Cost follows
// pixels, not events.
#include "timeline_plottable.h"

#include <array>
#include <cmath>
#include <optional>
#include <vector>

namespace tlui {

namespace {

constexpr std::size_t kKinds = static_cast<std::size_t>(SegmentKind::Count);
constexpr QRgb kLaneBackground = 0xfff5f5f5; // before a CPU's first event / after now
constexpr QRgb kLaneBackgroundHighContrast = 0xff202020;

// When several kinds fold into one item, the most interesting one gives its colour.
constexpr std::array<SegmentKind, kKinds> kPriority{
    SegmentKind::Tasklet,   SegmentKind::Softirq, SegmentKind::HardIrq, SegmentKind::DoSoftirq,
    SegmentKind::Ksoftirqd, SegmentKind::Task,    SegmentKind::Idle,    SegmentKind::None};

SegmentKind dominantKind(std::uint16_t mask) {
    for (SegmentKind k : kPriority)
        if (mask & (1u << static_cast<unsigned>(k))) return k;
    return SegmentKind::None;
}

struct Palette {
    std::array<QColor, kKinds> plain;
    std::array<QColor, kKinds> folded;
    std::array<QColor, kKinds> text;
    Palette() {
        for (std::size_t i = 0; i < kKinds; ++i) {
            plain[i] = segmentColor(static_cast<SegmentKind>(i));
            folded[i] = plain[i].darker(118);
            text[i] = plain[i].lightnessF() < 0.5 ? Qt::white : Qt::black;
        }
    }
};

const Palette& palette() {
    static const Palette p;
    return p;
}

// One colour per pixel column of a track, written into every pixel row of the track's band in the
// lane canvas: the painting cost of a lane is its pixels, however many items the folding produced.
class ColumnBuffer {
public:
    ColumnBuffer(QImage& canvas, const QRect& clip, double y0, double y1, QRgb background)
        : m_canvas(canvas)
        , m_left(clip.left())
        , m_top(clip.top())
        , m_y0(y0)
        , m_y1(y1) {
        m_w = canvas.width();
        m_row.assign(static_cast<std::size_t>(m_w), background);
    }
    void add(double x0, double x1, const QColor* c) {
        int a = static_cast<int>(std::floor(x0)) - m_left;
        // At least one pixel wide: a zero-length tasklet run stays visible.
        int b = std::max(a + 1, static_cast<int>(std::ceil(x1)) - m_left);
        a = std::max(a, 0);
        b = std::min(b, m_w);
        if (a < b) std::fill(m_row.begin() + a, m_row.begin() + b, c->rgb());
        ++count;
    }
    void flush() {
        const int r0 = std::max(0, static_cast<int>(std::lround(m_y0)) - m_top);
        const int r1 = std::min(m_canvas.height(), static_cast<int>(std::lround(m_y1)) - m_top);
        for (int r = r0; r < r1; ++r)
            std::copy(m_row.begin(), m_row.end(), reinterpret_cast<QRgb*>(m_canvas.scanLine(r)));
    }
    std::size_t count = 0;

private:
    QImage& m_canvas;
    int m_left, m_top;
    double m_y0, m_y1;
    int m_w = 0;
    std::vector<QRgb> m_row;
};

} // namespace

TimelinePlottable::TimelinePlottable(QCPAxis* keyAxis, QCPAxis* valueAxis, const TimelineModel* model)
    : QCPAbstractPlottable(keyAxis, valueAxis)
    , m_model(model) {
    setSelectable(QCP::stNone);
    setAntialiasedFill(false);
    setAntialiased(false);
}

TimelinePlottable::Mapping TimelinePlottable::mapping() const {
    const QCPRange r = keyAxis()->range();
    Mapping m{};
    m.t0 = static_cast<tl::Nanos>(std::floor(r.lower));
    m.t1 = static_cast<tl::Nanos>(std::ceil(r.upper));
    if (m.t1 <= m.t0) m.t1 = m.t0 + 1;
    m.x0 = keyAxis()->coordToPixel(static_cast<double>(m.t0));
    const double x1 = keyAxis()->coordToPixel(static_cast<double>(m.t1));
    m.scale = (x1 - m.x0) / static_cast<double>(m.t1 - m.t0);
    if (m.scale <= 0) m.scale = 1e-12;
    return m;
}

void TimelinePlottable::laneBand(int cpu, bool taskTrack, double& y0, double& y1) const {
    const double a = valueAxis()->coordToPixel(cpu - kHalf);
    const double b = valueAxis()->coordToPixel(cpu + kHalf);
    const double top = std::min(a, b), bottom = std::max(a, b);
    const double split = top + (bottom - top) * kContextShare;
    if (taskTrack) {
        y0 = split + 1;
        y1 = bottom;
    } else {
        y0 = top;
        y1 = split;
    }
}

void TimelinePlottable::draw(QCPPainter* painter) {
    m_items = 0;
    if (!m_model || !m_model->log()) return;
    const Mapping m = mapping();
    const QRect clip = clipRect();
    if (clip.width() <= 0 || clip.height() <= 0) return;
    // 1. Every track's pixel columns into one opaque canvas, blitted once (no per-item paint calls).
    if (m_canvas.size() != clip.size()) m_canvas = QImage(clip.size(), QImage::Format_RGB32);
    m_canvas.fill(m_highContrast ? Qt::black : Qt::white); // the plot's background
    std::vector<Label> labels;
    for (int cpu = 0; cpu < m_model->cpuCount(); ++cpu) {
        double cy0, cy1, ty0, ty1;
        laneBand(cpu, false, cy0, cy1);
        laneBand(cpu, true, ty0, ty1);
        if (ty1 < clip.top() || cy0 > clip.bottom()) continue;
        const TimelineLane& lane = m_model->lane(cpu);
        drawTrack(lane.context, m, cy0, cy1, labels);
        drawTrack(lane.task, m, ty0, ty1, labels);
        drawMarkers(lane, m, cy0, cy1 - cy0 < 12);
    }
    painter->setAntialiasing(false);
    painter->drawImage(clip.topLeft(), m_canvas);
    // 2. Labels of the items wide enough to hold one, markers, ticks, overlays.
    QFont f = painter->font();
    f.setPointSizeF(8);
    painter->setFont(f);
    const QFontMetrics fm(f);
    const Palette& pal = palette();
    for (const Label& l : labels) {
        const QString text = fm.elidedText(m_model->segmentLabel(*l.track, l.seg), Qt::ElideRight,
                                           static_cast<int>(l.rect.width()));
        if (text.isEmpty()) continue;
        painter->setPen(pal.text[static_cast<std::size_t>(l.track->kind(l.seg))]);
        painter->drawText(l.rect, Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    painter->setPen(Qt::NoPen);
    drawTicks(painter, m, clip);
    drawOverlays(painter, m, clip);
}

void TimelinePlottable::drawTrack(const TimelineTrack& track, const Mapping& m, double y0, double y1,
                                  std::vector<Label>& toLabel) {
    const std::size_t n = track.size();
    if (n == 0) return;
    const tl::Nanos end = m_model->end();
    const tl::Nanos t1 = std::min(m.t1, end);
    std::size_t i = track.indexAt(m.t0);
    if (i == TimelineTrack::npos) i = 0;
    tl::Nanos tc = std::max(m.t0, track.start(i));
    const Palette& pal = palette();
    const bool labels = (y1 - y0) >= 11;
    ColumnBuffer cols(m_canvas, clipRect(), y0, y1,
                      m_highContrast ? kLaneBackgroundHighContrast : kLaneBackground);
    while (i < n && tc < t1) {
        const tl::Nanos se = m_model->segmentEnd(track, i);
        const double px0 = m.toPx(tc);
        const double px1 = m.toPx(std::min(se, t1));
        if (px1 - px0 >= kFoldPx) {
            const auto k = static_cast<std::size_t>(track.kind(i));
            if (track.kind(i) != SegmentKind::None) cols.add(px0, px1, &pal.plain[k]);
            if (labels && px1 - px0 >= 28)
                toLabel.push_back({QRectF(px0 + 2, y0, px1 - px0 - 4, y1 - y0), &track, i});
            tc = se;
            ++i;
            continue;
        }
        // Fold every segment that starts within the next kFoldPx pixels into one item.
        const tl::Nanos foldEnd = std::max(tc + 1, m.toNs(px0 + kFoldPx));
        // Dense: when the fold spans whole blocks of segments, end it at a block boundary found in the
        // small block index (no search in the segments themselves); else search exactly.
        const std::size_t jb = track.blockLowerBound(foldEnd);
        if (jb > i + TimelineTrack::kBlock && jb < n) {
            const SegmentKind k = dominantKind(track.kindMask(i, jb));
            const tl::Nanos fe = std::min(track.start(jb), t1);
            if (k != SegmentKind::None) cols.add(px0, m.toPx(fe), &pal.folded[static_cast<std::size_t>(k)]);
            tc = track.start(jb);
            i = jb;
            continue;
        }
        std::size_t j = track.lowerBound(foldEnd); // segments [i, j) start before foldEnd
        if (j <= i) j = i + 1;
        const std::uint16_t mask = track.kindMask(i, j);
        const tl::Nanos fe = std::min(foldEnd, t1);
        const SegmentKind k = dominantKind(mask);
        if (k != SegmentKind::None) cols.add(px0, m.toPx(fe), &pal.folded[static_cast<std::size_t>(k)]);
        tc = foldEnd;
        i = (m_model->segmentEnd(track, j - 1) > foldEnd) ? j - 1 : j;
    }
    cols.flush();
    m_items += cols.count;
}

void TimelinePlottable::drawMarkers(const TimelineLane& lane, const Mapping& m, double y, bool small) {
    const auto& mk = lane.markers;
    const auto& times = lane.markerTimes;
    const std::size_t n = mk.size();
    if (n == 0) return;
    const tl::EventLog& log = *m_model->log();
    // Per event type, for the normal and the presenter's black lanes (where the black kill marker is
    // drawn white): computed once, not per marker.
    using Colors = std::array<QRgb, static_cast<std::size_t>(tl::EventType::Count)>;
    static const std::array<Colors, 2> palettes = [] {
        std::array<Colors, 2> c{};
        for (std::size_t i = 0; i < c[0].size(); ++i) {
            c[0][i] = TimelineModel::markerColor(static_cast<tl::EventType>(i)).rgb();
            c[1][i] = qGray(c[0][i]) < 64 ? qRgb(240, 240, 240) : c[0][i];
        }
        return c;
    }();
    const Colors& colors = palettes[m_highContrast ? 1 : 0];
    const QRect clip = clipRect();
    const int top = static_cast<int>(std::lround(y)) - clip.top();
    // A downward triangle 7 px wide and 6 px high, or a 2x3 tick on small lanes (many CPUs), stamped
    // straight into the canvas.
    auto stamp = [&](int x, QRgb c) {
        const int rows = small ? 3 : 6;
        for (int r = 0; r < rows; ++r) {
            const int yy = top + r;
            if (yy < 0 || yy >= m_canvas.height()) continue;
            const int half = small ? 1 : 3 - r / 2;
            auto* line = reinterpret_cast<QRgb*>(m_canvas.scanLine(yy));
            for (int xx = std::max(0, x - half); xx <= std::min(m_canvas.width() - 1, x + (small ? 0 : half));
                 ++xx)
                line[xx] = c;
        }
    };
    std::size_t k = lane.firstMarkerAtOrAfter(m.t0);
    while (k < n) {
        if (times[k] > m.t1) break;
        const tl::Event& e = log[mk[k]];
        const double x = m.toPx(e.time);
        stamp(static_cast<int>(std::lround(x)) - clip.left(), colors[static_cast<std::size_t>(e.type)]);
        ++m_items;
        // The next marker at least kMarkerGapPx to the right: a short linear scan when markers are
        // sparse, the block index when they are dense.
        const tl::Nanos nextT = std::max(e.time + 1, m.toNs(x + kMarkerGapPx));
        std::size_t next = k + 1;
        for (int probe = 0; next < n && times[next] < nextT; ++next, ++probe) {
            if (probe == 8) {
                next = lane.firstMarkerAtOrAfter(nextT);
                break;
            }
        }
        k = std::max(next, k + 1);
    }
}

void TimelinePlottable::drawTicks(QCPPainter* p, const Mapping& m, const QRect& clip) {
    const tl::Nanos period = m_model->tickPeriod();
    const double spacing = static_cast<double>(period) * m.scale;
    if (spacing < 5) return;
    QVector<QLineF> lines;
    for (tl::Nanos t = (m.t0 / period + 1) * period; t <= m.t1; t += period) {
        const double x = m.toPx(t);
        lines.append(QLineF(x, clip.top(), x, clip.bottom()));
    }
    p->setPen(QPen(QColor(90, 90, 90, 70), 0, Qt::DashLine));
    p->drawLines(lines);
    p->setPen(Qt::NoPen);
}

QPointF TimelinePlottable::eventAnchor(std::size_t event, const Mapping& m) const {
    const tl::Event& e = (*m_model->log())[event];
    double y0, y1;
    laneBand(e.cpu, false, y0, y1);
    return {m.toPx(e.time), (y0 + y1) / 2};
}

void TimelinePlottable::drawOverlays(QCPPainter* p, const Mapping& m, const QRect& clip) {
    p->setAntialiasing(true);
    // Selection outline.
    if (m_selected.valid()) {
        p->setPen(QPen(Qt::black, 2));
        p->setBrush(Qt::NoBrush);
        if (m_selected.isMarker) {
            const QPointF c = eventAnchor(m_selected.event, m);
            double y0, y1;
            laneBand(m_selected.cpu, false, y0, y1);
            p->drawEllipse(QPointF(c.x(), y0 + 3), 6, 6);
        } else {
            const TimelineLane& lane = m_model->lane(m_selected.cpu);
            const TimelineTrack& tr = m_selected.taskTrack ? lane.task : lane.context;
            if (m_selected.segment < tr.size()) {
                double y0, y1;
                laneBand(m_selected.cpu, m_selected.taskTrack, y0, y1);
                const double x0 = m.toPx(std::max(tr.start(m_selected.segment), m.t0 - 1));
                const double x1 = m.toPx(std::min(m_model->segmentEnd(tr, m_selected.segment), m.t1 + 1));
                p->drawRect(QRectF(x0, y0, std::max(2.0, x1 - x0), y1 - y0));
            }
        }
    }
    // Link from a schedule call to the run it caused.
    if (m_linkFrom && m_linkTo) {
        const QPointF a = eventAnchor(*m_linkFrom, m);
        const QPointF b = eventAnchor(*m_linkTo, m);
        p->setPen(QPen(QColor(0, 110, 50), 2));
        p->drawLine(a, b);
        const double ang = std::atan2(a.y() - b.y(), a.x() - b.x());
        const QPointF h1 = b + QPointF(std::cos(ang + 0.45) * 9, std::sin(ang + 0.45) * 9);
        const QPointF h2 = b + QPointF(std::cos(ang - 0.45) * 9, std::sin(ang - 0.45) * 9);
        p->setBrush(QColor(0, 110, 50));
        const QPointF head[3] = {b, h1, h2};
        p->drawConvexPolygon(head, 3);
        p->setBrush(Qt::NoBrush);
    }
    // A/B markers.
    auto drawMarker = [&](const std::optional<tl::Nanos>& t, const QColor& c, const QString& label) {
        if (!t) return;
        const double x = m.toPx(*t);
        if (x < clip.left() - 1 || x > clip.right() + 1) return;
        p->setPen(QPen(c, 1.5, Qt::DashLine));
        p->drawLine(QPointF(x, clip.top()), QPointF(x, clip.bottom()));
        p->setPen(c);
        p->drawText(QPointF(x + 3, clip.top() + 12), label);
    };
    drawMarker(m_markerA, QColor(0, 70, 200), QStringLiteral("A"));
    drawMarker(m_markerB, QColor(200, 40, 0), QStringLiteral("B"));
    p->setPen(Qt::NoPen);
    p->setAntialiasing(false);
}

TimelineHit TimelinePlottable::hitAt(const QPointF& pos) const {
    TimelineHit hit;
    if (!m_model || !m_model->log()) return hit;
    const double v = valueAxis()->pixelToCoord(pos.y());
    const int cpu = static_cast<int>(std::lround(v));
    if (cpu < 0 || cpu >= m_model->cpuCount() || std::fabs(v - cpu) > kHalf) return hit;
    double cy0, cy1;
    laneBand(cpu, false, cy0, cy1);
    const bool taskTrack = pos.y() > cy1;
    const Mapping m = mapping();
    const TimelineLane& lane = m_model->lane(cpu);
    const tl::EventLog& log = *m_model->log();
    if (!taskTrack && pos.y() <= cy0 + 10) {
        // Markers sit at the top of the context band.
        const tl::Nanos lo = m.toNs(pos.x() - kMarkerGapPx), hi = m.toNs(pos.x() + kMarkerGapPx);
        std::size_t k = lane.firstMarkerAtOrAfter(lo);
        double best = kMarkerGapPx + 1;
        for (; k < lane.markers.size() && log[lane.markers[k]].time <= hi; ++k) {
            const double d = std::fabs(m.toPx(log[lane.markers[k]].time) - pos.x());
            if (d < best) {
                best = d;
                hit.event = lane.markers[k];
            }
        }
        if (hit.event != TimelineTrack::npos) {
            hit.cpu = cpu;
            hit.isMarker = true;
            return hit;
        }
    }
    const TimelineTrack& track = taskTrack ? lane.task : lane.context;
    const tl::Nanos t = m.toNs(pos.x());
    if (t > m_model->end()) return hit;
    const std::size_t i = track.indexAt(t);
    if (i == TimelineTrack::npos) return hit;
    hit.cpu = cpu;
    hit.taskTrack = taskTrack;
    hit.segment = i;
    hit.event = track[i].event;
    // A sub-pixel segment under a fold: prefer the most interesting one within the pixel.
    const std::size_t j = track.lowerBound(m.toNs(pos.x() + 1));
    for (std::size_t s = i; s < j && s < i + 4096; ++s) {
        if (static_cast<int>(track.kind(s)) > static_cast<int>(track.kind(hit.segment)) &&
            track.kind(s) >= SegmentKind::HardIrq) {
            hit.segment = s;
            hit.event = track[s].event;
        }
    }
    return hit;
}

double TimelinePlottable::selectTest(const QPointF&, bool, QVariant*) const {
    return -1; // clicks are handled by TimelineView (hitAt), not by QCustomPlot's selection mechanism
}

QCPRange TimelinePlottable::getKeyRange(bool& foundRange, QCP::SignDomain) const {
    foundRange = m_model != nullptr;
    return QCPRange(0, m_model ? static_cast<double>(std::max<tl::Nanos>(m_model->end(), 1)) : 1);
}

QCPRange TimelinePlottable::getValueRange(bool& foundRange, QCP::SignDomain, const QCPRange&) const {
    foundRange = true;
    return QCPRange(-0.5, (m_model ? m_model->cpuCount() : 1) - 0.5);
}

void TimelinePlottable::drawLegendIcon(QCPPainter* painter, const QRectF& rect) const {
    painter->fillRect(rect, segmentColor(SegmentKind::Tasklet));
}

} // namespace tlui
