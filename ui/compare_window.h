// The Compare view: one scenario under two or three kernel profiles side by side (synchronized
// timelines, the /proc reads line by line, each tasklet's runs, per-profile statistics).
#pragma once

#include <engine/engine.h>
#include <trace/playback/run_compare.h>

#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace tlui {

class TimelineView;

class CompareWindow : public QWidget {
    Q_OBJECT
public:
    // Up to this many profiles side by side (the combo boxes).
    static constexpr int kMaxProfiles = 3;
    // Each engine stops after this many events, so that a long scenario cannot freeze the window:
    // the comparison then covers the time every profile reached (see compare()).
    static constexpr std::uint64_t kDefaultMaxEvents = 1'000'000;
    // The tasklet-runs table shows at most this many aligned runs (a self-rescheduling tasklet runs
    // hundreds of thousands of times; a QTableWidget of that size takes seconds to fill).
    static constexpr int kMaxRunRows = 2000;

    // What column 0 of every table row holds in kRowKindRole.
    enum RowKind { HeaderRow, SameRow, DifferingRow };
    static constexpr int kRowKindRole = Qt::UserRole + 1;

    // `profiles` empty: the scenario's own profile and one or two contrasting ones (defaultProfiles()).
    // The comparison runs at once.
    explicit CompareWindow(const tl::Scenario& scenario, QStringList profiles = {},
                           QWidget* parent = nullptr);
    ~CompareWindow() override;

    static QStringList defaultProfiles(const std::string& scenarioProfile);

    // Runs the scenario under `profiles` (2 or 3 distinct, known names) and shows the result. An invalid
    // choice leaves the previous result on screen and explains itself in message(). Also sets the combos.
    void compare(const QStringList& profiles);
    // The combos' choice ("(none)" in the third one is skipped).
    QStringList selectedProfiles() const;
    // Engines stop after `n` events (0: no limit). Takes effect at the next compare().
    void setMaxEvents(std::uint64_t n) { m_maxEvents = n; }
    // Presenter mode: the timelines' high-contrast style (TimelineView::setHighContrast), kept across
    // compare().
    void setHighContrast(bool on);

    // The current result.
    int runCount() const { return static_cast<int>(m_profiles.size()); }
    QStringList profiles() const { return m_profiles; }
    // The timeline of the i-th profile; nullptr when that profile could not run the scenario.
    TimelineView* timeline(int i) const;
    const tl::Engine* engine(int i) const;
    const tl::RunComparison& comparison() const { return m_comparison; }
    int differingProcLines() const;
    int differingRuns() const;
    bool capHit() const { return m_capHit; }

    QComboBox* profileCombo(int i) const;
    QPushButton* compareButton() const { return m_compareButton; }
    QTableWidget* procTable() const { return m_procTable; }
    QTableWidget* runsTable() const { return m_runsTable; }
    QTableWidget* statsTable() const { return m_statsTable; }
    QString summary() const;
    // Errors and warnings of the last compare() in plain words; empty when all went well.
    QString message() const;

public slots:
    void compareSelected();
    // Every timeline shows the whole of the longest run.
    void zoomToFitAll();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Run {
        QString profile;
        std::unique_ptr<tl::Engine> engine; // null when the scenario is invalid for the profile
        QString error;
        bool capped = false;
        std::vector<std::tuple<int, int, std::string>> seeds; // per CPU at time 0: cpu, pid, comm
    };

    void buildTopBar(QVBoxLayout* layout);
    void runEngines(const tl::Scenario& scenario, const QStringList& profiles, std::uint64_t maxEvents);
    void rebuildTimelines();
    void updateTimelineHeights();
    void updateLegend();
    void fillTables();
    void fillProcTable();
    void fillRunsTable();
    void fillStatsTable();
    void updateSummary();
    void showMessage(const QStringList& lines);
    void syncRange(TimelineView* from, double lower, double upper);
    QColor differingColor() const;
    QColor headerColor() const;

    tl::Scenario m_scenario;
    std::uint64_t m_maxEvents = kDefaultMaxEvents;
    QStringList m_profiles;
    std::vector<Run> m_runs;
    tl::RunComparison m_comparison;
    bool m_capHit = false;
    bool m_syncing = false;
    bool m_refilling = false;
    bool m_highContrast = false;

    std::vector<QComboBox*> m_combos;
    QPushButton* m_compareButton = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_legend = nullptr;
    QWidget* m_messageBox = nullptr;
    QLabel* m_messageIcon = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_timelineArea = nullptr;
    QVBoxLayout* m_timelineLayout = nullptr;
    std::vector<QWidget*> m_timelineBlocks;
    std::vector<TimelineView*> m_timelines;
    QTableWidget* m_procTable = nullptr;
    QTableWidget* m_runsTable = nullptr;
    QTableWidget* m_statsTable = nullptr;
};

} // namespace tlui
