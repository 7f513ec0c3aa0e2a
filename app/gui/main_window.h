#pragma once
// MainWindow: wires the editor, the Problems dock, the check runner and the file actions together.

#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;

namespace ownlings::engine {
struct FileReport;
}

namespace ownlings::gui {

class CheckRunner;
class CodeEditor;
class DiagnosticsPanel;
class DocumentController;
struct CheckResult;

/// The app's window: editor in the middle, Problems dock below, File and Check
/// menus, a toolbar and a status bar. Starts with the sample exercise loaded.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads the file at `path` into the editor; returns an error message on failure.
    std::optional<QString> openFile(const QString& path);

    /// Restores the window geometry and dock layout of the last session.
    void restoreSettings();

    /// The editor in the middle of the window (owned by the window).
    CodeEditor* editor() const { return m_editor; }
    /// The Problems dock (owned by the window).
    DiagnosticsPanel* diagnosticsPanel() const { return m_panel; }
    /// The Check action (Ctrl+Return).
    QAction* checkAction() const { return m_checkAction; }

public slots:
    /// Checks the editor's current text in the background.
    void runCheck();

signals:
    /// A check of the current text finished and its results are on screen.
    void checkShown(const ownlings::engine::FileReport& report);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void connectParts();
    void showResult(const CheckResult& result);
    void resetResults();
    void updateTitle();
    void setCheckStatus(const QString& text, const QIcon& icon = QIcon());
    void saveSettings() const;

    CodeEditor* m_editor = nullptr;
    DiagnosticsPanel* m_panel = nullptr;
    CheckRunner* m_runner = nullptr;
    DocumentController* m_document = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_checkAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QLabel* m_checkIcon = nullptr;
    QLabel* m_checkStatus = nullptr;
    QLabel* m_cursorStatus = nullptr;
    int m_checkedDocument = -1; ///< DocumentController::generation() of the last check request
};

} // namespace ownlings::gui
