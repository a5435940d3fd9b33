// The lesson panel (see lesson_panel.h).
#include "lesson_panel.h"

#include "display_format.h"
#include "simulation_controller.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tlui {

LessonPanel::LessonPanel(SimulationController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    layout->addWidget(m_title);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("lessonSteps"));
    layout->addWidget(m_steps, 1);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("lessonText"));
    layout->addWidget(m_text, 1);
    auto* next = new QPushButton(tr("Run to the next step"), this);
    next->setObjectName(QStringLiteral("btn_next_step"));
    connect(next, &QPushButton::clicked, controller, &SimulationController::runToNextLessonStep);
    layout->addWidget(next);
    connect(controller, &SimulationController::engineReplaced, this, &LessonPanel::onEngineReplaced);
    connect(controller, &SimulationController::advanced, this, &LessonPanel::refresh);
    onEngineReplaced();
}

void LessonPanel::onEngineReplaced() {
    m_steps->clear();
    m_current = -2;
    const tl::Engine* e = m_controller->engine();
    if (!e) return;
    const auto& s = e->scenario();
    m_title->setText(QStringLiteral("<b>%1</b><br>%2")
                         .arg(QString::fromStdString(s.title).toHtmlEscaped(),
                              QString::fromStdString(s.description).toHtmlEscaped()));
    for (const auto& st : s.steps)
        m_steps->addItem(QStringLiteral("%1  %2").arg(formatTime(st.at), QString::fromStdString(st.title)));
    refresh();
}

void LessonPanel::refresh() {
    const tl::Engine* e = m_controller->engine();
    if (!e) return;
    const auto& steps = e->scenario().steps;
    int cur = -1;
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (steps[i].at <= e->now()) cur = static_cast<int>(i);
    if (cur == m_current) return;
    m_current = cur;
    if (cur < 0) {
        m_steps->clearSelection();
        m_text->setPlainText(steps.empty() ? tr("This scenario has no narrated steps.")
                                           : tr("Press Space to play, or \"Run to the next step\"."));
        return;
    }
    m_steps->setCurrentRow(cur);
    const auto& st = steps[static_cast<std::size_t>(cur)];
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(QString::fromStdString(st.title).toHtmlEscaped(),
                            QString::fromStdString(st.text).toHtmlEscaped());
    if (!st.question.empty())
        html += QStringLiteral("<p><i>%1</i> %2</p>")
                    .arg(tr("Predict:"), QString::fromStdString(st.question).toHtmlEscaped());
    m_text->setHtml(html);
}

} // namespace tlui
