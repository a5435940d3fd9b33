// The lesson panel: the scenario's title and description, its narrated steps with the current one
// highlighted, the narration, Predict questions (the answer is revealed once the step has been played),
// previous/next step, pause-at-steps, and authoring a new step at the current time.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace tlui {

class SimulationController;

class LessonPanel : public QWidget {
    Q_OBJECT
public:
    explicit LessonPanel(SimulationController* controller, QWidget* parent = nullptr);
    int currentStep() const { return m_current; }
    QString narrationText() const; // the narration as plain text (tests)
    bool answerShown() const { return m_answerShown; }

public slots:
    void revealAnswer();
    void addStepHere(); // opens the step dialog

protected:
    void changeEvent(QEvent* event) override;

private:
    void onEngineReplaced();
    void refresh();
    void render();

    SimulationController* m_controller;
    QLabel* m_title;
    QLabel* m_progress;
    QListWidget* m_steps;
    QTextBrowser* m_text;
    QPushButton* m_prev;
    QPushButton* m_next;
    QPushButton* m_reveal;
    QCheckBox* m_pause;
    int m_current = -2;
    bool m_played = false;   // the simulation moved past the current step's time
    bool m_revealed = false; // the teacher revealed the answer early
    bool m_answerShown = false;
};

} // namespace tlui
