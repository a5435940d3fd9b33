// The Machine dialog (see machine_dialog.h).
#include "machine_dialog.h"

#include <engine/profile.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace tlui {

MachineDialog::MachineDialog(const tl::Scenario& scenario, QWidget* parent)
    : QDialog(parent)
    , m_scenario(scenario) {
    setWindowTitle(tr("Machine"));
    auto* form = new QFormLayout(this);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("machineProfile"));
    for (const auto& p : tl::all_profiles()) {
        const QString name = QString::fromUtf8(p.name.data(), static_cast<qsizetype>(p.name.size()));
        m_profile->addItem(name, name);
        m_profile->setItemData(m_profile->count() - 1,
                               QString::fromUtf8(p.summary.data(), static_cast<qsizetype>(p.summary.size())),
                               Qt::ToolTipRole);
    }
    setProfile(QString::fromStdString(scenario.profile));
    m_cpus = new QSpinBox(this);
    m_cpus->setObjectName(QStringLiteral("machineCpus"));
    m_cpus->setRange(1, 64);
    m_cpus->setValue(scenario.cpus);
    m_hz = new QComboBox(this);
    m_hz->setObjectName(QStringLiteral("machineHz"));
    m_hz->addItem(tr("profile default"), 0);
    for (int hz : {100, 250, 300, 1000})
        m_hz->addItem(QString::number(hz), hz);
    setHz(scenario.hz);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1'000'000'000);
    m_seed->setValue(static_cast<int>(scenario.seed % 1'000'000'000ULL));
    m_duration = new QDoubleSpinBox(this);
    m_duration->setRange(0.001, 3'600'000);
    m_duration->setDecimals(3);
    m_duration->setSuffix(tr(" ms"));
    m_duration->setValue(static_cast<double>(scenario.duration) / 1e6);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    form->addRow(tr("Kernel profile"), m_profile);
    form->addRow(QString(), m_summary);
    form->addRow(tr("CPUs"), m_cpus);
    form->addRow(tr("HZ"), m_hz);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Duration"), m_duration);
    auto* note = new QLabel(tr("Applying restarts the simulation from time 0."), this);
    form->addRow(note);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &MachineDialog::updateSummary);
    updateSummary();
}

void MachineDialog::setProfile(const QString& name) {
    const int i = m_profile->findData(name);
    if (i >= 0) m_profile->setCurrentIndex(i);
}

void MachineDialog::setCpus(int cpus) {
    m_cpus->setValue(cpus);
}

void MachineDialog::setHz(int hz) {
    const int i = m_hz->findData(hz);
    m_hz->setCurrentIndex(i >= 0 ? i : 0);
}

void MachineDialog::updateSummary() {
    const tl::Profile* p = tl::find_profile(m_profile->currentData().toString().toStdString());
    if (!p) return;
    m_summary->setText(
        tr("%1 (default HZ %2, ksoftirqd nice %3)")
            .arg(QString::fromUtf8(p->summary.data(), static_cast<qsizetype>(p->summary.size())))
            .arg(p->default_hz)
            .arg(p->ksoftirqd_nice));
}

tl::Scenario MachineDialog::result() const {
    tl::Scenario s = m_scenario;
    s.profile = m_profile->currentData().toString().toStdString();
    s.cpus = m_cpus->value();
    s.hz = m_hz->currentData().toInt();
    s.seed = static_cast<std::uint64_t>(m_seed->value());
    s.duration = static_cast<tl::Nanos>(m_duration->value() * 1e6);
    // Things pinned to CPUs that no longer exist move to the last CPU.
    const int last = s.cpus - 1;
    for (auto& t : s.tasks)
        t.cpu = std::min(t.cpu, last);
    for (auto& i : s.irqs)
        i.cpu = std::min(i.cpu, last);
    for (auto& a : s.actions)
        a.cpu = std::min(a.cpu, last);
    if (s.ksoftirqd_pids.size() > static_cast<std::size_t>(s.cpus) || s.profile != m_scenario.profile)
        s.ksoftirqd_pids.clear();
    if (s.cpus > 1) s.smp = true;
    return s;
}

} // namespace tlui
