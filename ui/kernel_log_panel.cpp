// The dmesg-like kernel log (see kernel_log_panel.h).
#include "kernel_log_panel.h"

#include "simulation_controller.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tlui {

KernelLogPanel::KernelLogPanel(SimulationController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("kernelLog"));
    m_view->setReadOnly(true);
    // Only the family is set (QFont's resolve mask): the size still comes from the application font,
    // which presenter mode enlarges.
    QFont mono;
    mono.setFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    mono.setStyleHint(QFont::Monospace);
    m_view->setFont(mono);
    m_view->setMaximumBlockCount(20000);
    m_view->setPlaceholderText(tr("$ dmesg (no kernel messages yet)"));
    layout->addWidget(m_view);
    connect(controller, &SimulationController::engineReplaced, this, [this] {
        m_view->clear();
        m_shown = 0;
    });
    connect(controller, &SimulationController::advanced, this, &KernelLogPanel::refresh);
    connect(controller, &SimulationController::finished, this, &KernelLogPanel::onFinished);
}

QString KernelLogPanel::text() const {
    return m_view->toPlainText();
}

void KernelLogPanel::refresh() {
    const tl::Engine* e = m_controller->engine();
    if (!e) return;
    const auto& msgs = e->kernel_messages();
    for (; m_shown < msgs.size(); ++m_shown)
        m_view->appendPlainText(QString::fromStdString(msgs[m_shown].dmesg_line()));
}

void KernelLogPanel::onFinished() {
    const tl::Engine* e = m_controller->engine();
    if (!e) return;
    refresh();
    for (const auto& line : e->unfinished_report())
        m_view->appendPlainText(QString::fromStdString(line));
    if (e->panicked()) m_view->appendPlainText(tr("The simulated machine stopped on a fatal kernel error."));
}

} // namespace tlui
