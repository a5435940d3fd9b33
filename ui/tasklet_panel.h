// The tasklet panel: every tasklet's state, buttons for each tasklet API call with a CPU and a caller
// context, and creation/removal of tasklets.
#pragma once

#include <engine/scenario.h>

#include <QWidget>

class QComboBox;
class QTableView;
class QPushButton;

namespace tlui {

class SimulationController;
class TaskletTableModel;

class TaskletPanel : public QWidget {
    Q_OBJECT
public:
    explicit TaskletPanel(SimulationController* controller, QWidget* parent = nullptr);

    TaskletTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    bool selectTasklet(const QString& name);
    QString selectedTasklet() const;
    void setCpu(int cpu);
    void setCallContext(tl::CallContext context);
    QPushButton* opButton(tl::Op op) const;
    // Calls the API function on the selected tasklet; returns the engine's refusal, empty on success.
    QString callOp(tl::Op op);
    QString createTasklet(const tl::TaskletSpec& spec);
    QString removeTasklet(const QString& name); // restarts the simulation without it

private:
    void onEngineReplaced();
    void refresh();
    void newTaskletDialog();
    void removeSelected();

    SimulationController* m_controller;
    TaskletTableModel* m_model;
    QTableView* m_table;
    QComboBox* m_cpu;
    QComboBox* m_context;
    QList<QPair<tl::Op, QPushButton*>> m_buttons;
};

} // namespace tlui
