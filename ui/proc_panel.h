// The /proc panel: read /proc/jitasklet, jitasklethi or jitimer on a chosen CPU, watch the table fill
// line by line, copy the module's exact text, save the reads as CSV.
#pragma once

#include <engine/scenario.h>

#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace tlui {

class JitaskletTableModel;
class SimulationController;

class ProcPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProcPanel(SimulationController* controller, QWidget* parent = nullptr);

    JitaskletTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void setFile(tl::ProcFile f);
    void setCpu(int cpu);
    QString startRead();  // injects read_proc now; error text or empty
    QString text() const; // the shown read's exact text
    void copyText() const;
    QString saveCsv(const QString& path) const;

private:
    void onEngineReplaced();
    void refresh();
    void updateReadList();
    void saveCsvDialog();

    SimulationController* m_controller;
    JitaskletTableModel* m_model;
    QComboBox* m_file;
    QComboBox* m_cpu;
    QComboBox* m_reads;
    QTableView* m_table;
    QPlainTextEdit* m_text;
};

} // namespace tlui
