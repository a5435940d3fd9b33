// The /proc panel (see proc_panel.h).
#include "proc_panel.h"

#include "jitasklet_table_model.h"
#include "scenario_files.h"
#include "simulation_controller.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tlui {

ProcPanel::ProcPanel(SimulationController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new JitaskletTableModel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* row = new QHBoxLayout;
    m_file = new QComboBox(this);
    m_file->setObjectName(QStringLiteral("procFile"));
    for (tl::ProcFile f : {tl::ProcFile::Jitasklet, tl::ProcFile::Jitasklethi, tl::ProcFile::Jitimer})
        m_file->addItem(QStringLiteral("/proc/") + QString::fromLatin1(tl::proc_file_name(f)),
                        static_cast<int>(f));
    m_cpu = new QComboBox(this);
    m_cpu->setObjectName(QStringLiteral("procCpu"));
    auto* read = new QPushButton(tr("Read"), this);
    read->setObjectName(QStringLiteral("btn_read_proc"));
    read->setToolTip(tr("cat the file now on the chosen CPU (the reader is a new task \"cat\")"));
    connect(read, &QPushButton::clicked, this, [this] { startRead(); });
    row->addWidget(m_file);
    row->addWidget(new QLabel(tr("on"), this));
    row->addWidget(m_cpu);
    row->addWidget(read);
    row->addStretch(1);
    layout->addLayout(row);

    m_reads = new QComboBox(this);
    m_reads->setObjectName(QStringLiteral("procReads"));
    connect(m_reads, qOverload<int>(&QComboBox::activated), this, [this](int i) {
        m_model->setFollowLatest(i == m_reads->count() - 1);
        m_model->setCurrentRead(i);
        refresh();
    });
    layout->addWidget(m_reads);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("jitaskletTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // The table and the module's text side by side: both show all six lines in a short dock.
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    layout->addWidget(split, 1);

    m_text = new QPlainTextEdit(split);
    m_text->setObjectName(QStringLiteral("procText"));
    m_text->setReadOnly(true);
    // Only the family is set (QFont's resolve mask): the size still comes from the application font,
    // which presenter mode enlarges.
    QFont mono;
    mono.setFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    mono.setStyleHint(QFont::Monospace);
    m_text->setFont(mono);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlaceholderText(tr("$ cat /proc/jitasklet"));
    split->addWidget(m_text);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* buttons = new QHBoxLayout;
    auto* copy = new QPushButton(tr("Copy as text"), this);
    copy->setObjectName(QStringLiteral("btn_copy_proc"));
    connect(copy, &QPushButton::clicked, this, &ProcPanel::copyText);
    auto* save = new QPushButton(tr("Save as CSV…"), this);
    save->setObjectName(QStringLiteral("btn_save_proc_csv"));
    connect(save, &QPushButton::clicked, this, &ProcPanel::saveCsvDialog);
    buttons->addWidget(copy);
    buttons->addWidget(save);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_model, &JitaskletTableModel::readsChanged, this, &ProcPanel::updateReadList);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_table, [this] { m_table->scrollToBottom(); });
    connect(m_model, &QAbstractItemModel::modelReset, m_table,
            [this] { m_table->resizeColumnsToContents(); });
    connect(controller, &SimulationController::engineReplaced, this, &ProcPanel::onEngineReplaced);
    connect(controller, &SimulationController::advanced, this, &ProcPanel::refresh);
    onEngineReplaced();
}

void ProcPanel::onEngineReplaced() {
    const int old = m_cpu->currentIndex();
    m_cpu->clear();
    const int cpus = m_controller->engine() ? m_controller->engine()->scenario().cpus : 1;
    for (int c = 0; c < cpus; ++c)
        m_cpu->addItem(tr("CPU%1").arg(c), c);
    m_cpu->setCurrentIndex(std::clamp(old, 0, cpus - 1));
    m_model->reset();
    m_model->setFollowLatest(true);
    refresh();
}

void ProcPanel::refresh() {
    if (!m_controller->engine()) return;
    m_model->sync(*m_controller->engine());
    const QString t = text();
    if (t != m_text->toPlainText()) m_text->setPlainText(t);
}

void ProcPanel::updateReadList() {
    m_reads->clear();
    for (int i = 0; i < m_model->readCount(); ++i)
        m_reads->addItem(m_model->readTitle(i));
    m_reads->setCurrentIndex(m_model->currentRead());
}

void ProcPanel::setFile(tl::ProcFile f) {
    m_file->setCurrentIndex(m_file->findData(static_cast<int>(f)));
}

void ProcPanel::setCpu(int cpu) {
    m_cpu->setCurrentIndex(m_cpu->findData(cpu));
}

QString ProcPanel::startRead() {
    tl::ActionSpec a;
    a.op = tl::Op::ReadProc;
    a.cpu = m_cpu->currentData().toInt();
    a.file = static_cast<tl::ProcFile>(m_file->currentData().toInt());
    m_model->setFollowLatest(true);
    const QString err = m_controller->inject(a);
    if (err.isEmpty()) m_controller->flushUpdates();
    return err;
}

QString ProcPanel::text() const {
    return m_model->currentText();
}

void ProcPanel::copyText() const {
    QApplication::clipboard()->setText(text());
}

QString ProcPanel::saveCsv(const QString& path) const {
    if (!m_controller->engine()) return tr("No scenario is loaded.");
    return saveJitaskletCsv(m_controller->engine()->proc_reads(), path);
}

void ProcPanel::saveCsvDialog() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save /proc reads as CSV"), QStringLiteral("jitasklet.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    const QString err = saveCsv(path);
    if (!err.isEmpty()) QMessageBox::warning(this, tr("Save as CSV"), err);
}

} // namespace tlui
