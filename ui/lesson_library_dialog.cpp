// The lesson library (see lesson_library_dialog.h).
#include "lesson_library_dialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tlui {

LessonLibraryDialog::LessonLibraryDialog(QWidget* parent)
    : QDialog(parent)
    , m_lessons(builtinLessons())
    , m_list(new QListWidget(this))
    , m_details(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("lessonLibrary"));
    setWindowTitle(tr("Lessons"));
    auto* layout = new QVBoxLayout(this);
    auto* split = new QSplitter(this);
    m_list->setObjectName(QStringLiteral("lessonList"));
    for (const LessonInfo& l : m_lessons)
        m_list->addItem(l.title);
    m_details->setObjectName(QStringLiteral("lessonDetails"));
    split->addWidget(m_list);
    split->addWidget(m_details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    QPushButton* open = buttons->button(QDialogButtonBox::Open);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &LessonLibraryDialog::showDetails);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, open, [open](int row) { open->setEnabled(row >= 0); });
    m_list->setCurrentRow(m_lessons.isEmpty() ? -1 : 0);
    open->setEnabled(!m_lessons.isEmpty());
    resize(900, 560);
}

QString LessonLibraryDialog::selectedPath() const {
    const int row = m_list->currentRow();
    return row >= 0 && row < m_lessons.size() ? m_lessons[row].path : QString();
}

void LessonLibraryDialog::showDetails() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_lessons.size()) {
        m_details->clear();
        return;
    }
    const LessonInfo& l = m_lessons[row];
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>").arg(l.title.toHtmlEscaped(), l.summary.toHtmlEscaped());
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(tr("Kernel profile: <b>%1</b>").arg(l.profile.toHtmlEscaped()),
                     tr("%n narrated step(s)", nullptr, l.steps),
                     tr("%n Predict question(s)", nullptr, l.questions));
    m_details->setHtml(html);
}

} // namespace tlui
