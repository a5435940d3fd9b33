// The dmesg-like kernel log: the simulated kernel's messages, and calls that never returned.
#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace tlui {

class SimulationController;

class KernelLogPanel : public QWidget {
    Q_OBJECT
public:
    explicit KernelLogPanel(SimulationController* controller, QWidget* parent = nullptr);
    QString text() const;

private:
    void refresh();
    void onFinished();

    SimulationController* m_controller;
    QPlainTextEdit* m_view;
    std::size_t m_shown = 0;
};

} // namespace tlui
