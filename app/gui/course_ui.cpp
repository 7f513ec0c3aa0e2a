// Placing the course parts in the main window.
#include "app/gui/course_ui.h"

#include "app/gui/course_tree.h"
#include "app/gui/diagnostics_panel.h"
#include "app/gui/exercise_panel.h"
#include "app/gui/explanation_dock.h"
#include "app/gui/grade_panel.h"
#include "app/gui/lesson_page.h"
#include "app/gui/main_window.h"
#include "app/gui/quiz_page.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QToolBar>

namespace ownlings::gui {
namespace {

constexpr int kTreeWidth = 300;
constexpr int kExerciseWidth = 400;

/// The menu of the menu bar that holds `action`, or nullptr.
QMenu* menuHolding(QMainWindow* window, QAction* action) {
    for (QAction* entry : window->menuBar()->actions())
        if (QMenu* menu = entry->menu(); menu && menu->actions().contains(action)) return menu;
    return nullptr;
}

} // namespace

CourseUi::CourseUi(MainWindow* window)
    : QObject(window), m_window(window), m_actions(createCourseActions(window)), m_tree(new CourseTree(window)),
      m_exercise(new ExercisePanel(m_actions, window)), m_grade(new GradePanel(m_actions.cancelGrade, m_actions.nextItem, window)),
      m_lesson(new LessonPage(window)), m_quiz(new QuizPage(m_actions.nextItem, window)) {
    createCentralStack();
    createDocks();
    extendMenus();
    extendToolBar();
}

QDockWidget* CourseUi::makeDock(const QString& title, const char* objectName, QWidget* content) {
    auto* dock = new QDockWidget(title, m_window);
    dock->setObjectName(QString::fromLatin1(objectName)); // saveState() needs it
    dock->setWidget(content);
    return dock;
}

void CourseUi::createCentralStack() {
    m_stack = new QStackedWidget(m_window);
    m_stack->setObjectName(QStringLiteral("centralPages"));
    QWidget* editorArea = m_window->takeCentralWidget();
    m_stack->addWidget(editorArea); // Page::Editor
    m_stack->addWidget(m_lesson);   // Page::Lesson
    m_stack->addWidget(m_quiz);     // Page::Quiz
    m_window->setCentralWidget(m_stack);
}

void CourseUi::createDocks() {
    m_courseDock = makeDock(tr("Course"), "courseDock", m_tree);
    m_exerciseDock = makeDock(tr("Exercise"), "exerciseDock", m_exercise);
    // Hidden while a lesson or quiz fills the middle, shown with every exercise.
    m_exerciseDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_gradeDock = makeDock(tr("Grading"), "gradeDock", m_grade);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_courseDock);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_exerciseDock);
    m_window->splitDockWidget(m_exerciseDock, m_window->explanationDock(), Qt::Vertical);
    m_window->tabifyDockWidget(m_window->diagnosticsPanel(), m_gradeDock);
    m_window->diagnosticsPanel()->raise();
    m_window->resizeDocks({m_courseDock, m_exerciseDock}, {kTreeWidth, kExerciseWidth}, Qt::Horizontal);
}

void CourseUi::extendMenus() {
    const WindowActions& w = m_window->actions();
    if (QMenu* file = menuHolding(m_window, w.open)) {
        QAction* after = file->actions().value(file->actions().indexOf(w.open) + 1);
        file->insertAction(after, m_actions.openPack);
        file->insertMenu(after, m_actions.recentPacks);
        file->insertSeparator(after);
    }
    // The Course menu goes right after the Check menu (before View).
    const QList<QAction*> menus = m_window->menuBar()->actions();
    QMenu* check = menuHolding(m_window, w.check);
    const qsizetype checkIndex = check ? menus.indexOf(check->menuAction()) : -1;
    QAction* before = checkIndex >= 0 ? menus.value(checkIndex + 1) : nullptr;
    m_window->menuBar()->insertMenu(before, m_actions.courseMenu);
    if (QMenu* view = menuHolding(m_window, w.zoomIn)) {
        view->addSeparator();
        view->addActions({m_courseDock->toggleViewAction(), m_gradeDock->toggleViewAction()});
    }
}

void CourseUi::extendToolBar() {
    QToolBar* bar = m_window->findChild<QToolBar*>();
    if (!bar) return;
    bar->addSeparator();
    bar->addActions({m_actions.grade, m_actions.hint, m_actions.nextItem});
}

void CourseUi::showPage(Page page) {
    m_stack->setCurrentIndex(int(page));
    m_exerciseDock->setVisible(page == Page::Editor);
}

CourseUi::Page CourseUi::currentPage() const { return Page(m_stack->currentIndex()); }

} // namespace ownlings::gui
