#pragma once
// MainWindow: wires the editor, find bar, Problems and Explanation docks, the live checker and the file parts together.

#include "app/gui/theme.h"
#include "app/gui/window_actions.h"
#include "engine/rules.h"

#include <QMainWindow>

#include <optional>

class QLabel;

namespace ownlings::engine {
struct FileReport;
}

namespace ownlings::gui {

class CodeEditor;
class DiagnosticsPanel;
class DocumentController;
class ExplanationDock;
class FileSync;
class FindBar;
class LiveChecker;
struct CheckResult;

/// The app's window: editor (with its find bar) in the middle, Problems dock
/// below, Explanation dock on the right, File/Edit/Check/View/Help menus, a
/// toolbar and a status bar. Starts with the sample exercise loaded and checks
/// as the learner types.
///
/// Extension points for the course UI: actions() (add to menus/toolbar),
/// openFile() (an exercise's workspace file), explanationDock()->showMarkdown()
/// (instructions, lessons), liveChecker()->runner() (rules and flags), and the
/// checkShown() signal (results on screen).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads the file at `path` into the editor (it is then autosaved and
    /// watched); returns an error message on failure.
    std::optional<QString> openFile(const QString& path);

    /// Restores the window geometry, dock layout, theme, zoom, check-as-you-type
    /// and the last opened file of the last session.
    void restoreSettings();

    /// Switches the light or dark theme (application palette, editor, lessons).
    void setTheme(Theme theme);

    CodeEditor* editor() const { return m_editor; }
    DiagnosticsPanel* diagnosticsPanel() const { return m_panel; }
    ExplanationDock* explanationDock() const { return m_explanation; }
    FindBar* findBar() const { return m_findBar; }
    LiveChecker* liveChecker() const { return m_live; }
    FileSync* fileSync() const { return m_fileSync; }
    const WindowActions& actions() const { return m_actions; }
    /// The Check action (Ctrl+Return).
    QAction* checkAction() const { return m_actions.check; }

public slots:
    /// Checks the editor's current text in the background now.
    void runCheck();
    /// Explains the rule of the problem at the cursor (or selected in the
    /// Problems list, or else the first one). False when no problem has a rule.
    bool explainCurrentProblem();

signals:
    /// A check of the current text finished and its results are painted.
    void checkShown(const ownlings::engine::FileReport& report);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createCentralArea();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void connectFileParts();
    void connectEditing();
    void connectChecking();
    void connectView();
    void showResult(const CheckResult& result);
    void resetResults();
    void updateTitle();
    void zoomBy(int steps);
    void setCheckStatus(const QString& text, const QIcon& icon = QIcon());
    void saveSettings() const;

    CodeEditor* m_editor = nullptr;
    FindBar* m_findBar = nullptr;
    DiagnosticsPanel* m_panel = nullptr;
    ExplanationDock* m_explanation = nullptr;
    DocumentController* m_document = nullptr;
    LiveChecker* m_live = nullptr;
    FileSync* m_fileSync = nullptr;
    WindowActions m_actions;
    QLabel* m_checkIcon = nullptr;
    QLabel* m_checkStatus = nullptr;
    QLabel* m_fileStatus = nullptr;
    QLabel* m_cursorStatus = nullptr;
};

} // namespace ownlings::gui
