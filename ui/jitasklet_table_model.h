// The live /proc/jitasklet (jitasklethi, jitimer) table: the six columns of jit.c, filled line by line
// from the event log while the module's tasklet (or timer) runs, then replaced by the exact lines the
// engine returned to the reader when the read completes.
#pragma once

#include <engine/engine.h>

#include <QAbstractTableModel>

#include <string>
#include <unordered_map>
#include <vector>

namespace tlui {

class JitaskletTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Delta, Inirq, Pid, Cpu, Command, ColumnCount };

    struct Read {
        tl::ProcFile file = tl::ProcFile::Jitasklet;
        int cpu = 0;
        int pid = 0;
        QString comm;
        tl::Nanos started = 0;
        std::vector<tl::JitLine> lines;
        bool complete = false;
        int index = 0;    // 1-based completion index (ProcRead::index) once complete
        std::string text; // what the reader received (complete reads)
    };

    explicit JitaskletTableModel(QObject* parent = nullptr);

    void reset();
    void sync(const tl::Engine& engine); // incremental: consumes new events and completed reads

    int readCount() const { return static_cast<int>(m_reads.size()); }
    const Read& read(int i) const { return m_reads[static_cast<std::size_t>(i)]; }
    int currentRead() const { return m_current; }
    void setCurrentRead(int i);
    bool followsLatest() const { return m_followLatest; }
    void setFollowLatest(bool on) { m_followLatest = on; }
    // The module's exact text for the shown read: `cat`'s output once complete, else header + lines.
    QString currentText() const;
    QString readTitle(int i) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void readsChanged(); // a read was added or completed (titles changed)

private:
    bool isJitTasklet(const tl::Engine& engine, std::uint32_t nameId);
    void appendLine(int readIdx, const tl::JitLine& line);

    std::vector<Read> m_reads;
    int m_current = -1;
    bool m_followLatest = true;
    std::size_t m_consumed = 0;
    std::size_t m_completed = 0;
    std::unordered_map<std::uint32_t, bool> m_jitNames;
};

} // namespace tlui
