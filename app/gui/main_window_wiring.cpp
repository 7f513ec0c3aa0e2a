// The main window's menus, toolbar and the connections between its parts.
#include "app/gui/main_window.h"

#include "app/gui/check_runner.h"
#include "app/gui/code_editor.h"
#include "app/gui/diagnostics_panel.h"
#include "app/gui/document_controller.h"
#include "app/gui/explanation_dock.h"
#include "app/gui/file_sync.h"
#include "app/gui/find_bar.h"
#include "app/gui/live_checker.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>

namespace ownlings::gui {

void MainWindow::createMenus() {
    const WindowActions& a = m_actions;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addActions({a.open, a.save, a.saveAs});
    file->addSeparator();
    file->addAction(a.quit);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({a.undo, a.redo});
    edit->addSeparator();
    edit->addActions({a.cut, a.copy, a.paste, a.selectAll});
    edit->addSeparator();
    edit->addActions({a.find, a.replace, a.findNext, a.findPrevious});
    QMenu* check = menuBar()->addMenu(tr("&Check"));
    check->addActions({a.check, a.checkAsYouType});
    check->addSeparator();
    check->addAction(a.explain);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions({a.lightTheme, a.darkTheme});
    view->addSeparator();
    view->addActions({a.zoomIn, a.zoomOut, a.zoomReset});
    view->addSeparator();
    view->addActions({m_panel->toggleViewAction(), m_explanation->toggleViewAction()});
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.about);
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({m_actions.open, m_actions.save});
    bar->addSeparator();
    bar->addActions({m_actions.check, m_actions.explain});
}

void MainWindow::connectFileParts() {
    connect(m_actions.open, &QAction::triggered, m_document, &DocumentController::open);
    connect(m_actions.save, &QAction::triggered, m_document, &DocumentController::save);
    connect(m_actions.saveAs, &QAction::triggered, m_document, &DocumentController::saveAs);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_document, &DocumentController::documentReplaced, this, &MainWindow::resetResults);
    connect(m_document, &DocumentController::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_fileSync, &FileSync::saved, this, [this] { m_fileStatus->setText(tr("Saved")); });
    connect(m_fileSync, &FileSync::reloaded, this, [this] { m_fileStatus->setText(tr("Reloaded from disk")); });
    connect(m_fileSync, &FileSync::saveFailed, this, [this](const QString& message) {
        m_fileStatus->setText(tr("<span style='color:#d32f2f'>Not saved</span>"));
        m_fileStatus->setToolTip(message);
    });
}

void MainWindow::connectEditing() {
    connect(m_actions.undo, &QAction::triggered, m_editor, &QsciScintilla::undo);
    connect(m_actions.redo, &QAction::triggered, m_editor, &QsciScintilla::redo);
    connect(m_actions.cut, &QAction::triggered, m_editor, &QsciScintilla::cut);
    connect(m_actions.copy, &QAction::triggered, m_editor, &QsciScintilla::copy);
    connect(m_actions.paste, &QAction::triggered, m_editor, &QsciScintilla::paste);
    connect(m_actions.selectAll, &QAction::triggered, m_editor, [this] { m_editor->selectAll(); });
    connect(m_actions.find, &QAction::triggered, m_findBar, &FindBar::showFind);
    connect(m_actions.replace, &QAction::triggered, m_findBar, &FindBar::showReplace);
    connect(m_actions.findNext, &QAction::triggered, m_findBar, [this] {
        if (m_findBar->findText().isEmpty()) m_findBar->showFind();
        else m_findBar->findNext();
    });
    connect(m_actions.findPrevious, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    connect(m_editor, &QsciScintilla::modificationChanged, this, &QWidget::setWindowModified);
    connect(m_editor, &QsciScintilla::cursorPositionChanged, this, [this](int line, int index) {
        m_cursorStatus->setText(tr("Ln %1, Col %2").arg(line + 1).arg(index + 1));
    });
}

void MainWindow::connectChecking() {
    connect(m_actions.check, &QAction::triggered, this, &MainWindow::runCheck);
    connect(m_actions.checkAsYouType, &QAction::toggled, m_live, &LiveChecker::setEnabled);
    connect(m_actions.explain, &QAction::triggered, this, &MainWindow::explainCurrentProblem);
    connect(m_live->runner(), &CheckRunner::started, this, [this] { setCheckStatus(tr("Checking\u2026")); });
    connect(m_live, &LiveChecker::resultReady, this, &MainWindow::showResult);
    connect(m_document, &DocumentController::documentReplaced, m_live, &LiveChecker::documentReplaced);
    connect(m_editor, &QsciScintilla::textChanged, m_live, &LiveChecker::textEdited);
    // Checking as you type, fresh results follow within a moment: no need to say they are old.
    connect(m_editor, &QsciScintilla::textChanged, this, [this] { m_panel->setStale(!m_live->isEnabled()); });
    connect(m_panel, &DiagnosticsPanel::spanActivated, m_editor, &CodeEditor::goTo);
    connect(m_panel, &DiagnosticsPanel::explainRequested, m_explanation, &ExplanationDock::showRule);
    connect(m_editor, &CodeEditor::explainRequested, m_explanation, &ExplanationDock::showRule);
}

void MainWindow::connectView() {
    connect(m_actions.lightTheme, &QAction::triggered, this, [this] { setTheme(Theme::Light); });
    connect(m_actions.darkTheme, &QAction::triggered, this, [this] { setTheme(Theme::Dark); });
    connect(m_actions.zoomIn, &QAction::triggered, this, [this] { zoomBy(1); });
    connect(m_actions.zoomOut, &QAction::triggered, this, [this] { zoomBy(-1); });
    connect(m_actions.zoomReset, &QAction::triggered, this, [this] { zoomBy(0); });
    connect(m_actions.about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Ownlings"),
                           tr("<b>Ownlings %1</b><p>Learn Rust-style ownership, borrowing and lifetimes in C++.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

} // namespace ownlings::gui
