// The kernel state inspector (see inspector_panel.h).
#include "inspector_panel.h"

#include "display_format.h"
#include "simulation_controller.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tlui {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;

QString joinNames(const std::vector<std::string>& v, const QString& empty) {
    if (v.empty()) return empty;
    QStringList l;
    for (const auto& s : v)
        l << QString::fromStdString(s);
    return l.join(QStringLiteral(" → "));
}
} // namespace

InspectorPanel::InspectorPanel(SimulationController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("inspectorTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    // Sized once per rebuild: ResizeToContents would measure every row on every update.
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree);
    connect(controller, &SimulationController::engineReplaced, this, [this] {
        m_tree->clear();
        refresh();
    });
    connect(controller, &SimulationController::advanced, this, &InspectorPanel::refresh);
}

void InspectorPanel::setRow(QTreeWidgetItem* parent, int row, const QString& key, const QString& label,
                            const QString& value) {
    QTreeWidgetItem* item = parent->child(row);
    if (!item) {
        item = new QTreeWidgetItem(parent);
        item->setData(0, kKeyRole, key);
    }
    if (item->text(0) != label) item->setText(0, label);
    if (item->text(1) != value) {
        item->setText(1, value);
        item->setToolTip(1, value);
    }
}

void InspectorPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void InspectorPanel::refresh() {
    const tl::Engine* e = m_controller->engine();
    if (!e || !isVisible()) return; // a hidden (tabbed away) panel catches up when shown
    const tl::MachineState& st = m_controller->snapshot();
    const int cpus = static_cast<int>(st.cpus.size());
    while (m_tree->topLevelItemCount() > cpus)
        delete m_tree->takeTopLevelItem(m_tree->topLevelItemCount() - 1);
    const bool newTree = m_tree->topLevelItemCount() == 0;
    for (int c = 0; c < cpus; ++c) {
        const tl::CpuInfo& cpu = st.cpus[static_cast<std::size_t>(c)];
        QTreeWidgetItem* top = m_tree->topLevelItem(c);
        if (!top) top = new QTreeWidgetItem(m_tree);
        top->setText(0, tr("CPU%1").arg(cpu.id));
        QString ctx;
        switch (cpu.context) {
        case tl::CpuContext::Task:
            ctx = tr("process context");
            break;
        case tl::CpuContext::HardIrq:
            ctx = tr("hard IRQ %1").arg(QString::fromStdString(cpu.hardirq));
            break;
        case tl::CpuContext::SoftIrq:
            ctx = tr("softirq");
            break;
        }
        if (cpu.softirq_vector >= 0) ctx += tr(", vector %1").arg(cpu.softirq_vector);
        if (!cpu.tasklet.empty()) ctx += tr(", tasklet %1").arg(QString::fromStdString(cpu.tasklet));
        top->setText(
            1,
            tr("%1 — %2 (pid %3)").arg(ctx, QString::fromStdString(cpu.current_comm)).arg(cpu.current_pid));
        const auto& pc = cpu.preempt_count;
        int r = 0;
        setRow(top, r++, QStringLiteral("context"), tr("context"), ctx);
        setRow(top, r++, QStringLiteral("current"), tr("current"),
               tr("%1 (pid %2)").arg(QString::fromStdString(cpu.current_comm)).arg(cpu.current_pid));
        setRow(top, r++, QStringLiteral("preempt_count"), QStringLiteral("preempt_count"),
               QStringLiteral("0x%1").arg(pc.raw, 8, 16, QLatin1Char('0')));
        setRow(top, r++, QStringLiteral("pc_fields"), tr("  fields"),
               tr("preempt %1, softirq %2, hardirq %3, nmi %4")
                   .arg(pc.preempt)
                   .arg(pc.softirq)
                   .arg(pc.hardirq)
                   .arg(pc.nmi));
        setRow(top, r++, QStringLiteral("in_interrupt"), QStringLiteral("  in_interrupt()"),
               pc.in_interrupt ? tr("yes") : tr("no"));
        setRow(top, r++, QStringLiteral("in_serving_softirq"), QStringLiteral("  in_serving_softirq()"),
               pc.in_serving_softirq ? tr("yes") : tr("no"));
        setRow(top, r++, QStringLiteral("pending"), tr("pending softirqs"),
               QStringLiteral("0x%1  %2")
                   .arg(cpu.softirq_pending, 3, 16, QLatin1Char('0'))
                   .arg(joinNames(cpu.pending_names, tr("none"))));
        setRow(top, r++, QStringLiteral("tasklet_vec"), QStringLiteral("tasklet_vec"),
               joinNames(cpu.tasklet_vec, tr("empty")));
        setRow(top, r++, QStringLiteral("tasklet_hi_vec"), QStringLiteral("tasklet_hi_vec"),
               joinNames(cpu.tasklet_hi_vec, tr("empty")));
        setRow(top, r++, QStringLiteral("ksoftirqd"), tr("ksoftirqd/%1").arg(cpu.id),
               tr("%1 (pid %2)").arg(taskStateName(cpu.ksoftirqd_state)).arg(cpu.ksoftirqd_pid));
        setRow(top, r++, QStringLiteral("need_resched"), QStringLiteral("need_resched"),
               cpu.need_resched ? tr("yes") : tr("no"));
        QStringList rq;
        for (int pid : cpu.runqueue)
            rq << QString::number(pid);
        setRow(top, r++, QStringLiteral("runqueue"), tr("runqueue (pids)"),
               rq.isEmpty() ? tr("empty") : rq.join(QStringLiteral(", ")));
    }
    if (newTree) {
        m_tree->expandAll();
        m_tree->resizeColumnToContents(0);
    }
}

QString InspectorPanel::value(int cpu, const QString& field) const {
    const QTreeWidgetItem* top = m_tree->topLevelItem(cpu);
    if (!top) return {};
    for (int i = 0; i < top->childCount(); ++i)
        if (top->child(i)->data(0, kKeyRole).toString() == field) return top->child(i)->text(1);
    return {};
}

} // namespace tlui
