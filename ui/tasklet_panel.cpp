// The tasklet panel (see tasklet_panel.h).
#include "tasklet_panel.h"

#include "simulation_controller.h"
#include "tasklet_table_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tlui {

TaskletPanel::TaskletPanel(SimulationController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new TaskletTableModel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("taskletTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    layout->addWidget(m_table, 1);
    // Sized when rows come or go: ResizeToContents would measure every cell on every update.
    connect(m_model, &QAbstractItemModel::modelReset, m_table,
            [this] { m_table->resizeColumnsToContents(); });

    auto* callRow = new QHBoxLayout;
    callRow->addWidget(new QLabel(tr("Call on CPU"), this));
    m_cpu = new QComboBox(this);
    m_cpu->setObjectName(QStringLiteral("taskletCpu"));
    callRow->addWidget(m_cpu);
    callRow->addWidget(new QLabel(tr("from"), this));
    m_context = new QComboBox(this);
    m_context->setObjectName(QStringLiteral("taskletContext"));
    m_context->addItem(tr("process context"), static_cast<int>(tl::CallContext::Process));
    m_context->addItem(tr("hard IRQ"), static_cast<int>(tl::CallContext::HardIrq));
    callRow->addWidget(m_context);
    callRow->addStretch(1);
    layout->addLayout(callRow);

    auto* grid = new QGridLayout;
    const tl::Op ops[] = {tl::Op::TaskletSchedule,      tl::Op::TaskletHiSchedule, tl::Op::TaskletDisable,
                          tl::Op::TaskletDisableNosync, tl::Op::TaskletEnable,     tl::Op::TaskletKill};
    int i = 0;
    for (tl::Op op : ops) {
        const QString name = QString::fromLatin1(tl::op_name(op));
        auto* b = new QPushButton(name, this);
        b->setObjectName(QStringLiteral("btn_") + name);
        b->setToolTip(tr("Call %1() on the selected tasklet now, on the chosen CPU").arg(name));
        connect(b, &QPushButton::clicked, this, [this, op] { callOp(op); });
        grid->addWidget(b, i / 3, i % 3);
        m_buttons.append({op, b});
        ++i;
    }
    layout->addLayout(grid);

    auto* manage = new QHBoxLayout;
    auto* add = new QPushButton(tr("New tasklet…"), this);
    add->setObjectName(QStringLiteral("btn_new_tasklet"));
    connect(add, &QPushButton::clicked, this, &TaskletPanel::newTaskletDialog);
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("btn_remove_tasklet"));
    remove->setToolTip(tr("Remove the selected tasklet (restarts the simulation without it)"));
    connect(remove, &QPushButton::clicked, this, &TaskletPanel::removeSelected);
    manage->addWidget(add);
    manage->addWidget(remove);
    manage->addStretch(1);
    layout->addLayout(manage);

    connect(controller, &SimulationController::engineReplaced, this, &TaskletPanel::onEngineReplaced);
    connect(controller, &SimulationController::advanced, this, &TaskletPanel::refresh);
    onEngineReplaced();
}

void TaskletPanel::onEngineReplaced() {
    const int old = m_cpu->currentIndex();
    m_cpu->clear();
    const int cpus = m_controller->engine() ? m_controller->engine()->scenario().cpus : 1;
    for (int c = 0; c < cpus; ++c)
        m_cpu->addItem(tr("CPU%1").arg(c), c);
    m_cpu->setCurrentIndex(std::clamp(old, 0, cpus - 1));
    refresh();
}

void TaskletPanel::refresh() {
    if (!m_controller->engine()) return;
    const QString sel = selectedTasklet();
    m_model->update(m_controller->snapshot());
    if (!sel.isEmpty() && selectedTasklet() != sel) selectTasklet(sel);
}

bool TaskletPanel::selectTasklet(const QString& name) {
    const int row = m_model->rowOf(name);
    if (row < 0) return false;
    m_table->selectRow(row);
    return true;
}

QString TaskletPanel::selectedTasklet() const {
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList{};
    const tl::TaskletInfo* t = rows.isEmpty() ? nullptr : m_model->tasklet(rows.first().row());
    return t ? QString::fromStdString(t->name) : QString();
}

void TaskletPanel::setCpu(int cpu) {
    m_cpu->setCurrentIndex(m_cpu->findData(cpu));
}

void TaskletPanel::setCallContext(tl::CallContext context) {
    m_context->setCurrentIndex(m_context->findData(static_cast<int>(context)));
}

QPushButton* TaskletPanel::opButton(tl::Op op) const {
    for (const auto& [o, b] : m_buttons)
        if (o == op) return b;
    return nullptr;
}

QString TaskletPanel::callOp(tl::Op op) {
    const QString name = selectedTasklet();
    if (name.isEmpty()) {
        const QString err = tr("Select a tasklet first.");
        emit m_controller->message(err);
        return err;
    }
    tl::ActionSpec a;
    a.op = op;
    a.cpu = m_cpu->currentData().toInt();
    a.context = static_cast<tl::CallContext>(m_context->currentData().toInt());
    a.tasklet = name.toStdString();
    return m_controller->inject(a);
}

QString TaskletPanel::createTasklet(const tl::TaskletSpec& spec) {
    const QString err = m_controller->addTasklet(spec);
    if (err.isEmpty()) {
        m_controller->flushUpdates();
        selectTasklet(QString::fromStdString(spec.name));
    }
    return err;
}

QString TaskletPanel::removeTasklet(const QString& name) {
    tl::Engine* e = m_controller->engine();
    if (!e) return tr("No scenario is loaded.");
    tl::Scenario s = e->scenario();
    const std::string n = name.toStdString();
    const auto before = s.tasklets.size();
    std::erase_if(s.tasklets, [&](const tl::TaskletSpec& t) { return t.name == n; });
    if (s.tasklets.size() == before) return tr("There is no tasklet %1 in the scenario.").arg(name);
    std::erase_if(s.actions, [&](const tl::ActionSpec& a) { return a.tasklet == n; });
    for (auto& irq : s.irqs)
        std::erase(irq.schedule, n);
    return m_controller->rebuild(s, false);
}

void TaskletPanel::newTaskletDialog() {
    QDialog dlg(this);
    dlg.setWindowTitle(tr("New tasklet"));
    auto* form = new QFormLayout(&dlg);
    auto* name = new QLineEdit(&dlg);
    name->setText(QStringLiteral("t%1").arg(m_model->rowCount() + 1));
    auto* work = new QDoubleSpinBox(&dlg);
    work->setRange(0, 1e6);
    work->setDecimals(3);
    work->setSuffix(tr(" us"));
    work->setValue(2);
    auto* disabled = new QCheckBox(tr("DECLARE_TASKLET_DISABLED (count starts at 1)"), &dlg);
    auto* resched = new QSpinBox(&dlg);
    resched->setRange(-1, 1000000);
    resched->setSpecialValueText(tr("always"));
    resched->setToolTip(tr("How many times the callback schedules itself again (-1: always)"));
    form->addRow(tr("Name"), name);
    form->addRow(tr("Work per run"), work);
    form->addRow(QString(), disabled);
    form->addRow(tr("Reschedules itself"), resched);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    if (dlg.exec() != QDialog::Accepted) return;
    tl::TaskletSpec spec;
    spec.name = name->text().trimmed().toStdString();
    spec.work = static_cast<tl::Nanos>(work->value() * 1000.0);
    spec.disabled = disabled->isChecked();
    spec.reschedule = resched->value();
    const QString err = createTasklet(spec);
    if (!err.isEmpty()) QMessageBox::warning(this, tr("New tasklet"), err);
}

void TaskletPanel::removeSelected() {
    const QString name = selectedTasklet();
    if (name.isEmpty()) return;
    if (QMessageBox::question(
            this, tr("Remove tasklet"),
            tr("Remove tasklet %1? The simulation restarts from time 0 without it.").arg(name)) !=
        QMessageBox::Yes)
        return;
    const QString err = removeTasklet(name);
    if (!err.isEmpty()) QMessageBox::warning(this, tr("Remove tasklet"), err);
}

} // namespace tlui
