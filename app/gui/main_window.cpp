// The main window: menus, toolbar, status bar, and the wiring between editor, dock and checker.
#include "app/gui/main_window.h"

#include "app/gui/check_runner.h"
#include "app/gui/check_summary.h"
#include "app/gui/code_editor.h"
#include "app/gui/diagnostics_panel.h"
#include "app/gui/document_controller.h"
#include "app/gui/gui_app.h"
#include "app/gui/severity_style.h"
#include "engine/diagnostics/file_report.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

#include <algorithm>

namespace ownlings::gui {
namespace {

const QSize kDefaultSize(1200, 800);
constexpr int kPanelHeight = 150;

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

QIcon themedIcon(const char* name, QStyle::StandardPixmap fallback, const QWidget* widget) {
    return QIcon::fromTheme(QString::fromLatin1(name), widget->style()->standardIcon(fallback));
}

QAction* makeAction(const QString& text, const QKeySequence& shortcut, const QString& tip, QObject* parent) {
    auto* action = new QAction(text, parent);
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("\u2026")),
                                                      shortcut.toString(QKeySequence::NativeText)));
    return action;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_editor(new CodeEditor(this)), m_panel(new DiagnosticsPanel(this)),
      m_runner(new CheckRunner(this)), m_document(new DocumentController(m_editor, this)) {
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_editor);
    addDockWidget(Qt::BottomDockWidgetArea, m_panel);
    resizeDocks({m_panel}, {kPanelHeight}, Qt::Vertical);
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    connectParts();
    m_document->loadSample();
    resize(kDefaultSize);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    m_openAction = makeAction(tr("&Open\u2026"), QKeySequence::Open, tr("Open a C++ file"), this);
    m_openAction->setIcon(themedIcon("document-open", QStyle::SP_DialogOpenButton, this));
    m_saveAction = makeAction(tr("&Save"), QKeySequence::Save, tr("Save the file"), this);
    m_saveAction->setIcon(themedIcon("document-save", QStyle::SP_DialogSaveButton, this));
    m_saveAsAction = makeAction(tr("Save &As\u2026"), QKeySequence::SaveAs, tr("Save the file under a new name"), this);
    m_quitAction = makeAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), tr("Quit Ownlings"), this);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_checkAction = makeAction(tr("&Check"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                               tr("Check the file for ownership problems"), this);
    m_checkAction->setObjectName(QStringLiteral("checkAction"));
    m_checkAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_checkAction->setIcon(themedIcon("media-playback-start", QStyle::SP_MediaPlay, this));
    m_aboutAction = new QAction(tr("&About Ownlings"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu* check = menuBar()->addMenu(tr("&Check"));
    check->addAction(m_checkAction);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_panel->toggleViewAction());
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(m_checkAction);
}

void MainWindow::createStatusBar() {
    m_checkIcon = new QLabel(this);
    m_checkIcon->setObjectName(QStringLiteral("checkIcon"));
    m_checkStatus = new QLabel(this);
    m_checkStatus->setObjectName(QStringLiteral("checkStatus"));
    statusBar()->addWidget(m_checkIcon);
    m_cursorStatus = new QLabel(this);
    m_cursorStatus->setObjectName(QStringLiteral("cursorStatus"));
    statusBar()->addWidget(m_checkStatus, 1);
    statusBar()->addPermanentWidget(m_cursorStatus);
}

void MainWindow::connectParts() {
    connect(m_openAction, &QAction::triggered, m_document, &DocumentController::open);
    connect(m_saveAction, &QAction::triggered, m_document, &DocumentController::save);
    connect(m_saveAsAction, &QAction::triggered, m_document, &DocumentController::saveAs);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_checkAction, &QAction::triggered, this, &MainWindow::runCheck);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Ownlings"),
                           tr("<b>Ownlings %1</b><p>Learn Rust-style ownership, borrowing and lifetimes in C++.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    connect(m_runner, &CheckRunner::started, this, [this] { setCheckStatus(tr("Checking\u2026")); });
    connect(m_runner, &CheckRunner::finished, this, &MainWindow::showResult);
    connect(m_panel, &DiagnosticsPanel::spanActivated, m_editor, &CodeEditor::goTo);
    connect(m_document, &DocumentController::documentReplaced, this, &MainWindow::resetResults);
    // Warm Clang's preamble now, so the learner's first Check answers quickly.
    connect(m_document, &DocumentController::documentReplaced, this,
            [this] { m_runner->prepare(m_editor->text(), m_document->checkPath()); });
    connect(m_document, &DocumentController::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_editor, &QsciScintilla::modificationChanged, this, &QWidget::setWindowModified);
    connect(m_editor, &QsciScintilla::textChanged, this, [this] { m_panel->setStale(true); });
    connect(m_editor, &QsciScintilla::cursorPositionChanged, this, [this](int line, int index) {
        m_cursorStatus->setText(tr("Ln %1, Col %2").arg(line + 1).arg(index + 1));
    });
}

std::optional<QString> MainWindow::openFile(const QString& path) { return m_document->loadFile(path); }

void MainWindow::runCheck() {
    m_checkedDocument = m_document->generation();
    m_runner->check(m_editor->text(), m_document->checkPath());
}

void MainWindow::showResult(const CheckResult& result) {
    // Another file was loaded since: this result is about text that is gone.
    if (m_checkedDocument != m_document->generation()) return;
    // Edited while the check ran: its spans would land on the wrong text.
    if (result.source != m_editor->text()) {
        runCheck();
        return;
    }
    m_editor->setDiagnostics(inDocument(result.report));
    m_panel->showReport(result.report);
    setCheckStatus(checkSummary(result.report, result.elapsedMs), outcomeIcon(result.report));
    emit checkShown(result.report);
}

void MainWindow::resetResults() {
    m_editor->clearDiagnostics();
    m_panel->showMessage(tr("Press Ctrl+Return to check the file for ownership problems."));
    setCheckStatus(tr("Ready"));
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

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_document->confirmDiscard()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace ownlings::gui
