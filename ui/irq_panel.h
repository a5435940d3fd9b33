// IRQs and load: fire an IRQ on a CPU now, add and edit IRQ sources, put tasks (the per-CPU busy
// tasks) to sleep and wake them.
#pragma once

#include <engine/scenario.h>

#include <QWidget>

#include <optional>

class QComboBox;
class QTreeWidget;

namespace tlui {

class SimulationController;

class IrqPanel : public QWidget {
    Q_OBJECT
public:
    explicit IrqPanel(SimulationController* controller, QWidget* parent = nullptr);

    QString fireIrq(const QString& name, int cpu);
    QString setTaskRunning(int pid, bool running); // task_wake / task_sleep
    QTreeWidget* tasks() const { return m_tasks; }
    // The IRQ source dialog; nullopt when cancelled.
    static std::optional<tl::IrqSpec> editIrqDialog(QWidget* parent, const tl::IrqSpec& initial, int cpus);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onEngineReplaced();
    void refresh();
    void addSource();
    void editSource();
    void toggleSelectedTask(bool running);

    SimulationController* m_controller;
    QComboBox* m_irq;
    QComboBox* m_cpu;
    QTreeWidget* m_tasks;
};

} // namespace tlui
