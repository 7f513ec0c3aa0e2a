#pragma once
// CourseUi: puts the course's docks, pages, menus and toolbar buttons into the main window.

#include "app/gui/course_actions.h"

#include <QObject>

class QDockWidget;
class QStackedWidget;

namespace ownlings::gui {

class CourseTree;
class ExercisePanel;
class GradePanel;
class LessonPage;
class MainWindow;
class QuizPage;

/// Layout only, no behaviour: a Course dock on the left (the tree), an
/// Exercise dock on the right (instructions, hints, buttons), a Grading dock
/// tabbed with Problems at the bottom, and in the middle a stack of the
/// window's editor area, the lesson page and the quiz page. Adds File > Open
/// Pack…, File > Recent Packs, the Course menu and toolbar buttons.
class CourseUi : public QObject {
    Q_OBJECT
public:
    enum class Page { Editor, Lesson, Quiz };

    explicit CourseUi(MainWindow* window);

    void showPage(Page page);
    Page currentPage() const;

    MainWindow* window() const { return m_window; }
    const CourseActions& actions() const { return m_actions; }
    CourseTree* tree() const { return m_tree; }
    ExercisePanel* exercisePanel() const { return m_exercise; }
    GradePanel* gradePanel() const { return m_grade; }
    LessonPage* lessonPage() const { return m_lesson; }
    QuizPage* quizPage() const { return m_quiz; }
    QDockWidget* courseDock() const { return m_courseDock; }
    QDockWidget* exerciseDock() const { return m_exerciseDock; }
    QDockWidget* gradeDock() const { return m_gradeDock; }

private:
    QDockWidget* makeDock(const QString& title, const char* objectName, QWidget* content);
    void createDocks();
    void createCentralStack();
    void extendMenus();
    void extendToolBar();

    MainWindow* m_window;
    CourseActions m_actions;
    CourseTree* m_tree;
    ExercisePanel* m_exercise;
    GradePanel* m_grade;
    LessonPage* m_lesson;
    QuizPage* m_quiz;
    QStackedWidget* m_stack = nullptr;
    QDockWidget* m_courseDock = nullptr;
    QDockWidget* m_exerciseDock = nullptr;
    QDockWidget* m_gradeDock = nullptr;
};

} // namespace ownlings::gui
