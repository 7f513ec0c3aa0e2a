// The main window: layout, check results on screen, settings (menus and wiring: main_window_wiring.cpp).
#include "app/gui/main_window.h"

#include "app/gui/check_runner.h"
#include "app/gui/check_summary.h"
#include "app/gui/code_editor.h"
#include "app/gui/diagnostics_panel.h"
#include "app/gui/document_controller.h"
#include "app/gui/explanation_dock.h"
#include "app/gui/file_sync.h"
#include "app/gui/find_bar.h"
#include "app/gui/gui_app.h"
#include "app/gui/live_checker.h"
#include "app/gui/severity_style.h"
#include "engine/diagnostics/file_report.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace ownlings::gui {
namespace {

const QSize kDefaultSize(1200, 800);
constexpr int kPanelHeight = 150;
constexpr int kExplanationWidth = 420;

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kThemeKey = QStringLiteral("view/theme");
const QString kZoomKey = QStringLiteral("editor/zoom");
const QString kLiveKey = QStringLiteral("check/asYouType");
const QString kLastFileKey = QStringLiteral("document/lastFile");

/// The diagnostics that point into the checked file, with labels elsewhere
/// (in headers, say) dropped: only those can be painted in the editor.
std::vector<engine::Diagnostic> inDocument(const engine::FileReport& report) {
    std::vector<engine::Diagnostic> result;
    auto keep = [&](const engine::Diagnostic& diagnostic) {
        if (!diagnostic.primary.valid() || diagnostic.primary.file != report.path) return;
        engine::Diagnostic copy = diagnostic;
        std::erase_if(copy.labels, [&](const engine::Label& label) { return label.span.file != report.path; });
        result.push_back(std::move(copy));
    };
    std::for_each(report.compilerErrors.begin(), report.compilerErrors.end(), keep);
    std::for_each(report.findings.begin(), report.findings.end(), keep);
    return result;
}

/// The badge for a finished check: the worst severity found, or a tick.
QIcon outcomeIcon(const engine::FileReport& report) {
    if (report.failed()) return severityIcon(engine::Severity::Error);
    const auto has = [&](engine::Severity severity) {
        return std::any_of(report.findings.begin(), report.findings.end(),
                           [&](const engine::Diagnostic& d) { return d.severity == severity; });
    };
    if (has(engine::Severity::Error)) return severityIcon(engine::Severity::Error);
    if (has(engine::Severity::Warning)) return severityIcon(engine::Severity::Warning);
    return report.findings.empty() ? cleanIcon() : severityIcon(engine::Severity::Note);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_editor(new CodeEditor(this)), m_findBar(new FindBar(m_editor, this)),
      m_panel(new DiagnosticsPanel(this)), m_explanation(new ExplanationDock(this)),
      m_document(new DocumentController(m_editor, this)),
      m_live(new LiveChecker([this] { return m_editor->text(); }, [this] { return m_document->checkPath(); }, this)),
      m_fileSync(new FileSync(m_editor, m_document, this)), m_actions(createWindowActions(this)) {
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(createCentralArea());
    addDockWidget(Qt::BottomDockWidgetArea, m_panel);
    addDockWidget(Qt::RightDockWidgetArea, m_explanation);
    resizeDocks({m_panel}, {kPanelHeight}, Qt::Vertical);
    resizeDocks({m_explanation}, {kExplanationWidth}, Qt::Horizontal);
    m_explanation->hide();
    createMenus();
    createToolBar();
    createStatusBar();
    connectFileParts();
    connectEditing();
    connectChecking();
    connectView();
    m_actions.lightTheme->setChecked(currentTheme() == Theme::Light);
    m_actions.darkTheme->setChecked(currentTheme() == Theme::Dark);
    m_document->loadSample();
    resize(kDefaultSize);
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::createCentralArea() {
    auto* area = new QWidget(this);
    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    return area;
}

void MainWindow::createStatusBar() {
    m_checkIcon = new QLabel(this);
    m_checkIcon->setObjectName(QStringLiteral("checkIcon"));
    m_checkStatus = new QLabel(this);
    m_checkStatus->setObjectName(QStringLiteral("checkStatus"));
    m_fileStatus = new QLabel(this);
    m_fileStatus->setObjectName(QStringLiteral("fileStatus"));
    m_cursorStatus = new QLabel(this);
    m_cursorStatus->setObjectName(QStringLiteral("cursorStatus"));
    statusBar()->addWidget(m_checkIcon);
    statusBar()->addWidget(m_checkStatus, 1);
    statusBar()->addPermanentWidget(m_fileStatus);
    statusBar()->addPermanentWidget(m_cursorStatus);
}

std::optional<QString> MainWindow::openFile(const QString& path) {
    if (!m_document->confirmDiscard()) return tr("The current file could not be saved, so %1 was not opened.")
                                                  .arg(QFileInfo(path).fileName());
    return m_document->loadFile(path);
}

void MainWindow::runCheck() { m_live->checkNow(); }

bool MainWindow::explainCurrentProblem() {
    std::optional<engine::RuleId> rule;
    if (const auto here = m_editor->diagnosticAtCursor(); here && here->rule) rule = here->rule;
    if (!rule) rule = m_panel->currentRule();
    if (!rule) rule = m_panel->firstRule();
    if (!rule) {
        setCheckStatus(tr("No ownership problem to explain here."));
        return false;
    }
    m_explanation->showRule(*rule);
    return true;
}

void MainWindow::showResult(const CheckResult& result) {
    m_editor->setDiagnostics(inDocument(result.report));
    m_panel->showReport(result.report);
    setCheckStatus(checkSummary(result.report, result.elapsedMs), outcomeIcon(result.report));
    emit checkShown(result.report);
}

void MainWindow::resetResults() {
    m_editor->clearDiagnostics();
    m_panel->showMessage(m_live->isEnabled() ? tr("Checking\u2026")
                                             : tr("Press Ctrl+Return to check the file for ownership problems."));
    setCheckStatus(tr("Ready"));
    m_fileStatus->clear();
    setWindowModified(false);
}

void MainWindow::setCheckStatus(const QString& text, const QIcon& icon) {
    m_checkStatus->setText(text);
    m_checkIcon->setPixmap(icon.pixmap(QSize(16, 16)));
    m_checkIcon->setVisible(!icon.isNull());
}

void MainWindow::updateTitle() {
    setWindowTitle(tr("%1[*] \u2014 Ownlings").arg(m_document->fileName()));
}

void MainWindow::setTheme(Theme theme) {
    applyApplicationTheme(theme); // the editor, lesson views and docks follow it
    (theme == Theme::Dark ? m_actions.darkTheme : m_actions.lightTheme)->setChecked(true);
}

void MainWindow::zoomBy(int steps) {
    if (steps == 0)
        m_editor->zoomTo(0);
    else if (steps > 0)
        m_editor->zoomIn(steps);
    else
        m_editor->zoomOut(-steps);
}

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    setTheme(themeFromName(settings.value(kThemeKey).toString()).value_or(currentTheme()));
    m_editor->zoomTo(settings.value(kZoomKey, 0).toInt());
    m_actions.checkAsYouType->setChecked(settings.value(kLiveKey, true).toBool());
    const QString last = settings.value(kLastFileKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(last) && m_document->filePath().isEmpty()) openFile(last);
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kThemeKey, themeName(currentTheme()));
    settings.setValue(kZoomKey, m_editor->zoomLevel());
    settings.setValue(kLiveKey, m_live->isEnabled());
    settings.setValue(kLastFileKey, m_document->filePath());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // A file on disk is written without asking (it is autosaved anyway); the
    // sample, which has no file, asks.
    if (!m_fileSync->saveNow() || !m_document->confirmDiscard()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace ownlings::gui
