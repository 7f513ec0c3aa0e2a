// Check on start, --screenshot and --self-test.
#include "app/gui/launch_actions.h"

#include "app/course/diagnostic_text.h"
#include "app/gui/code_editor.h"
#include "app/gui/diagnostics_panel.h"
#include "app/gui/main_window.h"
#include "engine/diagnostics/file_report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QPixmap>
#include <QTextStream>

#include <cstdio>

namespace ownlings::gui {
namespace {

// A cold check parses the standard headers (about a second); leave room for slow machines.
constexpr int kTimeoutMs = 120'000;
// Lets the window settle (layout, scrolling, repaint) before it is grabbed.
constexpr int kSettleMs = 300;

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

LaunchActions::LaunchActions(MainWindow* window, LaunchOptions options, QObject* parent)
    : QObject(parent), m_window(window), m_options(std::move(options)) {
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        err() << "ownlings-gui: the check did not finish within " << kTimeoutMs / 1000 << " s" << Qt::endl;
        quit(3);
    });
    connect(m_window, &MainWindow::checkShown, this, &LaunchActions::onCheckShown);
}

void LaunchActions::start() {
    if (m_options.exitWhenShown) {
        m_window->editor()->viewport()->installEventFilter(this);
        return;
    }
    if (!m_options.checkOnStart && !m_options.unattended()) return;
    if (m_options.unattended()) m_timeout.start();
    QTimer::singleShot(0, m_window, &MainWindow::runCheck);
}

void LaunchActions::onCheckShown(const engine::FileReport& report) {
    // --exit-when-shown waits for the first paint only, even when a check is quicker.
    if (m_done || !m_options.unattended() || m_options.exitWhenShown) return;
    m_done = true;
    m_timeout.stop();
    // Show the first problem the way a click on it would, and what its rule
    // means, then let it paint.
    m_window->diagnosticsPanel()->selectEntry(0);
    if (!m_options.screenshotPath.isEmpty()) m_window->explainCurrentProblem();
    QTimer::singleShot(kSettleMs, this, [this, report] { finish(report); });
}

void LaunchActions::finish(const engine::FileReport& report) {
    int exitCode = 0;
    if (!m_options.screenshotPath.isEmpty() && !saveScreenshot()) exitCode = 2;
    if (m_options.selfTest) {
        QTextStream out(stdout);
        for (const engine::Diagnostic& finding : report.findings) out << course::summaryLine(finding) << Qt::endl;
        const bool found = report.status == engine::FileStatus::Checked && !report.findings.empty();
        out << "self-test: " << (found ? "passed" : "FAILED: the check showed no finding") << Qt::endl;
        if (!found && exitCode == 0) exitCode = 1;
    }
    quit(exitCode);
}

bool LaunchActions::saveScreenshot() const {
    const QString path = QFileInfo(m_options.screenshotPath).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (m_window->grab().save(path)) return true;
    err() << "ownlings-gui: could not write the screenshot to " << QDir::toNativeSeparators(path) << Qt::endl;
    return false;
}

bool LaunchActions::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        // Printed after this paint ends: the editor is on screen with its text.
        QTimer::singleShot(0, this, [this] {
            QTextStream(stdout) << "shown-at-ms: " << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
            quit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

void LaunchActions::quit(int exitCode) {
    // exit(), not quit(): quitting would close the window and ask about unsaved changes.
    QCoreApplication::exit(exitCode);
}

} // namespace ownlings::gui
