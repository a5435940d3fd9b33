// The kernel state inspector: per CPU the context and current task, preempt_count split into its
// fields, pending softirqs by name, tasklet_vec and tasklet_hi_vec in list order, ksoftirqd's state.
#pragma once

#include <engine/machine_state.h>

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace tlui {

class SimulationController;

class InspectorPanel : public QWidget {
    Q_OBJECT
public:
    explicit InspectorPanel(SimulationController* controller, QWidget* parent = nullptr);
    QTreeWidget* tree() const { return m_tree; }
    // The text shown for `field` of `cpu` ("context", "preempt_count", "pending", "tasklet_vec",
    // "tasklet_hi_vec", "ksoftirqd", "current"); for tests.
    QString value(int cpu, const QString& field) const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void setRow(QTreeWidgetItem* parent, int row, const QString& key, const QString& label,
                const QString& value);

    SimulationController* m_controller;
    QTreeWidget* m_tree;
};

} // namespace tlui
