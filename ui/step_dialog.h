// Authoring a lesson step at the current simulated time: a title, the narration, and optionally a
// Predict question with the answer revealed once the step has been played.
#pragma once

#include <engine/scenario.h>

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace tlui {

class StepDialog : public QDialog {
    Q_OBJECT
public:
    StepDialog(tl::Nanos at, QWidget* parent = nullptr);
    tl::StepSpec step() const; // `at` is the time given to the constructor

    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QLineEdit* questionEdit() const { return m_question; }
    QLineEdit* answerEdit() const { return m_answer; }

private:
    void validate();

    tl::Nanos m_at;
    QLineEdit* m_title;
    QPlainTextEdit* m_text;
    QLineEdit* m_question;
    QLineEdit* m_answer;
    class QPushButton* m_ok = nullptr;
};

} // namespace tlui
