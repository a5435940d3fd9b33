// The Compare view (see compare_window.h).
#include "compare_window.h"

#include "display_format.h"
#include "timeline_view.h"

#include <engine/profile.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <exception>
#include <iterator>
#include <map>
#include <optional>

namespace tlui {

namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

// The override cursor for as long as the engines run (they run synchronously: lessons take ms).
struct BusyCursor {
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

QTableWidget* makeTable(const QString& name, QWidget* parent) {
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    // No stretched last column: with a large font it would elide its text instead of scrolling.
    t->horizontalHeader()->setStretchLastSection(false);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

bool sameRun(const std::optional<tl::TaskletRunInfo>& a, const std::optional<tl::TaskletRunInfo>& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || (a->time == b->time && a->cpu == b->cpu && a->comm == b->comm && a->pid == b->pid);
}

} // namespace

CompareWindow::CompareWindow(const tl::Scenario& scenario, QStringList profiles, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_scenario(scenario) {
    setObjectName(QStringLiteral("compareWindow"));
    // A built-in lesson's title in the user's language, as the main window shows it.
    const QString title = scenario.title.empty() ? tr("untitled") : lessonText(scenario.title);
    setWindowTitle(tr("Compare Profiles — %1").arg(title));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    buildTopBar(layout);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    // Errors and warnings: an icon and words, so that they do not depend on colour alone.
    auto* box = new QFrame(this);
    box->setObjectName(QStringLiteral("compareMessageBox"));
    box->setFrameShape(QFrame::StyledPanel);
    auto* bl = new QHBoxLayout(box);
    bl->setContentsMargins(6, 4, 6, 4);
    m_messageIcon = new QLabel(box);
    m_messageIcon->setAlignment(Qt::AlignTop);
    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("compareMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bl->addWidget(m_messageIcon);
    bl->addWidget(m_message, 1);
    m_messageBox = box;
    m_messageBox->hide();
    layout->addWidget(m_messageBox);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("compareSplitter"));
    split->setChildrenCollapsible(false);
    // The timelines scroll when the window is too short for all of them at a readable height.
    auto* top = new QWidget(split);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(2);
    m_legend = new QLabel(top);
    m_legend->setObjectName(QStringLiteral("compareTimelineLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    topLayout->addWidget(m_legend);
    auto* scroll = new QScrollArea(top);
    topLayout->addWidget(scroll, 1);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the time axes zoom and pan instead
    m_timelineArea = new QWidget(scroll);
    m_timelineArea->setObjectName(QStringLiteral("compareTimelines"));
    m_timelineLayout = new QVBoxLayout(m_timelineArea);
    m_timelineLayout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(m_timelineArea);
    split->addWidget(top);

    auto* tabs = new QTabWidget(split);
    tabs->setObjectName(QStringLiteral("compareTabs"));
    auto* procPage = new QWidget(tabs);
    auto* pl = new QVBoxLayout(procPage);
    pl->setContentsMargins(2, 2, 2, 2);
    m_procTable = makeTable(QStringLiteral("compareProcTable"), procPage);
    pl->addWidget(m_procTable, 1);
    auto* legend = new QLabel(procPage);
    legend->setObjectName(QStringLiteral("compareLegend"));
    legend->setWordWrap(true);
    pl->addWidget(legend);
    tabs->addTab(procPage, tr("/proc Reads"));
    m_runsTable = makeTable(QStringLiteral("compareRunsTable"), tabs);
    tabs->addTab(m_runsTable, tr("Tasklet Runs"));
    m_statsTable = makeTable(QStringLiteral("compareStatsTable"), tabs);
    tabs->addTab(m_statsTable, tr("Statistics"));
    split->addWidget(tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // Relative weights (the splitter scales them to its height): the timelines get most of the room, a
    // jitasklet read of seven lines fits in the rest.
    split->setSizes({660, 340});
    scroll->setMinimumHeight(fontMetrics().height() * 12);
    layout->addWidget(split, 1);

    auto* close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);

    updateLegend();
    resize(1280, 800);
    compare(profiles.isEmpty() ? defaultProfiles(scenario.profile) : profiles);
}

// Views first: each holds a pointer into its engine's log.
CompareWindow::~CompareWindow() {
    for (QWidget* b : m_timelineBlocks)
        delete b;
}

void CompareWindow::buildTopBar(QVBoxLayout* layout) {
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Profiles:"), this));
    for (int i = 0; i < kMaxProfiles; ++i) {
        if (i > 0) row->addWidget(new QLabel(tr("vs"), this));
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("compareProfile%1").arg(i + 1));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        // Only the last one may stay empty: a comparison needs two runs.
        if (i == kMaxProfiles - 1) combo->addItem(tr("(none)"), QString());
        for (const tl::Profile& p : tl::all_profiles()) {
            combo->addItem(qs(p.name), qs(p.name));
            combo->setItemData(combo->count() - 1, qs(p.summary), Qt::ToolTipRole);
        }
        row->addWidget(combo);
        m_combos.push_back(combo);
    }
    m_compareButton = new QPushButton(tr("Compare"), this);
    m_compareButton->setObjectName(QStringLiteral("btn_compare"));
    m_compareButton->setToolTip(tr("Run the scenario under each chosen profile and compare the runs"));
    connect(m_compareButton, &QPushButton::clicked, this, &CompareWindow::compareSelected);
    row->addWidget(m_compareButton);
    auto* fit = new QPushButton(tr("Zoom to Fit"), this);
    fit->setObjectName(QStringLiteral("btn_compare_fit"));
    fit->setToolTip(tr("Show the whole of the longest run in every timeline"));
    connect(fit, &QPushButton::clicked, this, &CompareWindow::zoomToFitAll);
    row->addWidget(fit);
    auto* copy = new QPushButton(tr("Copy as Text"), this);
    copy->setObjectName(QStringLiteral("btn_compare_copy"));
    copy->setToolTip(tr("Copy the comparison as plain text (differing lines marked with *)"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(QString::fromStdString(tl::format_comparison(m_comparison)));
    });
    row->addWidget(copy);
    row->addStretch(1);
    layout->addLayout(row);
}

QStringList CompareWindow::defaultProfiles(const std::string& scenarioProfile) {
    const tl::Profile* own = tl::find_profile(scenarioProfile);
    if (!own) own = &tl::default_profile();
    // The scenario's own profile, the other profile of its era (2.6: the book's restart rule against
    // 2.6.10's; 6.x: 6.1 against 6.9's BH workqueues), and the other era's first profile.
    QStringList v{qs(own->name)};
    const tl::Profile* sameEra = nullptr;
    const tl::Profile* otherEra = nullptr;
    for (const tl::Profile& p : tl::all_profiles()) {
        if (p.name == own->name) continue;
        const bool same = (p.era == tl::Era::E26) == (own->era == tl::Era::E26);
        if (same && !sameEra) sameEra = &p;
        if (!same && !otherEra) otherEra = &p;
    }
    if (own->era == tl::Era::E26) {
        // The book against Debian 12's kernel is the contrast every lesson is about.
        otherEra = &tl::default_profile();
    }
    for (const tl::Profile* p : {sameEra, otherEra})
        if (p && !v.contains(qs(p->name))) v << qs(p->name);
    return v;
}

QStringList CompareWindow::selectedProfiles() const {
    QStringList v;
    for (QComboBox* c : m_combos) {
        const QString name = c->currentData().toString();
        if (!name.isEmpty()) v << name;
    }
    return v;
}

void CompareWindow::compareSelected() {
    compare(selectedProfiles());
}

QComboBox* CompareWindow::profileCombo(int i) const {
    return i >= 0 && i < static_cast<int>(m_combos.size()) ? m_combos[static_cast<std::size_t>(i)] : nullptr;
}

TimelineView* CompareWindow::timeline(int i) const {
    return i >= 0 && i < static_cast<int>(m_timelines.size()) ? m_timelines[static_cast<std::size_t>(i)]
                                                              : nullptr;
}

const tl::Engine* CompareWindow::engine(int i) const {
    return i >= 0 && i < static_cast<int>(m_runs.size()) ? m_runs[static_cast<std::size_t>(i)].engine.get()
                                                         : nullptr;
}

int CompareWindow::differingProcLines() const {
    int n = 0;
    for (const auto& r : m_comparison.reads)
        n += static_cast<int>(r.differing_lines().size());
    return n;
}

int CompareWindow::differingRuns() const {
    int n = 0;
    for (const auto& t : m_comparison.tasklets)
        n += static_cast<int>(
            std::count_if(t.runs.begin(), t.runs.end(), [](const auto& r) { return r.differs; }));
    return n;
}

QString CompareWindow::summary() const {
    return m_summary->text();
}

QString CompareWindow::message() const {
    return m_messageBox->isHidden() ? QString() : m_message->text();
}

void CompareWindow::compare(const QStringList& profiles) {
    QStringList problems;
    if (profiles.size() < 2) problems << tr("Choose at least two profiles to compare.");
    if (profiles.size() > kMaxProfiles)
        problems << tr("At most %1 profiles can be compared at once.").arg(kMaxProfiles);
    QStringList seen;
    for (const QString& p : profiles) {
        if (!tl::find_profile(p.toStdString()))
            problems << tr("There is no kernel profile named “%1”.").arg(p);
        else if (seen.count(p) == 1) // once per name, however often it is repeated
            problems << tr("%1 is chosen more than once: comparing a profile with itself shows no "
                           "difference. Choose different profiles.")
                            .arg(p);
        seen << p;
    }
    if (!problems.isEmpty()) {
        // A wrong choice must not throw away what is on screen: say so instead.
        if (runCount() > 0)
            problems << tr("The results below are still those of %1.")
                            .arg(QLocale().createSeparatedList(m_profiles));
        showMessage(problems);
        return;
    }
    for (int i = 0; i < kMaxProfiles; ++i) {
        QComboBox* c = m_combos[static_cast<std::size_t>(i)];
        c->setCurrentIndex(c->findData(i < profiles.size() ? profiles[i] : QString()));
    }

    const BusyCursor busy;
    // The views hold pointers into the engines' logs: they go first.
    for (QWidget* b : m_timelineBlocks)
        delete b;
    m_timelineBlocks.clear();
    m_timelines.clear();
    m_profiles = profiles;
    QStringList notes;

    runEngines(m_scenario, profiles, m_maxEvents);
    tl::Scenario compared = m_scenario;
    m_capHit = false;
    tl::Nanos reached = tl::kForever;
    QString cappedProfile;
    for (const Run& r : m_runs)
        if (r.capped && r.engine->now() < reached) {
            reached = r.engine->now();
            cappedProfile = r.profile;
            m_capHit = true;
        }
    if (m_capHit) {
        // Runs of different lengths would make everything after the shortest one a "difference": run
        // every profile again up to where the first one stopped. Events of that last instant may go a
        // little past the limit, hence the margin.
        compared.duration = std::max<tl::Nanos>(reached, 1);
        runEngines(compared, profiles, m_maxEvents * 2);
        notes << tr("The run under %1 reached the limit of %2 events at %3: every profile is compared "
                    "over that first part of the scenario only.")
                     .arg(cappedProfile, QLocale().toString(static_cast<qulonglong>(m_maxEvents)),
                          formatTime(reached));
    }

    // Only the profiles that could run the scenario are compared; the others are explained.
    std::vector<std::string> names;
    QStringList errors;
    for (const Run& r : m_runs) {
        if (r.engine)
            names.push_back(r.profile.toStdString());
        else
            errors << tr("%1 cannot run this scenario: %2.").arg(r.profile, r.error);
    }
    notes = errors + notes;
    m_comparison = names.empty() ? tl::RunComparison{} : tl::compare_runs(compared, names);
    for (const std::string& e : m_comparison.errors)
        notes << tr("The comparison failed: %1.").arg(QString::fromStdString(e));
    if (names.size() == 1)
        notes << tr("Only %1 could run this scenario: there is nothing to compare it with.")
                     .arg(QString::fromStdString(names.front()));

    rebuildTimelines();
    fillTables();
    updateSummary();
    showMessage(notes);
}

void CompareWindow::runEngines(const tl::Scenario& scenario, const QStringList& profiles,
                               std::uint64_t maxEvents) {
    m_runs.clear();
    for (const QString& p : profiles) {
        Run r;
        r.profile = p;
        tl::Scenario s = scenario;
        s.profile = p.toStdString(); // as tl::compare_runs does: hz 0 keeps each profile's default
        try {
            tl::EngineOptions opt;
            opt.max_events = maxEvents;
            r.engine = std::make_unique<tl::Engine>(std::move(s), opt);
            // What each CPU runs at time 0: the engine emits nothing for a task that simply keeps running.
            for (const auto& cpu : r.engine->snapshot().cpus)
                r.seeds.emplace_back(cpu.id, cpu.current_pid, cpu.current_comm);
            r.engine->run();
            const tl::Engine& e = *r.engine;
            r.capped =
                maxEvents != 0 && !e.panicked() && e.log().size() >= maxEvents && e.now() < e.end_time();
        } catch (const std::exception& ex) {
            r.engine.reset();
            r.error = QString::fromStdString(ex.what());
        }
        m_runs.push_back(std::move(r));
    }
}

void CompareWindow::rebuildTimelines() {
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        const Run& r = m_runs[i];
        auto* block = new QWidget(m_timelineArea);
        block->setObjectName(QStringLiteral("compareTimeline%1").arg(i + 1));
        auto* bl = new QVBoxLayout(block);
        bl->setContentsMargins(0, 0, 0, 0);
        bl->setSpacing(0);
        auto* title = new QLabel(block);
        title->setObjectName(QStringLiteral("compareTimelineTitle"));
        title->setTextFormat(Qt::RichText);
        title->setWordWrap(true);
        const QString name = QStringLiteral("<b>%1</b>").arg(r.profile.toHtmlEscaped());
        if (const tl::Profile* p = tl::find_profile(r.profile.toStdString()))
            title->setToolTip(qs(p->summary));
        bl->addWidget(title);
        TimelineView* view = nullptr;
        if (!r.engine) {
            title->setText(tr("%1 — cannot run this scenario").arg(name));
            auto* err = new QLabel(r.error, block);
            err->setWordWrap(true);
            err->setContentsMargins(12, 4, 4, 12);
            bl->addWidget(err);
        } else {
            const tl::Engine& e = *r.engine;
            std::size_t runs = 0;
            for (const auto& s : m_comparison.stats)
                if (qs(s.profile) == r.profile) runs = s.tasklet_runs;
            QString text = tr("%1 — HZ %2 · events: %3 · tasklet runs: %4 · until %5")
                               .arg(name)
                               .arg(e.hz())
                               .arg(QLocale().toString(static_cast<qulonglong>(e.log().size())))
                               .arg(QLocale().toString(static_cast<qulonglong>(runs)))
                               .arg(formatTime(e.now()));
            if (e.panicked())
                text += QStringLiteral(" · <b>%1</b>").arg(tr("kernel panic: the machine stopped"));
            title->setText(text);
            view = new TimelineView(block);
            view->setObjectName(QStringLiteral("compareTimelineView"));
            view->setFollowLive(false);
            view->setHighContrast(m_highContrast);
            view->setLog(&e.log(), e.scenario().cpus, tl::tick_period(e.hz()), e.scenario().start_jiffies);
            for (const auto& [cpu, pid, comm] : r.seeds)
                view->seedCurrent(cpu, pid, comm);
            view->refresh(e.now());
            // One legend for all timelines (updateLegend()): the view's own is a row that does not wrap,
            // wider than the window with a presenter's font.
            if (auto* legend = view->findChild<QWidget*>(QStringLiteral("timelineLegend"))) legend->hide();
            connect(view, &TimelineView::visibleRangeChanged, this,
                    [this, view](double lo, double hi) { syncRange(view, lo, hi); });
            bl->addWidget(view, 1);
        }
        m_timelineLayout->addWidget(block, r.engine ? 1 : 0);
        m_timelineBlocks.push_back(block);
        m_timelines.push_back(view);
    }
    // The time axes are shared: their titles once (jiffies above the first plot, simulated time below
    // the last) leave the lanes more of the window's height.
    std::vector<TimelineView*> views;
    std::copy_if(m_timelines.begin(), m_timelines.end(), std::back_inserter(views),
                 [](auto* v) { return v; });
    for (std::size_t i = 0; i < views.size(); ++i) {
        if (i > 0) views[i]->plot()->xAxis2->setLabel(QString());
        if (i + 1 < views.size()) {
            views[i]->plot()->xAxis->setLabel(QString());
            // The usage line (wheel, drag, markers) is the same for every plot: once, under the last.
            if (auto* info = views[i]->findChild<QWidget*>(QStringLiteral("timelineInfo"))) info->hide();
        }
    }
    updateTimelineHeights();
    zoomToFitAll();
}

void CompareWindow::setHighContrast(bool on) {
    m_highContrast = on;
    for (TimelineView* v : m_timelines)
        if (v) v->setHighContrast(on);
}

void CompareWindow::updateLegend() {
    // The colours and names the timeline view's legend uses; entries wrap between each other only.
    auto entry = [](const QColor& c, const QString& mark, const QString& text) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
            .arg(c.name(), mark, text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    };
    QStringList parts;
    for (SegmentKind k : {SegmentKind::Idle, SegmentKind::Task, SegmentKind::Ksoftirqd, SegmentKind::HardIrq,
                          SegmentKind::DoSoftirq, SegmentKind::Softirq, SegmentKind::Tasklet})
        parts << entry(segmentColor(k), QStringLiteral("■"), segmentKindName(k));
    const std::pair<tl::EventType, QString> markers[] = {
        {tl::EventType::SoftirqRaise, tr("raise")},     {tl::EventType::TaskletSchedule, tr("schedule")},
        {tl::EventType::TaskletDisable, tr("disable")}, {tl::EventType::TaskletEnable, tr("enable")},
        {tl::EventType::TaskletKill, tr("kill")},       {tl::EventType::KernelMessage, tr("kernel message")},
        {tl::EventType::ProcRead, tr("/proc read")},
    };
    for (const auto& [type, text] : markers)
        parts << entry(TimelineModel::markerColor(type), QStringLiteral("▼"), text);
    m_legend->setText(parts.join(QStringLiteral(" &nbsp; ")));
}

void CompareWindow::updateTimelineHeights() {
    // Two or three timelines share the window with the tables: less than the view's own minimum, but
    // in lines of text, because the axes' labels grow with the font (presenter mode).
    const int line = fontMetrics().height();
    for (std::size_t i = 0; i < m_timelines.size(); ++i)
        if (TimelineView* v = m_timelines[i])
            v->plot()->setMinimumHeight(line * (5 + 2 * m_runs[i].engine->scenario().cpus));
}

void CompareWindow::zoomToFitAll() {
    tl::Nanos longest = 0;
    for (const Run& r : m_runs)
        if (r.engine) longest = std::max({longest, r.engine->now(), tl::tick_period(r.engine->hz())});
    if (longest == 0) return;
    const QScopedValueRollback guard(m_syncing, true);
    for (TimelineView* v : m_timelines)
        if (v) v->setVisibleRange(0, static_cast<double>(longest) * 1.02);
}

void CompareWindow::syncRange(TimelineView* from, double lower, double upper) {
    // setVisibleRange() on the others emits their visibleRangeChanged: without the guard each would
    // echo back to the rest.
    if (m_syncing) return;
    const QScopedValueRollback guard(m_syncing, true);
    for (TimelineView* v : m_timelines)
        if (v && v != from) v->setVisibleRange(lower, upper);
}

QColor CompareWindow::differingColor() const {
    // Amber over the palette's base: distinct from the selection colour, readable with light or dark
    // text. The marker column and bold text say the same without colour.
    return mix(palette().color(QPalette::Base), QColor(255, 190, 0), 0.35);
}

QColor CompareWindow::headerColor() const {
    return mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.12);
}

void CompareWindow::fillTables() {
    const QScopedValueRollback guard(m_refilling, true);
    fillProcTable();
    fillRunsTable();
    fillStatsTable();
    if (auto* legend = findChild<QLabel*>(QStringLiteral("compareLegend")))
        legend->setText(m_comparison.labels.size() < 2
                            ? QString()
                            : tr("≠ and a coloured background: the line differs between the profiles; bold: "
                                 "the cell differs from %1.")
                                  .arg(QString::fromStdString(m_comparison.labels.front())));
    if (auto* tabs = findChild<QTabWidget*>(QStringLiteral("compareTabs"))) {
        const int lines = differingProcLines();
        const int runs = differingRuns();
        tabs->setTabText(0, lines ? tr("/proc Reads (%1 differing)").arg(lines) : tr("/proc Reads"));
        tabs->setTabText(1, runs ? tr("Tasklet Runs (%1 differing)").arg(runs) : tr("Tasklet Runs"));
    }
}

namespace {

// Sets up the columns: a narrow marker column, then `first` (may be empty: none), then one per profile.
void resetTable(QTableWidget* t, const QString& first, const std::vector<std::string>& labels) {
    t->clear();
    t->setRowCount(0);
    QStringList headers{QStringLiteral("≠")};
    if (!first.isEmpty()) headers << first;
    for (const auto& l : labels)
        headers << QString::fromStdString(l);
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
}

// One row that says why the table is empty, spanning every column, and wide enough to be read whole.
void emptyTable(QTableWidget* t, const QString& text) {
    t->setRowCount(1);
    auto* none = new QTableWidgetItem(text);
    none->setFlags(Qt::ItemIsEnabled);
    none->setData(CompareWindow::kRowKindRole, CompareWindow::HeaderRow);
    t->setItem(0, 0, none);
    if (t->columnCount() > 1) t->setSpan(0, 0, 1, t->columnCount());
    int width = 0;
    for (int c = 0; c < t->columnCount(); ++c)
        width += t->columnWidth(c);
    const int need = QFontMetrics(t->font()).horizontalAdvance(text) + 24;
    if (need > width)
        t->setColumnWidth(t->columnCount() - 1, t->columnWidth(t->columnCount() - 1) + need - width);
}

// After resizeColumnsToContents(): the marker column as narrow as its mark (the spanned header rows,
// which live in column 0, would otherwise make it as wide as their text).
void narrowMarkerColumn(QTableWidget* t) {
    const QFontMetrics fm(t->font());
    t->setColumnWidth(0, fm.horizontalAdvance(QStringLiteral("≠")) + 4 * fm.averageCharWidth());
}

} // namespace

void CompareWindow::fillProcTable() {
    QTableWidget* t = m_procTable;
    const auto& c = m_comparison;
    const int n = static_cast<int>(c.labels.size());
    resetTable(t, QString(), c.labels);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Follow the window's font size (presenter mode enlarges the application font).
    if (font().pointSizeF() > 0)
        mono.setPointSizeF(font().pointSizeF());
    else
        mono.setPixelSize(font().pixelSize());
    QFont bold = mono;
    bold.setBold(true);
    QFont headerFont = font();
    headerFont.setBold(true);
    const QBrush diff(differingColor());
    const QColor missing = palette().color(QPalette::PlaceholderText);
    const tl::Engine* first = nullptr;
    for (const Run& r : m_runs)
        if (r.engine && !first) first = r.engine.get();

    int rows = 0;
    for (const auto& r : c.reads)
        rows += 1 + static_cast<int>(r.lines.size());
    t->setRowCount(rows);
    QStringList vlabels;
    int row = 0;
    for (const auto& r : c.reads) {
        QString head = tr("read %1").arg(r.read);
        if (first && static_cast<std::size_t>(r.read) <= first->proc_reads().size()) {
            const tl::ProcRead& pr = first->proc_reads()[static_cast<std::size_t>(r.read - 1)];
            head = tr("read %1: /proc/%2 by %3 on CPU%4")
                       .arg(r.read)
                       .arg(QString::fromLatin1(tl::proc_file_name(pr.file)))
                       .arg(QString::fromStdString(pr.reader_comm))
                       .arg(pr.cpu);
        }
        auto* h = new QTableWidgetItem(head);
        h->setData(kRowKindRole, HeaderRow);
        h->setFont(headerFont);
        h->setBackground(headerColor());
        h->setFlags(Qt::ItemIsEnabled);
        t->setItem(row, 0, h);
        t->setSpan(row, 0, 1, n + 1);
        vlabels << QString();
        ++row;
        for (const auto& l : r.lines) {
            auto* marker = new QTableWidgetItem(l.differs ? QStringLiteral("≠") : QString());
            marker->setData(kRowKindRole, l.differs ? DifferingRow : SameRow);
            marker->setTextAlignment(Qt::AlignCenter);
            if (l.differs) {
                marker->setToolTip(tr("This line differs between the profiles"));
                marker->setBackground(diff);
                marker->setFont(headerFont);
            }
            t->setItem(row, 0, marker);
            for (int j = 0; j < n; ++j) {
                const auto js = static_cast<std::size_t>(j);
                auto* item = new QTableWidgetItem;
                if (l.present[js]) {
                    item->setText(QString::fromStdString(l.text[js]));
                    item->setFont(mono);
                } else {
                    // A line the other profiles print and this one does not (a shorter read).
                    item->setText(tr("(no such line)"));
                    QFont f = font();
                    f.setItalic(true);
                    item->setFont(f);
                    item->setForeground(missing);
                }
                if (l.differs) {
                    item->setBackground(diff);
                    if (l.present[js] != l.present[0] || l.text[js] != l.text[0])
                        item->setFont(l.present[js] ? bold : item->font());
                }
                t->setItem(row, j + 1, item);
            }
            vlabels << QString::number(l.line + 1);
            ++row;
        }
    }
    t->setVerticalHeaderLabels(vlabels);
    t->resizeColumnsToContents();
    narrowMarkerColumn(t);
    if (c.reads.empty())
        emptyTable(t, c.labels.empty() ? tr("Nothing to compare.") : tr("The scenario reads no /proc file."));
}

void CompareWindow::fillRunsTable() {
    QTableWidget* t = m_runsTable;
    const auto& c = m_comparison;
    const int n = static_cast<int>(c.labels.size());
    resetTable(t, tr("run"), c.labels);
    QFont headerFont = font();
    headerFont.setBold(true);
    const QBrush diff(differingColor());
    const QColor missing = palette().color(QPalette::PlaceholderText);

    std::size_t total = 0;
    for (const auto& tc : c.tasklets)
        total += tc.runs.size();
    const std::size_t shown = std::min<std::size_t>(total, kMaxRunRows);
    int rows = static_cast<int>(c.tasklets.size() + shown) + (shown < total ? 1 : 0);
    t->setRowCount(rows);
    int row = 0;
    std::size_t left = shown;
    auto header = [&](const QString& text) {
        auto* h = new QTableWidgetItem(text);
        h->setData(kRowKindRole, HeaderRow);
        h->setFont(headerFont);
        h->setBackground(headerColor());
        h->setFlags(Qt::ItemIsEnabled);
        t->setItem(row, 0, h);
        t->setSpan(row, 0, 1, n + 2);
        ++row;
    };
    for (const auto& tc : c.tasklets) {
        QStringList counts;
        for (int j = 0; j < n; ++j) {
            std::size_t k = 0;
            for (const auto& ar : tc.runs)
                k += ar.runs[static_cast<std::size_t>(j)].has_value() ? 1 : 0;
            counts
                << tr("%1 in %2").arg(k).arg(QString::fromStdString(c.labels[static_cast<std::size_t>(j)]));
        }
        header(tr("tasklet %1 — runs: %2")
                   .arg(QString::fromStdString(tc.tasklet), QLocale().createSeparatedList(counts)));
        for (const auto& ar : tc.runs) {
            if (left == 0) break;
            --left;
            auto* marker = new QTableWidgetItem(ar.differs ? QStringLiteral("≠") : QString());
            marker->setData(kRowKindRole, ar.differs ? DifferingRow : SameRow);
            marker->setTextAlignment(Qt::AlignCenter);
            auto* index = new QTableWidgetItem(QString::number(ar.index + 1));
            index->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (ar.differs) {
                marker->setToolTip(tr("This run differs between the profiles (time, CPU or context)"));
                marker->setFont(headerFont);
                marker->setBackground(diff);
                index->setBackground(diff);
            }
            t->setItem(row, 0, marker);
            t->setItem(row, 1, index);
            for (int j = 0; j < n; ++j) {
                const auto& run = ar.runs[static_cast<std::size_t>(j)];
                auto* item = new QTableWidgetItem;
                if (run) {
                    item->setText(tr("%1 · CPU%2 · %3 (pid %4)")
                                      .arg(formatTime(run->time))
                                      .arg(run->cpu)
                                      .arg(QString::fromStdString(run->comm))
                                      .arg(run->pid));
                    item->setToolTip(tr("jiffies %1, %2 context")
                                         .arg(run->jiffies)
                                         .arg(QString::fromLatin1(tl::context_name(run->context))));
                } else {
                    item->setText(tr("(no such run)"));
                    QFont f = font();
                    f.setItalic(true);
                    item->setFont(f);
                    item->setForeground(missing);
                }
                if (ar.differs) {
                    item->setBackground(diff);
                    if (run && !sameRun(run, ar.runs[0])) item->setFont(headerFont);
                }
                t->setItem(row, j + 2, item);
            }
            ++row;
        }
    }
    if (shown < total)
        header(tr("Runs not shown (the table stops at %1): %2")
                   .arg(QLocale().toString(kMaxRunRows))
                   .arg(QLocale().toString(static_cast<qulonglong>(total - shown))));
    t->setRowCount(row);
    t->verticalHeader()->hide();
    t->resizeColumnsToContents();
    narrowMarkerColumn(t);
    if (c.tasklets.empty())
        emptyTable(t, c.labels.empty() ? tr("Nothing to compare.") : tr("No tasklet ran in any profile."));
}

void CompareWindow::fillStatsTable() {
    QTableWidget* t = m_statsTable;
    const auto& c = m_comparison;
    const auto n = c.stats.size();
    resetTable(t, tr("statistic"), c.labels);
    t->verticalHeader()->hide();
    QFont bold = font();
    bold.setBold(true);
    const QBrush diff(differingColor());
    std::map<std::string, const tl::Engine*> engines;
    for (const Run& r : m_runs)
        if (r.engine) engines[r.profile.toStdString()] = r.engine.get();

    auto addRow = [&](const QString& what, const std::vector<QString>& values) {
        const int row = t->rowCount();
        t->insertRow(row);
        const bool differs =
            std::any_of(values.begin(), values.end(), [&](const QString& v) { return v != values[0]; });
        auto* marker = new QTableWidgetItem(differs ? QStringLiteral("≠") : QString());
        marker->setData(kRowKindRole, differs ? DifferingRow : SameRow);
        marker->setTextAlignment(Qt::AlignCenter);
        auto* name = new QTableWidgetItem(what);
        if (differs) {
            marker->setFont(bold);
            marker->setBackground(diff);
            name->setBackground(diff);
        }
        t->setItem(row, 0, marker);
        t->setItem(row, 1, name);
        for (std::size_t j = 0; j < values.size(); ++j) {
            auto* item = new QTableWidgetItem(values[j]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (differs) {
                item->setBackground(diff);
                if (values[j] != values[0]) item->setFont(bold);
            }
            t->setItem(row, static_cast<int>(j) + 2, item);
        }
    };
    auto perProfile = [&](auto f) {
        std::vector<QString> v;
        for (const auto& s : c.stats)
            v.push_back(f(s));
        return v;
    };
    auto number = [](std::size_t k) { return QLocale().toString(static_cast<qulonglong>(k)); };
    if (n == 0) {
        emptyTable(t, tr("Nothing to compare."));
        return;
    }

    addRow(tr("HZ"), perProfile([&](const tl::ProfileRunStats& s) {
               const auto it = engines.find(s.profile);
               return it == engines.end() ? QString() : QString::number(it->second->hz());
           }));
    addRow(tr("simulated until"), perProfile([&](const tl::ProfileRunStats& s) {
               const auto it = engines.find(s.profile);
               return it == engines.end() ? QString() : formatTime(it->second->now());
           }));
    addRow(tr("events"), perProfile([&](const tl::ProfileRunStats& s) { return number(s.events); }));
    addRow(tr("tasklet runs"),
           perProfile([&](const tl::ProfileRunStats& s) { return number(s.tasklet_runs); }));
    // Runs per context (`current` during the callback), every context any profile ran in.
    std::vector<std::string> comms;
    for (const auto& s : c.stats)
        for (const auto& [comm, k] : s.runs_per_context)
            if (std::find(comms.begin(), comms.end(), comm) == comms.end()) comms.push_back(comm);
    for (const std::string& comm : comms)
        addRow(tr("tasklet runs in %1").arg(QString::fromStdString(comm)),
               perProfile([&](const tl::ProfileRunStats& s) {
                   for (const auto& [name, k] : s.runs_per_context)
                       if (name == comm) return number(k);
                   return number(0);
               }));
    std::vector<std::string> tasklets;
    for (const auto& s : c.stats)
        for (const auto& [name, lat] : s.first_run_latency)
            if (std::find(tasklets.begin(), tasklets.end(), name) == tasklets.end()) tasklets.push_back(name);
    for (const std::string& tasklet : tasklets)
        addRow(tr("first run of %1 after scheduling").arg(QString::fromStdString(tasklet)),
               perProfile([&](const tl::ProfileRunStats& s) {
                   for (const auto& [name, lat] : s.first_run_latency)
                       if (name == tasklet) return lat < 0 ? tr("never ran") : formatDuration(lat);
                   return tr("not scheduled");
               }));
    addRow(tr("kernel messages"), perProfile([&](const tl::ProfileRunStats& s) {
               const auto it = engines.find(s.profile);
               return it == engines.end() ? QString() : number(it->second->kernel_messages().size());
           }));
    addRow(tr("panicked"),
           perProfile([&](const tl::ProfileRunStats& s) { return s.panicked ? tr("yes") : tr("no"); }));
    t->resizeColumnsToContents();
    narrowMarkerColumn(t);
    // Numbers line up in columns of one width; a stretched last column would push its numbers away.
    int width = 0;
    for (int c = 2; c < t->columnCount(); ++c)
        width = std::max(width, t->columnWidth(c));
    for (int c = 2; c < t->columnCount(); ++c)
        t->setColumnWidth(c, width + t->fontMetrics().averageCharWidth() * 2);
}

void CompareWindow::updateSummary() {
    const auto& c = m_comparison;
    QStringList labels;
    for (const auto& l : c.labels)
        labels << QString::fromStdString(l);
    if (labels.isEmpty()) {
        m_summary->setText(tr("No chosen profile could run this scenario."));
        return;
    }
    int lines = 0;
    for (const auto& r : c.reads)
        lines += static_cast<int>(r.lines.size());
    int runs = 0;
    for (const auto& t : c.tasklets)
        runs += static_cast<int>(t.runs.size());
    const QString who = QLocale().createSeparatedList(labels);
    QStringList diffs;
    if (lines > 0) diffs << tr("/proc lines that differ: %1 of %2").arg(differingProcLines()).arg(lines);
    if (runs > 0) diffs << tr("tasklet runs that differ: %1 of %2").arg(differingRuns()).arg(runs);
    QString text;
    if (labels.size() < 2)
        text = tr("%1 alone.").arg(who);
    else if (diffs.isEmpty())
        text = tr("%1: no /proc read and no tasklet run to compare.").arg(who);
    else if (differingProcLines() == 0 && differingRuns() == 0)
        text = tr("%1: the same /proc output and the same tasklet runs.").arg(who);
    else
        text = tr("%1: %2.").arg(who, diffs.join(QStringLiteral(" · ")));
    // Where the tasklets ran is what the lessons are about (the book's "in cc1 or in ksoftirqd").
    QStringList where;
    for (const auto& s : c.stats) {
        QStringList parts;
        for (const auto& [comm, k] : s.runs_per_context)
            parts << tr("%1 ×%2").arg(QString::fromStdString(comm)).arg(k);
        where << tr("%1: %2").arg(QString::fromStdString(s.profile),
                                  parts.isEmpty() ? tr("no runs") : parts.join(QStringLiteral(", ")));
    }
    text += QLatin1Char(' ') + tr("Tasklet runs by context — %1.").arg(where.join(QStringLiteral("; ")));
    m_summary->setText(text);
}

void CompareWindow::showMessage(const QStringList& lines) {
    if (lines.isEmpty()) {
        m_message->clear();
        m_messageBox->hide();
        return;
    }
    m_message->setText(lines.join(QLatin1Char('\n')));
    const int side = fontMetrics().height() + 4;
    m_messageIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(side, side));
    m_messageBox->show();
}

void CompareWindow::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    // Item fonts and colours are derived from the window's font and palette: derive them again (presenter
    // mode enlarges the application font; a theme change swaps the palette).
    if ((event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) && m_procTable &&
        !m_refilling) {
        fillTables();
        updateTimelineHeights();
    }
}

} // namespace tlui
