// The lesson step dialog (see step_dialog.h).
#include "step_dialog.h"

#include "display_format.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace tlui {

StepDialog::StepDialog(tl::Nanos at, QWidget* parent)
    : QDialog(parent)
    , m_at(at)
    , m_title(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_question(new QLineEdit(this))
    , m_answer(new QLineEdit(this)) {
    setObjectName(QStringLiteral("stepDialog"));
    setWindowTitle(tr("Add Lesson Step"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Time:"), new QLabel(formatTime(at), this));
    m_title->setObjectName(QStringLiteral("stepTitle"));
    m_title->setPlaceholderText(tr("e.g. The tasklet runs in ksoftirqd"));
    form->addRow(tr("&Title:"), m_title);
    m_text->setObjectName(QStringLiteral("stepText"));
    m_text->setPlaceholderText(
        tr("What happens here, which kernel rule acts and where it lives (book section, kernel function)."));
    form->addRow(tr("&Narration:"), m_text);
    m_question->setObjectName(QStringLiteral("stepQuestion"));
    m_question->setPlaceholderText(tr("Optional: a question for the class before the step plays"));
    form->addRow(tr("&Predict:"), m_question);
    m_answer->setObjectName(QStringLiteral("stepAnswer"));
    m_answer->setPlaceholderText(tr("Revealed once the step has been played"));
    form->addRow(tr("&Answer:"), m_answer);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &StepDialog::validate);
    connect(m_text, &QPlainTextEdit::textChanged, this, &StepDialog::validate);
    connect(m_question, &QLineEdit::textChanged, this, &StepDialog::validate);
    connect(m_answer, &QLineEdit::textChanged, this, &StepDialog::validate);
    validate();
    resize(560, 360);
}

void StepDialog::validate() {
    // A step needs something to say; an answer without a question would never be asked.
    const bool hasText = !m_title->text().trimmed().isEmpty() || !m_text->toPlainText().trimmed().isEmpty();
    const bool answerOk = m_answer->text().trimmed().isEmpty() || !m_question->text().trimmed().isEmpty();
    m_ok->setEnabled(hasText && answerOk);
    m_ok->setToolTip(!hasText    ? tr("Give the step a title or a narration.")
                     : !answerOk ? tr("An answer needs a question.")
                                 : QString());
}

tl::StepSpec StepDialog::step() const {
    tl::StepSpec s;
    s.at = m_at;
    s.title = m_title->text().trimmed().toStdString();
    s.text = m_text->toPlainText().trimmed().toStdString();
    s.question = m_question->text().trimmed().toStdString();
    s.answer = m_answer->text().trimmed().toStdString();
    return s;
}

} // namespace tlui
