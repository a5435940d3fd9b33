// The kernel code view: our pseudo-code listing of the simulated kernel function that produced the
// latest event (core/trace/playback/kernel_code.h), its line highlighted, like a debugger's source pane.
#pragma once

#include <trace/playback/kernel_code.h>

#include <QString>
#include <QWidget>

#include <vector>

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>

class QComboBox;
class QListWidget;
class QLabel;
class QPlainTextEdit;
class QTextDocument;
class QToolButton;

namespace tlui {

class SimulationController;

class KernelCodePanel : public QWidget {
    Q_OBJECT
public:
    explicit KernelCodePanel(SimulationController* controller, QWidget* parent = nullptr);

    // The displayed name of the listing shown ("tasklet_action_common"); empty when none is shown.
    QString currentFunction() const;
    // The highlighted line (1-based) of the listing shown; 0 when it has none (a browsed listing that
    // is not where the latest event happened, or nothing located yet).
    int currentLine() const;
    // The listing as displayed: line k of the listing is line k - 1 of split('\n'), made of the
    // current-line marker column, the line number and the code.
    QString listingText() const;
    // The one-line description of the latest event (what maps to the highlighted line).
    QString eventText() const;
    // True while the panel follows the latest event; false while the user browses another listing.
    bool isFollowing() const { return m_following; }

    QComboBox* listingCombo() const { return m_combo; }
    QToolButton* followButton() const { return m_follow; }
    QPlainTextEdit* codeView() const { return m_view; }
    // The events of the last step when it produced several (a tasklet_schedule() from a process comes
    // out of one step with the wake-up and the context switches): choosing one shows its line.
    QListWidget* stepEvents() const { return m_stepEvents; }

public slots:
    // Locates the latest event (when it changed) and updates the view. Cheap: one locate() per call.
    void refresh();
    // The Follow toggle. On: show the latest event's line at every update. Off: the view stays on the
    // listing shown until Follow is switched on again. (Choosing a listing in the combo box only stops
    // following until the simulation next stops: a step brings the view back, as in a debugger.)
    void setFollowing(bool on);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onEngineReplaced();
    void onListingActivated(int index);
    void syncProfile();
    void applyFont();
    void applyHighlight();
    void showListing(tl::CodeFn fn, int line);
    QTextDocument* documentFor(const tl::Profile& profile, tl::CodeFn fn);
    QTextDocument* newDocument();
    void setMarker(int line, bool on);
    void updateEventText();
    void showEmpty(const QString& why);
    void fillStepEvents(const tl::EventLog& log, std::size_t from, const tl::Profile& profile);
    void onStepEventChosen(int row);

    SimulationController* m_controller;
    QLabel* m_title;
    QLabel* m_profile;
    QComboBox* m_combo;
    QToolButton* m_follow;
    QPlainTextEdit* m_view;
    QLabel* m_event;
    QListWidget* m_stepEvents;
    std::vector<tl::CodeLocation> m_stepLocations; // one per row of m_stepEvents
    QTextDocument* m_blank = nullptr;              // empty: the view's placeholder text shows
    // The listings' documents, laid out once, per profile name and CodeFn.
    std::map<std::string_view, std::array<QTextDocument*, static_cast<std::size_t>(tl::CodeFn::Count)>>
        m_docs;

    std::string_view m_profileName; // the profile the combo and listings belong to
    bool m_following = true;
    bool m_pinned = false; // Follow switched off by hand: stays off until switched on again
    static constexpr std::size_t kNone = ~std::size_t{0};
    std::size_t m_located = kNone;            // log index of the event last located
    std::size_t m_seenSize = 0;               // log size at the last refresh
    bool m_replaced = true;                   // a new engine since the last refresh
    tl::CodeLocation m_location;              // where the latest located event happened
    bool m_locatedLast = false;               // m_location is the last event's own location
    tl::CodeFn m_shownFn = tl::CodeFn::Count; // the listing in the view (Count: none)
    int m_shownLine = 0;                      // its highlighted line, 0 = none
    bool m_rebuild = false;                   // a new engine or profile: reload the listing
    std::string m_detail;                     // buffer of the event's rendered detail
};

} // namespace tlui
