// IRQs and load (see irq_panel.h).
#include "irq_panel.h"

#include "display_format.h"
#include "simulation_controller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tlui {

IrqPanel::IrqPanel(SimulationController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* irqBox = new QGroupBox(tr("Hard IRQs"), this);
    auto* il = new QVBoxLayout(irqBox);
    auto* fireRow = new QHBoxLayout;
    m_irq = new QComboBox(irqBox);
    m_irq->setObjectName(QStringLiteral("irqSource"));
    m_cpu = new QComboBox(irqBox);
    m_cpu->setObjectName(QStringLiteral("irqCpu"));
    auto* fire = new QPushButton(tr("Fire now"), irqBox);
    fire->setObjectName(QStringLiteral("btn_fire_irq"));
    connect(fire, &QPushButton::clicked, this,
            [this] { fireIrq(m_irq->currentText(), m_cpu->currentData().toInt()); });
    fireRow->addWidget(m_irq, 1);
    fireRow->addWidget(new QLabel(tr("on"), irqBox));
    fireRow->addWidget(m_cpu);
    fireRow->addWidget(fire);
    il->addLayout(fireRow);
    auto* srcRow = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add source…"), irqBox);
    add->setObjectName(QStringLiteral("btn_add_irq"));
    connect(add, &QPushButton::clicked, this, &IrqPanel::addSource);
    auto* edit = new QPushButton(tr("Edit source…"), irqBox);
    edit->setObjectName(QStringLiteral("btn_edit_irq"));
    edit->setToolTip(tr("Change the selected source (restarts the simulation)"));
    connect(edit, &QPushButton::clicked, this, &IrqPanel::editSource);
    srcRow->addWidget(add);
    srcRow->addWidget(edit);
    srcRow->addStretch(1);
    il->addLayout(srcRow);
    layout->addWidget(irqBox);

    auto* taskBox = new QGroupBox(tr("Tasks (load)"), this);
    auto* tl_ = new QVBoxLayout(taskBox);
    m_tasks = new QTreeWidget(taskBox);
    m_tasks->setObjectName(QStringLiteral("taskList"));
    m_tasks->setRootIsDecorated(false);
    m_tasks->setHeaderLabels({tr("pid"), tr("comm"), tr("CPU"), tr("nice"), tr("state"), tr("waiting for")});
    tl_->addWidget(m_tasks);
    auto* tb = new QHBoxLayout;
    auto* wake = new QPushButton(tr("Wake (busy)"), taskBox);
    wake->setObjectName(QStringLiteral("btn_task_wake"));
    connect(wake, &QPushButton::clicked, this, [this] { toggleSelectedTask(true); });
    auto* sleep = new QPushButton(tr("Sleep"), taskBox);
    sleep->setObjectName(QStringLiteral("btn_task_sleep"));
    connect(sleep, &QPushButton::clicked, this, [this] { toggleSelectedTask(false); });
    tb->addWidget(wake);
    tb->addWidget(sleep);
    tb->addStretch(1);
    tl_->addLayout(tb);
    layout->addWidget(taskBox, 1);

    connect(controller, &SimulationController::engineReplaced, this, &IrqPanel::onEngineReplaced);
    connect(controller, &SimulationController::advanced, this, &IrqPanel::refresh);
    onEngineReplaced();
}

void IrqPanel::onEngineReplaced() {
    m_cpu->clear();
    m_irq->clear();
    const tl::Engine* e = m_controller->engine();
    if (!e) return;
    for (int c = 0; c < e->scenario().cpus; ++c)
        m_cpu->addItem(tr("CPU%1").arg(c), c);
    m_tasks->clear();
    refresh();
}

void IrqPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void IrqPanel::refresh() {
    const tl::Engine* e = m_controller->engine();
    if (!e || !isVisible()) return; // a hidden (tabbed away) panel catches up when shown
    const auto& irqs = e->scenario().irqs;
    if (m_irq->count() != static_cast<int>(irqs.size())) {
        const QString cur = m_irq->currentText();
        m_irq->clear();
        for (const auto& i : irqs)
            m_irq->addItem(QString::fromStdString(i.name));
        if (const int k = m_irq->findText(cur); k >= 0) m_irq->setCurrentIndex(k);
    }
    const tl::MachineState& st = m_controller->snapshot();
    const bool resize = m_tasks->topLevelItemCount() != static_cast<int>(st.tasks.size());
    while (m_tasks->topLevelItemCount() > static_cast<int>(st.tasks.size()))
        delete m_tasks->takeTopLevelItem(0);
    for (std::size_t i = 0; i < st.tasks.size(); ++i) {
        const auto& t = st.tasks[i];
        QTreeWidgetItem* it = m_tasks->topLevelItem(static_cast<int>(i));
        if (!it) it = new QTreeWidgetItem(m_tasks);
        const QStringList cols{QString::number(t.pid), QString::fromStdString(t.comm),
                               QString::number(t.cpu), QString::number(t.nice),
                               taskStateName(t.state), QString::fromStdString(t.waiting_for)};
        for (int c = 0; c < cols.size(); ++c)
            if (it->text(c) != cols[c]) it->setText(c, cols[c]);
        it->setData(0, Qt::UserRole, t.pid);
    }
    if (resize)
        for (int c = 0; c < m_tasks->columnCount(); ++c)
            m_tasks->resizeColumnToContents(c);
}

QString IrqPanel::fireIrq(const QString& name, int cpu) {
    tl::ActionSpec a;
    a.op = tl::Op::Irq;
    a.irq = name.toStdString();
    a.cpu = cpu;
    return m_controller->inject(a);
}

QString IrqPanel::setTaskRunning(int pid, bool running) {
    const tl::Engine* e = m_controller->engine();
    if (!e) return tr("No scenario is loaded.");
    tl::ActionSpec a;
    a.op = running ? tl::Op::TaskWake : tl::Op::TaskSleep;
    a.pid = pid;
    for (const auto& t : m_controller->snapshot().tasks)
        if (t.pid == pid) a.cpu = t.cpu;
    return m_controller->inject(a);
}

void IrqPanel::toggleSelectedTask(bool running) {
    const QTreeWidgetItem* it = m_tasks->currentItem();
    if (!it) return;
    setTaskRunning(it->data(0, Qt::UserRole).toInt(), running);
}

std::optional<tl::IrqSpec> IrqPanel::editIrqDialog(QWidget* parent, const tl::IrqSpec& initial, int cpus) {
    QDialog dlg(parent);
    dlg.setWindowTitle(tr("IRQ source"));
    auto* form = new QFormLayout(&dlg);
    auto* name = new QLineEdit(QString::fromStdString(initial.name), &dlg);
    auto* number = new QSpinBox(&dlg);
    number->setRange(0, 1023);
    number->setValue(initial.irq);
    auto* cpu = new QSpinBox(&dlg);
    cpu->setRange(0, std::max(0, cpus - 1));
    cpu->setValue(initial.cpu);
    auto us = [&dlg](double v, double max) {
        auto* s = new QDoubleSpinBox(&dlg);
        s->setRange(0, max);
        s->setDecimals(3);
        s->setSuffix(IrqPanel::tr(" us"));
        s->setValue(v);
        return s;
    };
    auto* handler = us(static_cast<double>(initial.handler) / 1e3, 1e6);
    QStringList sched;
    for (const auto& s : initial.schedule)
        sched << QString::fromStdString(s);
    auto* schedule = new QLineEdit(sched.join(QStringLiteral(", ")), &dlg);
    schedule->setPlaceholderText(tr("tasklets, comma-separated"));
    auto* hi = new QCheckBox(tr("tasklet_hi_schedule"), &dlg);
    hi->setChecked(initial.hi);
    auto* every = us(initial.every ? static_cast<double>(*initial.every) / 1e3 : 0, 1e9);
    every->setSpecialValueText(tr("not periodic"));
    auto* from = us(static_cast<double>(initial.from) / 1e3, 1e9);
    auto* until = us(initial.until ? static_cast<double>(*initial.until) / 1e3 : 0, 1e9);
    until->setSpecialValueText(tr("end of run"));
    auto* rate = new QDoubleSpinBox(&dlg);
    rate->setRange(0, 1e6);
    rate->setSuffix(tr(" Hz"));
    rate->setValue(initial.rate_hz);
    form->addRow(tr("Name"), name);
    form->addRow(tr("IRQ number"), number);
    form->addRow(tr("CPU"), cpu);
    form->addRow(tr("Handler runs"), handler);
    form->addRow(tr("Schedules"), schedule);
    form->addRow(QString(), hi);
    form->addRow(tr("Every"), every);
    form->addRow(tr("From"), from);
    form->addRow(tr("Until"), until);
    form->addRow(tr("Random rate (Poisson)"), rate);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    form->addRow(box);
    QObject::connect(box, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    if (dlg.exec() != QDialog::Accepted) return std::nullopt;
    tl::IrqSpec s = initial;
    s.name = name->text().trimmed().toStdString();
    s.irq = number->value();
    s.cpu = cpu->value();
    s.handler = static_cast<tl::Nanos>(handler->value() * 1e3);
    s.schedule.clear();
    for (const QString& t : schedule->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty()) s.schedule.push_back(t.trimmed().toStdString());
    s.hi = hi->isChecked();
    s.every = every->value() > 0 ? std::optional<tl::Nanos>(static_cast<tl::Nanos>(every->value() * 1e3))
                                 : std::nullopt;
    s.from = static_cast<tl::Nanos>(from->value() * 1e3);
    s.until = until->value() > 0 ? std::optional<tl::Nanos>(static_cast<tl::Nanos>(until->value() * 1e3))
                                 : std::nullopt;
    s.rate_hz = rate->value();
    return s;
}

void IrqPanel::addSource() {
    const tl::Engine* e = m_controller->engine();
    if (!e) return;
    tl::IrqSpec init;
    init.name = "irq" + std::to_string(e->scenario().irqs.size() + 1);
    init.irq = 20 + static_cast<int>(e->scenario().irqs.size());
    init.handler = 5 * tl::kNsPerUs;
    const auto spec = editIrqDialog(this, init, e->scenario().cpus);
    if (!spec) return;
    const QString err = m_controller->addIrqSource(*spec);
    if (!err.isEmpty()) QMessageBox::warning(this, tr("Add IRQ source"), err);
}

void IrqPanel::editSource() {
    const tl::Engine* e = m_controller->engine();
    if (!e) return;
    tl::Scenario s = e->scenario();
    const std::string name = m_irq->currentText().toStdString();
    auto it =
        std::find_if(s.irqs.begin(), s.irqs.end(), [&](const tl::IrqSpec& i) { return i.name == name; });
    if (it == s.irqs.end()) return;
    const auto spec = editIrqDialog(this, *it, s.cpus);
    if (!spec) return;
    *it = *spec;
    const QString err = m_controller->rebuild(s, false);
    if (!err.isEmpty()) QMessageBox::warning(this, tr("Edit IRQ source"), err);
}

} // namespace tlui
