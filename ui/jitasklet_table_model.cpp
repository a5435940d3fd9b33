// The live /proc/jitasklet table (see jitasklet_table_model.h).
#include "jitasklet_table_model.h"

#include <QFont>

namespace tlui {

JitaskletTableModel::JitaskletTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void JitaskletTableModel::reset() {
    beginResetModel();
    m_reads.clear();
    m_current = -1;
    m_consumed = 0;
    m_completed = 0;
    m_jitNames.clear();
    endResetModel();
    emit readsChanged();
}

bool JitaskletTableModel::isJitTasklet(const tl::Engine& engine, std::uint32_t nameId) {
    const auto it = m_jitNames.find(nameId);
    if (it != m_jitNames.end()) return it->second;
    bool builtin = false;
    const auto name = engine.log().str(nameId);
    for (const auto& t : engine.snapshot().tasklets)
        if (t.builtin && t.name == name) builtin = true;
    m_jitNames.emplace(nameId, builtin);
    return builtin;
}

void JitaskletTableModel::appendLine(int readIdx, const tl::JitLine& line) {
    Read& r = m_reads[static_cast<std::size_t>(readIdx)];
    if (readIdx == m_current)
        beginInsertRows({}, static_cast<int>(r.lines.size()), static_cast<int>(r.lines.size()));
    r.lines.push_back(line);
    if (readIdx == m_current) endInsertRows();
}

void JitaskletTableModel::sync(const tl::Engine& engine) {
    const tl::EventLog& log = engine.log();
    bool titles = false;
    for (; m_consumed < log.size(); ++m_consumed) {
        const tl::Event& e = log[m_consumed];
        if (e.type == tl::EventType::ProcRead && e.flags == 0) {
            // read() starts: jit.c writes the header and line 0 in the reader's context.
            Read r;
            const auto file = log.str(e.name);
            r.file = file == "jitasklethi" ? tl::ProcFile::Jitasklethi
                     : file == "jitimer"   ? tl::ProcFile::Jitimer
                                           : tl::ProcFile::Jitasklet;
            r.cpu = e.cpu;
            const auto& task = log.task(e.task);
            r.pid = task.pid;
            r.comm = QString::fromStdString(task.comm);
            r.started = e.time;
            // A 2.6 reader's later read() calls restart the experiment inside the same read.
            bool rerun = false;
            for (const Read& o : m_reads)
                if (!o.complete && o.cpu == r.cpu && o.pid == r.pid) rerun = true;
            if (rerun) continue;
            m_reads.push_back(std::move(r));
            titles = true;
            const int idx = static_cast<int>(m_reads.size()) - 1;
            if (m_followLatest || m_current < 0) setCurrentRead(idx);
            appendLine(idx, {log.jiffies_of(e), 0, 0, task.pid, e.cpu, task.comm});
            continue;
        }
        const bool tasklet = e.type == tl::EventType::TaskletEntry && isJitTasklet(engine, e.name);
        const bool timer = e.type == tl::EventType::TimerExpire;
        if (!tasklet && !timer) continue;
        // The module's callback: a line in the newest unfinished read of this CPU (at most 5 runs).
        for (int i = static_cast<int>(m_reads.size()) - 1; i >= 0; --i) {
            Read& r = m_reads[static_cast<std::size_t>(i)];
            if (r.complete || r.cpu != e.cpu || r.lines.size() >= 6) continue;
            if ((r.file == tl::ProcFile::Jitimer) != timer) continue;
            const auto& task = log.task(e.task);
            const std::uint64_t j = log.jiffies_of(e);
            const auto delta = static_cast<std::int64_t>(j) - static_cast<std::int64_t>(r.lines.back().time);
            appendLine(i, {j, delta, 1, task.pid, e.cpu, task.comm});
            break;
        }
    }
    // Completed reads: the engine's exact lines and text replace the live ones.
    const auto& done = engine.proc_reads();
    for (; m_completed < done.size(); ++m_completed) {
        const tl::ProcRead& pr = done[m_completed];
        int idx = -1;
        for (std::size_t i = 0; i < m_reads.size(); ++i) {
            const Read& r = m_reads[i];
            if (!r.complete && r.cpu == pr.cpu && r.pid == pr.reader_pid && r.started == pr.started) {
                idx = static_cast<int>(i);
                break;
            }
        }
        if (idx < 0) {
            Read r;
            r.file = pr.file;
            r.cpu = pr.cpu;
            r.pid = pr.reader_pid;
            r.comm = QString::fromStdString(pr.reader_comm);
            r.started = pr.started;
            m_reads.push_back(std::move(r));
            idx = static_cast<int>(m_reads.size()) - 1;
        }
        Read& r = m_reads[static_cast<std::size_t>(idx)];
        const bool shown = idx == m_current;
        if (shown) beginResetModel();
        r.lines = pr.lines;
        r.complete = true;
        r.index = pr.index;
        r.text = pr.text;
        if (shown) endResetModel();
        titles = true;
    }
    if (titles) emit readsChanged();
}

void JitaskletTableModel::setCurrentRead(int i) {
    if (i == m_current) return;
    beginResetModel();
    m_current = i;
    endResetModel();
}

QString JitaskletTableModel::currentText() const {
    if (m_current < 0) return {};
    const Read& r = read(m_current);
    if (r.complete && !r.text.empty()) return QString::fromStdString(r.text);
    std::string s = tl::kJitHeader;
    for (const auto& l : r.lines)
        s += tl::format_jit_line(l);
    return QString::fromStdString(s);
}

QString JitaskletTableModel::readTitle(int i) const {
    const Read& r = read(i);
    const QString file = QStringLiteral("/proc/") + QString::fromLatin1(tl::proc_file_name(r.file));
    const QString state = r.complete ? tr("done") : tr("in progress");
    return tr("%1 on CPU%2 by %3 (pid %4), %5").arg(file).arg(r.cpu).arg(r.comm).arg(r.pid).arg(state);
}

int JitaskletTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || m_current < 0) return 0;
    return static_cast<int>(read(m_current).lines.size());
}

int JitaskletTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JitaskletTableModel::data(const QModelIndex& index, int role) const {
    if (m_current < 0 || index.row() < 0 || index.row() >= rowCount()) return {};
    const tl::JitLine& l = read(m_current).lines[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QVariant::fromValue<qulonglong>(l.time);
        case Delta:
            return QVariant::fromValue<qlonglong>(l.delta);
        case Inirq:
            return l.inirq;
        case Pid:
            return l.pid;
        case Cpu:
            return l.cpu;
        case Command:
            return QString::fromStdString(l.command);
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole) {
        return int((index.column() == Command ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    } else if (role == Qt::FontRole) {
        QFont f(QStringLiteral("monospace"));
        f.setStyleHint(QFont::Monospace);
        return f;
    }
    return {};
}

QVariant JitaskletTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Vertical) return section;
    // jit.c's header words: not translated, they are the module's output.
    static const char* const kHeads[] = {"time", "delta", "inirq", "pid", "cpu", "command"};
    if (section >= 0 && section < ColumnCount) return QString::fromLatin1(kHeads[section]);
    return {};
}

} // namespace tlui
