// The per-CPU timeline widget: a QCustomPlot with the lane plottable, a legend, A/B markers, zoom/pan,
// follow-live, hover tooltips and click selection (schedule -> run links).
#pragma once

#include "timeline_model.h"

#include <QWidget>

#include <optional>

class QCustomPlot;
class QLabel;

namespace tlui {

class TimelinePlottable;

class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    // Start showing a new log (a new engine). The log must outlive the view or the next setLog().
    void setLog(const tl::EventLog* log, int cpus, tl::Nanos tickPeriod, std::uint64_t startJiffies);
    // Consume new events up to `now` and repaint (follow-live scrolls).
    void refresh(tl::Nanos now);
    // What each CPU runs at time 0 (see TimelineModel::seedCurrent).
    void seedCurrent(int cpu, int pid, const std::string& comm) { m_model.seedCurrent(cpu, pid, comm); }

    const TimelineModel& model() const { return m_model; }
    QCustomPlot* plot() const { return m_plot; }

    // Visible time range in ns.
    std::pair<double, double> visibleRange() const;
    void setVisibleRange(double lower, double upper);
    bool followLive() const { return m_follow; }
    // Presenter mode: black background, white axes; axis fonts always follow the widget's font.
    void setHighContrast(bool on);
    bool highContrast() const { return m_highContrast; }

    std::optional<tl::Nanos> markerA() const { return m_markerA; }
    std::optional<tl::Nanos> markerB() const { return m_markerB; }
    void setMarkerA(std::optional<tl::Nanos> t);
    void setMarkerB(std::optional<tl::Nanos> t);
    QString markerText() const;

    // Hit test / selection at a widget position of the plot (used by mouse handling and tests).
    QString toolTipAt(const QPoint& plotPos) const;
    bool selectAt(const QPoint& plotPos);
    QString selectionText() const { return m_selectionText; }
    std::optional<std::size_t> linkedEvent() const { return m_linkTo; }
    QPoint pointFor(tl::Nanos t, int cpu, bool taskTrack = false) const; // plot coords of a lane point

    // One immediate repaint of the plot; returns the QCustomPlot's replot time in ms (benchmark).
    double replotNow();
    std::size_t lastItemCount() const;

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void panLeft();
    void panRight();
    void setFollowLive(bool on);

signals:
    void followLiveChanged(bool on);
    void selectionChanged(const QString& description);
    void visibleRangeChanged(double lower, double upper);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void zoomBy(double factor, double centerNs);
    void onRangeChanged();
    void updateJiffiesTicks();
    void updateLaneRange();
    void updateInfo();
    void userMoved();
    void applyPlotStyle();

    TimelineModel m_model;
    bool m_highContrast = false;
    QCustomPlot* m_plot = nullptr;
    TimelinePlottable* m_plottable = nullptr;
    QLabel* m_info = nullptr;
    bool m_follow = true;
    bool m_inRangeUpdate = false;
    std::optional<tl::Nanos> m_markerA, m_markerB;
    std::optional<std::size_t> m_linkFrom, m_linkTo;
    QString m_selectionText;
    QPoint m_pressPos;
    QPointF m_lastMouse{-1, -1};
};

} // namespace tlui
