// The kernel code view (see kernel_code_panel.h).
#include "kernel_code_panel.h"

#include "display_format.h"
#include "simulation_controller.h"

#include <engine/engine.h>
#include <io/event_detail.h>

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace tlui {

namespace {
// The current-line marker: a shape, not only a colour, so the line stays visible to a colour-blind
// reader and in a palette whose highlight is close to its base colour. DejaVu Sans Mono has it.
constexpr char16_t kMarker = u'\u25B6'; // ▶
constexpr char16_t kNoMarker = u' ';
// After a new engine (a load, or a replay for a step back) the previous highlight belonged to another
// log; if the last event has no code of its own, this many earlier events are tried instead. Bounded so
// that an update never scans the log.
constexpr std::size_t kLookBack = 32;
// A stop after at most this many new events is a step: its events are listed.
constexpr std::size_t kMaxStepEvents = 32;

QString fromView(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
} // namespace

KernelCodePanel::KernelCodePanel(SimulationController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller) {
    setObjectName(QStringLiteral("kernelCodePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("kernelCodeTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_title, 1);
    m_profile = new QLabel(this);
    m_profile->setObjectName(QStringLiteral("kernelCodeProfile"));
    header->addWidget(m_profile);
    layout->addLayout(header);

    auto* browse = new QHBoxLayout;
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("kernelCodeListing"));
    m_combo->setToolTip(tr("Read another function of this kernel. Browsing stops following the "
                           "simulation until you click Follow or step."));
    m_combo->setAccessibleName(tr("Kernel function listing"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setEnabled(false); // until an engine gives the profile's listings
    browse->addWidget(m_combo, 1);
    m_follow = new QToolButton(this);
    m_follow->setObjectName(QStringLiteral("kernelCodeFollow"));
    m_follow->setText(tr("Follow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Show the line of kernel code that produced the latest event, at every step"));
    browse->addWidget(m_follow);
    layout->addLayout(browse);

    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("kernelCodeView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap); // pseudo-code is aligned in columns
    m_blank = newDocument();
    m_view->setDocument(m_blank); // the placeholder's; listings get their own (documentFor())
    m_view->setAccessibleName(tr("Kernel code"));
    layout->addWidget(m_view, 1);

    m_event = new QLabel(this);
    m_event->setObjectName(QStringLiteral("kernelCodeEvent"));
    m_event->setWordWrap(true); // a long SimNote must not widen the dock the panel sits in
    m_event->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_event);

    m_stepEvents = new QListWidget(this);
    m_stepEvents->setObjectName(QStringLiteral("kernelCodeStepEvents"));
    m_stepEvents->setToolTip(tr("Every event of the last step, with the kernel line that produced it: "
                                "choose one to see its line"));
    m_stepEvents->setVisible(false);
    layout->addWidget(m_stepEvents);

    applyFont();
    connect(m_stepEvents, &QListWidget::currentRowChanged, this, &KernelCodePanel::onStepEventChosen);
    connect(m_combo, &QComboBox::activated, this, &KernelCodePanel::onListingActivated);
    connect(m_follow, &QToolButton::toggled, this, &KernelCodePanel::setFollowing);
    connect(controller, &SimulationController::engineReplaced, this, &KernelCodePanel::onEngineReplaced);
    connect(controller, &SimulationController::advanced, this, &KernelCodePanel::refresh);
    connect(controller, &SimulationController::runningChanged, this, [this](bool running) {
        // A pause is a stop too: show where the simulation stopped (see refresh()).
        if (!running && !m_following && !m_pinned) setFollowing(true);
    });
    refresh();
}

QString KernelCodePanel::currentFunction() const {
    if (m_shownFn == tl::CodeFn::Count || m_profileName.empty()) return {};
    const tl::Profile* p = tl::find_profile(m_profileName);
    return p ? QString::fromStdString(tl::kernel_listing(*p, m_shownFn).function) : QString();
}

int KernelCodePanel::currentLine() const {
    return m_shownLine;
}

QString KernelCodePanel::listingText() const {
    return m_view->toPlainText();
}

QString KernelCodePanel::eventText() const {
    return m_event->text();
}

void KernelCodePanel::onEngineReplaced() {
    // The log pointer and maybe the profile changed, and the log may be shorter (step back): forget
    // what was located; the listing is reloaded because its lines depend on the profile.
    m_replaced = true;
    m_located = kNone;
    m_rebuild = true;
    refresh();
}

void KernelCodePanel::syncProfile() {
    const tl::Engine* e = m_controller->engine();
    const std::string_view name = e ? e->profile().name : std::string_view{};
    if (name == m_profileName && (name.empty() || m_combo->count() > 0)) return;
    m_profileName = name;
    m_rebuild = true;
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    m_combo->setEnabled(e != nullptr);
    if (!e) {
        m_profile->clear();
        return;
    }
    m_profile->setText(tr("profile %1").arg(fromView(name)));
    for (const tl::CodeListing& l : tl::kernel_listings(e->profile())) {
        m_combo->addItem(QString::fromStdString(l.function), static_cast<int>(l.id));
        m_combo->setItemData(m_combo->count() - 1, QString::fromStdString(l.file), Qt::ToolTipRole);
    }
    m_combo->setCurrentIndex(-1);
}

void KernelCodePanel::refresh() {
    const tl::Engine* e = m_controller->engine();
    syncProfile();
    if (!e) {
        m_replaced = true;
        m_location = {};
        m_located = kNone;
        m_event->clear();
        showEmpty(tr("No simulation is loaded."));
        return;
    }
    const tl::EventLog& log = e->log();
    const bool replaced = m_replaced;
    const bool moved = replaced || log.size() != m_seenSize;
    const std::size_t stepFrom = m_seenSize;
    m_replaced = false;
    m_seenSize = log.size();
    // A stop after a few events (a step): list them, so none of their lines is hidden behind the last.
    if (moved && !m_controller->isRunning() && !replaced && stepFrom < log.size() &&
        log.size() - stepFrom <= kMaxStepEvents && log.size() - stepFrom >= 2)
        fillStepEvents(log, stepFrom, e->profile());
    else if (moved && m_stepEvents->isVisible())
        fillStepEvents(log, log.size(), e->profile()); // nothing to list: hide

    if (moved) {
        // Debugger behaviour: a listing chosen to read stays while the simulation runs (as another
        // source file does while a program runs), and the view comes back to the execution point when
        // the simulation stops — a step, a "run to", the end of a run — as a debugger reveals where it
        // stopped. Only Follow switched off by hand pins the view until it is switched on again.
        if (!m_following && !m_pinned && !m_controller->isRunning()) {
            m_following = true;
            const QSignalBlocker block(m_follow);
            m_follow->setChecked(true);
        }
        if (log.empty()) {
            m_location = {};
            m_located = kNone;
        } else if (log.size() - 1 != m_located) {
            // Only the last event is located: it is what a student sees after a step, and it keeps an
            // update at full speed to one locate() (which looks back a few events in the common cases).
            const std::size_t last = log.size() - 1;
            tl::CodeLocation loc = tl::locate(log, last, e->profile());
            m_locatedLast = loc.valid();
            if (!loc.valid() && (replaced || !m_location.valid()))
                for (std::size_t k = last; k-- > 0 && last - k <= kLookBack;) {
                    loc = tl::locate(log, k, e->profile());
                    if (loc.valid()) break;
                }
            // An event without code of its own keeps the previous line (no flicker to an empty view);
            // after a new engine the previous line belongs to another log, so it goes.
            if (loc.valid())
                m_location = std::move(loc);
            else if (replaced)
                m_location = {};
            m_located = last;
        }
        updateEventText();
    }

    if (m_following) {
        if (m_location.valid())
            showListing(m_location.id, m_location.line);
        else if (log.empty())
            showEmpty(tr("No event yet. Step the simulation: the kernel code that produced each event "
                         "shows here, its line highlighted."));
        else if (m_shownFn == tl::CodeFn::Count || m_rebuild)
            showEmpty(tr("The latest event has no kernel code listing."));
    } else if (m_shownFn != tl::CodeFn::Count) {
        showListing(m_shownFn, m_location.id == m_shownFn ? m_location.line : 0);
    }
}

void KernelCodePanel::setFollowing(bool on) {
    if (m_follow->isChecked() != on) {
        const QSignalBlocker block(m_follow);
        m_follow->setChecked(on);
    }
    m_pinned = !on;
    if (m_following == on) return;
    m_following = on;
    if (on) refresh();
}

void KernelCodePanel::onListingActivated(int index) {
    const QVariant v = m_combo->itemData(index);
    if (!v.isValid()) return;
    const auto fn = static_cast<tl::CodeFn>(v.toInt());
    // Choosing a listing is reading code: the view stops moving under the reader's eyes until the
    // simulation stops again (see refresh()) or Follow is clicked.
    if (m_following) {
        m_following = false;
        const QSignalBlocker block(m_follow);
        m_follow->setChecked(false);
    }
    showListing(fn, m_location.id == fn ? m_location.line : 0);
}

void KernelCodePanel::showListing(tl::CodeFn fn, int line) {
    const tl::Profile* p = tl::find_profile(m_profileName);
    if (fn == tl::CodeFn::Count || !p) return;
    const tl::CodeListing& l = tl::kernel_listing(*p, fn);
    bool scroll = false;
    QTextDocument* doc = documentFor(*p, fn);
    if (doc != m_view->document() || m_rebuild) {
        // A listing change swaps documents laid out once per profile and listing: setPlainText() on
        // every change of function would cost ~0.3 ms at full speed, a swap a few microseconds.
        setMarker(m_shownLine, false); // cached documents carry no marker
        if (doc->defaultFont() != m_view->font()) doc->setDefaultFont(m_view->font());
        if (doc != m_view->document()) m_view->setDocument(doc);
        m_shownFn = fn;
        m_shownLine = 0;
        m_rebuild = false;
        m_title->setText(QStringLiteral("<b>%1</b>")
                             .arg(tr("%1 — %2")
                                      .arg(QString::fromStdString(l.function), QString::fromStdString(l.file))
                                      .toHtmlEscaped()));
        m_title->setToolTip(tr("Our pseudo-code of %1 in %2, not kernel source")
                                .arg(QString::fromStdString(l.function), fromView(m_profileName)));
        const QSignalBlocker block(m_combo);
        m_combo->setCurrentIndex(m_combo->findData(static_cast<int>(fn)));
        scroll = true;
    }
    if (line > static_cast<int>(l.lines.size())) line = 0;
    if (line != m_shownLine) {
        setMarker(m_shownLine, false);
        setMarker(line, true);
        m_shownLine = line;
        scroll = true;
    }
    if (!scroll) return;
    applyHighlight();
    if (m_shownLine > 0) {
        m_view->setTextCursor(QTextCursor(m_view->document()->findBlockByNumber(m_shownLine - 1)));
        m_view->ensureCursorVisible();
    } else {
        m_view->moveCursor(QTextCursor::Start);
    }
}

QTextDocument* KernelCodePanel::documentFor(const tl::Profile& profile, tl::CodeFn fn) {
    QTextDocument*& doc = m_docs[profile.name][static_cast<std::size_t>(fn)];
    if (doc) return doc;
    const tl::CodeListing& l = tl::kernel_listing(profile, fn);
    const int lines = static_cast<int>(l.lines.size());
    const int width = static_cast<int>(QString::number(lines).size());
    QStringList text;
    text.reserve(lines);
    for (int k = 1; k <= lines; ++k)
        text << QStringLiteral("%1 %2  %3")
                    .arg(QChar(kNoMarker))
                    .arg(k, width)
                    .arg(QString::fromStdString(l.lines[static_cast<std::size_t>(k - 1)]));
    doc = newDocument();
    doc->setPlainText(text.join(QLatin1Char('\n')));
    return doc;
}

QTextDocument* KernelCodePanel::newDocument() {
    auto* doc = new QTextDocument(this); // owned by the panel, so the view never deletes it
    doc->setDocumentLayout(new QPlainTextDocumentLayout(doc));
    doc->setUndoRedoEnabled(false); // the marker is edited in place on every step
    return doc;
}

void KernelCodePanel::setMarker(int line, bool on) {
    if (line <= 0) return;
    const QTextBlock b = m_view->document()->findBlockByNumber(line - 1);
    if (!b.isValid()) return;
    QTextCursor c(b);
    c.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    c.insertText(QString(QChar(on ? kMarker : kNoMarker)));
}

void KernelCodePanel::applyHighlight() {
    QList<QTextEdit::ExtraSelection> sel;
    if (m_shownLine > 0) {
        // The palette's own selection colours: readable in light, dark and high-contrast themes alike.
        // The Active group, so that the line stays as visible when another window has the focus.
        const QPalette& pal = palette(); // the view inherits it; its own is not resolved yet on PaletteChange
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_view->document()->findBlockByNumber(m_shownLine - 1));
        s.format.setBackground(pal.color(QPalette::Active, QPalette::Highlight));
        s.format.setForeground(pal.color(QPalette::Active, QPalette::HighlightedText));
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        sel << s;
    }
    m_view->setExtraSelections(sel);
}

void KernelCodePanel::applyFont() {
    // A fixed-pitch family for aligned code, at the size the panel inherits: a presenter mode that
    // enlarges the application font enlarges the code with everything else.
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QFont base = font();
    if (base.pixelSize() > 0)
        f.setPixelSize(base.pixelSize());
    else
        f.setPointSizeF(base.pointSizeF());
    m_view->setFont(f);
}

void KernelCodePanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
        applyFont();
        break;
    case QEvent::PaletteChange:
        applyHighlight();
        break;
    default:
        break;
    }
}

void KernelCodePanel::updateEventText() {
    const tl::Engine* e = m_controller->engine();
    if (!e || e->log().empty()) {
        m_event->clear();
        return;
    }
    const tl::EventLog& log = e->log();
    const std::size_t last = log.size() - 1;
    const tl::Event& ev = log[last];
    QString what = QString::fromLatin1(tl::event_type_name(ev.type));
    if (const auto name = log.str(ev.name); !name.empty()) what += QLatin1Char(' ') + fromView(name);
    // The trace CSV's detail column: the payload spelled out ("queued state=SCHED", "no-op ...").
    tl::render_event_detail(log, ev, m_detail);
    if (!m_detail.empty()) what += QStringLiteral(" (%1)").arg(QString::fromStdString(m_detail));
    // One .arg() with every value: a detail text containing "%1" must not be substituted again.
    const QString text = m_locatedLast
                             ? tr("Event %1 at %2 on CPU%3, %4 context: %5")
                                   .arg(QString::number(last), formatTime(ev.time), QString::number(ev.cpu),
                                        QString::fromLatin1(tl::context_name(ev.context)), what)
                             : tr("Event %1 at %2 on CPU%3, %4 context: %5 — no kernel code of its own, "
                                  "the highlight stays on the previous line")
                                   .arg(QString::number(last), formatTime(ev.time), QString::number(ev.cpu),
                                        QString::fromLatin1(tl::context_name(ev.context)), what);
    if (m_event->text() != text) m_event->setText(text);
}

void KernelCodePanel::fillStepEvents(const tl::EventLog& log, std::size_t from, const tl::Profile& profile) {
    const QSignalBlocker block(m_stepEvents);
    m_stepEvents->clear();
    m_stepLocations.clear();
    for (std::size_t i = from; i < log.size(); ++i) {
        const tl::Event& ev = log[i];
        tl::CodeLocation loc = tl::locate(log, i, profile);
        QString what = QString::fromLatin1(tl::event_type_name(ev.type));
        if (const auto name = log.str(ev.name); !name.empty()) what += QLatin1Char(' ') + fromView(name);
        const QString where =
            loc.valid() ? QStringLiteral("%1:%2").arg(QString::fromStdString(loc.function)).arg(loc.line)
                        : QStringLiteral("—");
        m_stepEvents->addItem(QStringLiteral("%1  %2").arg(where, what));
        m_stepLocations.push_back(std::move(loc));
    }
    m_stepEvents->setVisible(m_stepEvents->count() > 0);
    if (m_stepEvents->count() > 0) {
        m_stepEvents->setCurrentRow(m_stepEvents->count() - 1); // the last event: what is highlighted
        const int rows = std::min(m_stepEvents->count(), 5);
        m_stepEvents->setFixedHeight(m_stepEvents->sizeHintForRow(0) * rows + 2 * m_stepEvents->frameWidth());
    }
}

void KernelCodePanel::onStepEventChosen(int row) {
    if (row < 0 || static_cast<std::size_t>(row) >= m_stepLocations.size()) return;
    const tl::CodeLocation& loc = m_stepLocations[static_cast<std::size_t>(row)];
    if (!loc.valid()) return;
    // Reading an earlier event of the step is browsing: the next step brings the view back.
    if (row + 1 < m_stepEvents->count() && m_following) {
        m_following = false;
        const QSignalBlocker block(m_follow);
        m_follow->setChecked(false);
    }
    showListing(loc.id, loc.line);
}

void KernelCodePanel::showEmpty(const QString& why) {
    m_shownFn = tl::CodeFn::Count;
    m_shownLine = 0;
    setMarker(m_shownLine, false);
    m_rebuild = false;
    if (m_view->document() != m_blank) m_view->setDocument(m_blank);
    m_view->setExtraSelections({});
    m_view->setPlaceholderText(why);
    m_title->setText(QStringLiteral("<b>%1</b>").arg(tr("Kernel code").toHtmlEscaped()));
    m_title->setToolTip({});
    const QSignalBlocker block(m_combo);
    m_combo->setCurrentIndex(-1);
}

} // namespace tlui
