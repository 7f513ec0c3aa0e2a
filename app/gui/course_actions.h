#pragma once
// CourseActions: the course's actions (grade, next, hint, solution, reset, history, packs).

class QAction;
class QMenu;
class QWidget;

namespace ownlings::gui {

/// The course's actions, parented to the window. The course parts connect
/// them; the window puts them into menus, the toolbar and the side panels.
struct CourseActions {
    QAction* openPack = nullptr;     ///< File > Open Pack…
    QMenu* recentPacks = nullptr;    ///< File > Recent Packs (filled by PackMenu)
    QAction* grade = nullptr;        ///< F5
    QAction* cancelGrade = nullptr;  ///< Escape while grading
    QAction* nextItem = nullptr;     ///< Ctrl+Shift+N / Alt+Right
    QAction* previousItem = nullptr; ///< Alt+Left
    QAction* hint = nullptr;         ///< reveal the next hint
    QAction* solution = nullptr;     ///< view the reference solution
    QAction* reset = nullptr;        ///< reset the exercise to its starting code
    QAction* history = nullptr;      ///< earlier graded versions
    QAction* showLesson = nullptr;   ///< the current chapter's lesson
    QMenu* courseMenu = nullptr;     ///< Course menu holding the actions above
};

/// Creates the actions and the Course menu as children of `window`.
CourseActions createCourseActions(QWidget* window);

} // namespace ownlings::gui
