// The QCustomPlot plottable that paints the per-CPU lanes. Private to the timeline: only TUs that already
// need QCustomPlot include this header (it pulls in qcustomplot.h).
#pragma once

#include "timeline_model.h"

#include <qcustomplot.h>

#include <optional>
#include <vector>

namespace tlui {

// Where a point of the plot falls: a marker (event), or a segment of a lane's track.
struct TimelineHit {
    int cpu = -1;
    bool taskTrack = false;
    std::size_t segment = TimelineTrack::npos;
    std::size_t event = TimelineTrack::npos; // a marker's event, or the event that started the segment
    bool isMarker = false;
    bool valid() const { return cpu >= 0 && (isMarker || segment != TimelineTrack::npos); }
};

class TimelinePlottable : public QCPAbstractPlottable {
public:
    // Lane geometry in value-axis coordinates: CPU n spans [n - kHalf, n + kHalf].
    static constexpr double kHalf = 0.42;
    static constexpr double kContextShare = 0.64; // upper part: context track; lower part: task track
    static constexpr double kFoldPx = 3.0;        // narrower than this folds into one item
    static constexpr double kMarkerGapPx = 4.0;   // at most one marker per this many pixels

    TimelinePlottable(QCPAxis* keyAxis, QCPAxis* valueAxis, const TimelineModel* model);

    // Presenter mode: a black canvas and dark empty lanes, so the saturated segment colours and white
    // labels stand out on a projector.
    void setHighContrast(bool on) { m_highContrast = on; }
    void setMarkerA(std::optional<tl::Nanos> t) { m_markerA = t; }
    void setMarkerB(std::optional<tl::Nanos> t) { m_markerB = t; }
    void setSelectionHit(const TimelineHit& hit) { m_selected = hit; }
    void setLink(std::optional<std::size_t> from, std::optional<std::size_t> to) {
        m_linkFrom = from;
        m_linkTo = to;
    }
    TimelineHit hitAt(const QPointF& pos) const;
    std::size_t lastItemCount() const { return m_items; }

    double selectTest(const QPointF& pos, bool onlySelectable, QVariant* details = nullptr) const override;
    QCPRange getKeyRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange& inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
    struct Mapping {
        tl::Nanos t0, t1; // visible time range (clamped)
        double x0;        // pixel of t0
        double scale;     // pixels per ns
        double toPx(tl::Nanos t) const { return x0 + static_cast<double>(t - t0) * scale; }
        tl::Nanos toNs(double px) const { return t0 + static_cast<tl::Nanos>((px - x0) / scale); }
    };
    Mapping mapping() const;
    void laneBand(int cpu, bool taskTrack, double& y0, double& y1) const;
    struct Label {
        QRectF rect;
        const TimelineTrack* track;
        std::size_t seg;
    };
    void drawTrack(const TimelineTrack& track, const Mapping& m, double y0, double y1,
                   std::vector<Label>& labels);
    void drawMarkers(const TimelineLane& lane, const Mapping& m, double y, bool small);
    void drawTicks(QCPPainter* p, const Mapping& m, const QRect& clip);
    void drawOverlays(QCPPainter* p, const Mapping& m, const QRect& clip);
    QPointF eventAnchor(std::size_t event, const Mapping& m) const;

    const TimelineModel* m_model;
    bool m_highContrast = false;
    std::optional<tl::Nanos> m_markerA, m_markerB;
    TimelineHit m_selected;
    std::optional<std::size_t> m_linkFrom, m_linkTo;
    std::size_t m_items = 0;
    QImage m_canvas; // the lanes' pixels, reused from frame to frame
};

} // namespace tlui
