// Table model of every tasklet's state: SCHED, RUN, count, the list it is queued on and its position,
// runs so far (from MachineState snapshots).
#pragma once

#include <engine/machine_state.h>

#include <QAbstractTableModel>

#include <vector>

namespace tlui {

class TaskletTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Sched, Run, Count, Queued, Position, RunningOn, Runs, Work, ColumnCount };

    explicit TaskletTableModel(QObject* parent = nullptr);
    void update(const tl::MachineState& state);
    const tl::TaskletInfo* tasklet(int row) const;
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<tl::TaskletInfo> m_rows;
};

} // namespace tlui
