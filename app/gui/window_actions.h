#pragma once
// WindowActions: every action of the main window, with its text, shortcut and icon.

class QAction;
class QActionGroup;
class QWidget;

namespace ownlings::gui {

/// The window's actions, parented to the window. MainWindow puts them into
/// menus and the toolbar and connects them; the course UI adds its own.
struct WindowActions {
    QAction* open = nullptr;
    QAction* save = nullptr;
    QAction* saveAs = nullptr;
    QAction* quit = nullptr;
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* cut = nullptr;
    QAction* copy = nullptr;
    QAction* paste = nullptr;
    QAction* selectAll = nullptr;
    QAction* find = nullptr;
    QAction* replace = nullptr;
    QAction* findNext = nullptr;
    QAction* findPrevious = nullptr;
    QAction* check = nullptr;
    QAction* checkAsYouType = nullptr; ///< checkable, on by default
    QAction* explain = nullptr;        ///< F1: explain the problem at the cursor
    QAction* lightTheme = nullptr;     ///< checkable, exclusive with darkTheme
    QAction* darkTheme = nullptr;
    QActionGroup* themes = nullptr;
    QAction* zoomIn = nullptr;
    QAction* zoomOut = nullptr;
    QAction* zoomReset = nullptr;
    QAction* about = nullptr;
};

/// Creates the actions as children of `window`.
WindowActions createWindowActions(QWidget* window);

} // namespace ownlings::gui
