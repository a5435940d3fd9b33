// The lesson panel: the scenario's title, description and narrated steps, the current one highlighted.
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTextBrowser;

namespace tlui {

class SimulationController;

class LessonPanel : public QWidget {
    Q_OBJECT
public:
    explicit LessonPanel(SimulationController* controller, QWidget* parent = nullptr);
    int currentStep() const { return m_current; }

private:
    void onEngineReplaced();
    void refresh();

    SimulationController* m_controller;
    QLabel* m_title;
    QListWidget* m_steps;
    QTextBrowser* m_text;
    int m_current = -2;
};

} // namespace tlui
