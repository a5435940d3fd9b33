// Table model of every tasklet's state.
#include "tasklet_table_model.h"

#include "display_format.h"

#include <QColor>
#include <QFont>

namespace tlui {

TaskletTableModel::TaskletTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TaskletTableModel::update(const tl::MachineState& state) {
    if (state.tasklets.size() != m_rows.size()) {
        beginResetModel();
        m_rows = state.tasklets;
        endResetModel();
        return;
    }
    m_rows = state.tasklets;
    if (!m_rows.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const tl::TaskletInfo* TaskletTableModel::tasklet(int row) const {
    if (row < 0 || row >= rowCount()) return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int TaskletTableModel::rowOf(const QString& name) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (QString::fromStdString(m_rows[i].name) == name) return static_cast<int>(i);
    return -1;
}

int TaskletTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TaskletTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskletTableModel::data(const QModelIndex& index, int role) const {
    const tl::TaskletInfo* t = tasklet(index.row());
    if (!t) return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return QString::fromStdString(t->name) + (t->builtin ? tr(" (jit module)") : QString());
        case Sched:
            return t->sched ? 1 : 0;
        case Run:
            return t->run ? 1 : 0;
        case Count:
            return t->count;
        case Queued:
            if (t->queued_cpu < 0) return tr("—");
            return tr("CPU%1 %2")
                .arg(t->queued_cpu)
                .arg(t->queued_hi ? QStringLiteral("tasklet_hi_vec") : QStringLiteral("tasklet_vec"));
        case Position:
            return t->position < 0 ? QVariant(tr("—")) : QVariant(t->position);
        case RunningOn:
            return t->running_cpu < 0 ? tr("—") : tr("CPU%1").arg(t->running_cpu);
        case Runs:
            return QVariant::fromValue<qulonglong>(t->runs);
        case Work:
            return formatDuration(t->work);
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Sched:
            return tr("TASKLET_STATE_SCHED: queued on a CPU list and not yet started");
        case Run:
            return tr("TASKLET_STATE_RUN: the callback is executing (SMP only)");
        case Count:
            return tr("Disable count: the tasklet runs only when it is 0");
        default:
            break;
        }
    } else if (role == Qt::BackgroundRole) {
        if (t->running_cpu >= 0) return QColor(200, 235, 210);
        if (t->count != 0 && index.column() == Count) return QColor(250, 210, 210);
        if (t->sched && index.column() == Sched) return QColor(255, 236, 190);
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() != Name && index.column() != Queued) return int(Qt::AlignCenter);
    }
    return {};
}

QVariant TaskletTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Name:
        return tr("Tasklet");
    case Sched:
        return QStringLiteral("SCHED");
    case Run:
        return QStringLiteral("RUN");
    case Count:
        return tr("count");
    case Queued:
        return tr("Queued on");
    case Position:
        return tr("Position");
    case RunningOn:
        return tr("Running on");
    case Runs:
        return tr("Runs");
    case Work:
        return tr("Work");
    default:
        return {};
    }
}

} // namespace tlui
