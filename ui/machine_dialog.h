// The Machine dialog: kernel profile, CPU count, HZ, seed and duration of the simulated machine.
#pragma once

#include <engine/scenario.h>

#include <QDialog>

class QComboBox;
class QSpinBox;
class QDoubleSpinBox;
class QLabel;

namespace tlui {

class MachineDialog : public QDialog {
    Q_OBJECT
public:
    explicit MachineDialog(const tl::Scenario& scenario, QWidget* parent = nullptr);
    // The scenario with the dialog's values applied.
    tl::Scenario result() const;

    void setProfile(const QString& name);
    void setCpus(int cpus);
    void setHz(int hz); // 0: the profile's default

private:
    void updateSummary();

    tl::Scenario m_scenario;
    QComboBox* m_profile;
    QSpinBox* m_cpus;
    QComboBox* m_hz;
    QSpinBox* m_seed;
    QDoubleSpinBox* m_duration;
    QLabel* m_summary;
};

} // namespace tlui
