// Help → Lessons: the built-in lesson library, each with its title, summary, kernel profile and number
// of narrated steps; opening one replaces the current scenario (after the unsaved-work prompt).
#pragma once

#include "scenario_files.h"

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace tlui {

class LessonLibraryDialog : public QDialog {
    Q_OBJECT
public:
    explicit LessonLibraryDialog(QWidget* parent = nullptr);
    QString selectedPath() const; // the lesson to open once accepted
    QListWidget* list() const { return m_list; }
    const QList<LessonInfo>& lessons() const { return m_lessons; }

private:
    void showDetails();

    QList<LessonInfo> m_lessons;
    QListWidget* m_list;
    QTextBrowser* m_details;
};

} // namespace tlui
