// The lesson panel (see lesson_panel.h).
#include "lesson_panel.h"

#include "display_format.h"
#include "simulation_controller.h"
#include "step_dialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tlui {

LessonPanel::LessonPanel(SimulationController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller) {
    setObjectName(QStringLiteral("lessonPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    layout->addWidget(m_title);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("lessonProgress"));
    layout->addWidget(m_progress);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("lessonSteps"));
    m_steps->setToolTip(tr("Double-click a step to go there (back or forward)"));
    layout->addWidget(m_steps, 1);
    m_steps->setMaximumHeight(m_steps->fontMetrics().height() * 7);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("lessonText"));
    layout->addWidget(m_text, 4);

    auto* nav = new QHBoxLayout;
    m_prev = new QPushButton(tr("◀ Previous Step"), this);
    m_prev->setObjectName(QStringLiteral("btn_prev_step"));
    m_prev->setToolTip(tr("Go back to the previous lesson step (Shift+L)"));
    m_next = new QPushButton(tr("Next Step ▶"), this);
    m_next->setObjectName(QStringLiteral("btn_next_step"));
    m_next->setToolTip(tr("Run to the next lesson step (L)"));
    nav->addWidget(m_prev);
    nav->addWidget(m_next);
    layout->addLayout(nav);

    auto* tools = new QHBoxLayout;
    m_reveal = new QPushButton(tr("Reveal Answer"), this);
    m_reveal->setObjectName(QStringLiteral("btn_reveal"));
    auto* add = new QPushButton(tr("Add Step Here…"), this);
    add->setObjectName(QStringLiteral("btn_add_step"));
    add->setToolTip(tr("Add a narrated step at the current simulated time (kept by Save Scenario As)"));
    tools->addWidget(m_reveal);
    tools->addWidget(add);
    layout->addLayout(tools);
    m_pause = new QCheckBox(tr("Pause at each step"), this);
    m_pause->setObjectName(QStringLiteral("chk_pause_steps"));
    m_pause->setChecked(controller->pauseAtSteps());
    layout->addWidget(m_pause);

    connect(m_prev, &QPushButton::clicked, controller, &SimulationController::backToPreviousLessonStep);
    connect(m_next, &QPushButton::clicked, controller, &SimulationController::runToNextLessonStep);
    connect(m_reveal, &QPushButton::clicked, this, &LessonPanel::revealAnswer);
    connect(add, &QPushButton::clicked, this, &LessonPanel::addStepHere);
    connect(m_pause, &QCheckBox::toggled, controller, &SimulationController::setPauseAtSteps);
    connect(m_steps, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { m_controller->seekLessonStep(m_steps->row(item)); });
    connect(controller, &SimulationController::engineReplaced, this, &LessonPanel::onEngineReplaced);
    connect(controller, &SimulationController::stepsChanged, this, &LessonPanel::onEngineReplaced);
    connect(controller, &SimulationController::advanced, this, &LessonPanel::refresh);
    onEngineReplaced();
}

QString LessonPanel::narrationText() const {
    return m_text->toPlainText();
}

void LessonPanel::onEngineReplaced() {
    m_steps->clear();
    m_current = -2;
    const tl::Engine* e = m_controller->engine();
    if (!e) return;
    const auto& s = e->scenario();
    // The description is the narration before the first step (and the title's tooltip): the panel keeps
    // its height for the story.
    m_title->setText(QStringLiteral("<b>%1</b>").arg(lessonText(s.title).toHtmlEscaped()));
    m_title->setToolTip(lessonText(s.description));
    for (const auto& st : s.steps)
        m_steps->addItem(QStringLiteral("%1  %2").arg(formatTime(st.at), lessonText(st.title)));
    refresh();
}

void LessonPanel::refresh() {
    const tl::Engine* e = m_controller->engine();
    if (!e) return;
    const auto& steps = e->scenario().steps;
    m_prev->setEnabled(e->now() > 0); // back to the previous step, or to the start
    const int cur = m_controller->lessonStep();
    // "Played": the simulation has gone past the step's instant, so the class has seen what happens.
    const bool played = cur >= 0 && e->now() > steps[static_cast<std::size_t>(cur)].at;
    if (cur == m_current && played == m_played) return;
    if (cur != m_current) m_revealed = false;
    m_current = cur;
    m_played = played;
    render();
}

void LessonPanel::revealAnswer() {
    m_revealed = true;
    render();
}

void LessonPanel::render() {
    const tl::Engine* e = m_controller->engine();
    if (!e) return;
    const auto& steps = e->scenario().steps;
    const int n = static_cast<int>(steps.size());
    m_prev->setEnabled(e->now() > 0);
    m_next->setEnabled(n > 0 && (m_current < n - 1));
    m_progress->setText(n == 0 ? QString() : tr("Step %1 of %2").arg(std::max(m_current + 1, 0)).arg(n));
    m_answerShown = false;
    if (m_current < 0) {
        m_steps->clearSelection();
        m_steps->setCurrentRow(-1);
        m_reveal->setEnabled(false);
        const QString description = lessonText(e->scenario().description).toHtmlEscaped();
        m_text->setHtml(
            QStringLiteral("<p>%1</p><p><i>%2</i></p>")
                .arg(description, n == 0 ? tr("This scenario has no narrated steps.").toHtmlEscaped()
                                         : tr("Press Space to play, or \"Next Step\".").toHtmlEscaped()));
        return;
    }
    m_steps->setCurrentRow(m_current);
    const auto& st = steps[static_cast<std::size_t>(m_current)];
    QString html = QStringLiteral("<h3>%1</h3>").arg(lessonText(st.title).toHtmlEscaped());
    if (!st.question.empty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Predict:"), lessonText(st.question).toHtmlEscaped());
        m_answerShown = m_played || m_revealed || st.answer.empty();
        if (!st.answer.empty()) {
            html += m_answerShown ? QStringLiteral("<p><b>%1</b> %2</p>")
                                        .arg(tr("Answer:"), lessonText(st.answer).toHtmlEscaped())
                                  : QStringLiteral("<p><i>%1</i></p>")
                                        .arg(tr("Discuss, then play on (or Reveal Answer) to see what the "
                                                "kernel does.")
                                                 .toHtmlEscaped());
        }
    }
    // With a question, the narration tells what happened: it belongs after the answer.
    if (st.question.empty() || m_answerShown)
        html += QStringLiteral("<p>%1</p>").arg(lessonText(st.text).toHtmlEscaped());
    m_reveal->setEnabled(!st.answer.empty() && !m_answerShown);
    m_text->setHtml(html);
}

void LessonPanel::addStepHere() {
    const tl::Engine* e = m_controller->engine();
    if (!e) return;
    m_controller->setRunning(false);
    StepDialog dlg(e->now(), this);
    if (dlg.exec() != QDialog::Accepted) return;
    const QString err = m_controller->addLessonStep(dlg.step());
    if (!err.isEmpty()) QMessageBox::warning(this, tr("Add Lesson Step"), err);
}

void LessonPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_steps->setMaximumHeight(m_steps->fontMetrics().height() * 7);
        render();
    }
}

} // namespace tlui
