#pragma once
// CourseController: the open course in the window: packs, navigation, quizzes and the state every course part reads.

#include "app/gui/course_prompts.h"

#include <QObject>
#include <QString>

#include <memory>

namespace ownlings::course {
class Course;
struct Exercise;
struct Quiz;
}

namespace ownlings::gui {

class CourseUi;
class DocumentController;
class ExerciseTools;
class GradeController;
class MainWindow;
class PackMenu;

/// Owns the Course (pack, progress store, workspace, grader) and turns the
/// learner's picks into course calls: opening a pack (its problems all shown,
/// the current course kept when it fails), opening a lesson, an exercise (its
/// working copy in the editor, autosaved by the window) or a quiz, and moving
/// on. Grading lives in GradeController, hints and friends in ExerciseTools.
/// GUI thread only: the progress store is bound to it.
class CourseController : public QObject {
    Q_OBJECT
public:
    /// Adds the course parts to `window`; progress is kept in `dataDirectory`.
    CourseController(MainWindow* window, const QString& dataDirectory);
    ~CourseController() override;

    /// Opens the pack in `dir` and (with `openCurrent`) the item the learner was on
    /// in it. On failure shows every problem at once, keeps the current course
    /// and returns false.
    bool openPack(const QString& dir, bool openCurrent = true);
    /// Opens the item the learner was on (or the first not done).
    void openCurrentItem();
    /// Opens an exercise or a quiz by id; false when it cannot be opened.
    bool openItem(const QString& itemId);
    void openLesson(int chapterIndex);
    void goNext();
    void goPrevious();
    /// Re-reads progress from the store into the tree, panel and actions.
    void refreshProgress();

    void setPrompts(CoursePrompts prompts) { m_prompts = std::move(prompts); }
    const CoursePrompts& prompts() const { return m_prompts; }

    course::Course* course() const { return m_course.get(); }
    /// The exercise whose working copy is in the editor (even while a lesson or
    /// quiz fills the middle); nullptr when none (no course, or another file was opened).
    const course::Exercise* openExercise() const;
    const course::Quiz* openQuiz() const;
    QString openExercisePath() const { return m_openPath; }
    QString dataDirectory() const { return m_dataDir; }
    /// Failed attempts after which the solution may be viewed (QSettings, default 3).
    static int solutionAfterFailures();
    bool solutionAvailable(const course::Exercise& exercise) const;

    MainWindow* window() const { return m_window; }
    CourseUi* ui() const { return m_ui; }
    GradeController* grading() const { return m_grading; }
    ExerciseTools* tools() const { return m_tools; }

    /// Reloads the open exercise's working copy into the editor (after reset or restore).
    bool reloadOpenExercise();
    /// Shows `text` in the status bar for a while.
    void showStatus(const QString& text) const;

signals:
    /// Another course was opened.
    void courseChanged();
    /// An exercise or quiz was opened.
    void itemOpened(const QString& itemId);
    /// A quiz was answered and recorded.
    void quizAnswered(const QString& quizId, bool correct);

private:
    void connectParts();
    bool openExerciseItem(const course::Exercise& exercise);
    void openQuizItem(const course::Quiz& quiz);
    void becomeCurrent(const QString& itemId);
    void showOpenExercise();
    void onAnswer(int answer);
    void onDocumentChanged();
    void updateActions();
    void leaveExercise();

    MainWindow* m_window;
    QString m_dataDir;
    std::unique_ptr<course::Course> m_course;
    CoursePrompts m_prompts;
    CourseUi* m_ui;
    GradeController* m_grading;
    ExerciseTools* m_tools;
    PackMenu* m_packMenu;
    DocumentController* m_document;
    QString m_openId;   ///< what the middle shows: an exercise or quiz id, or "lesson:N"
    QString m_editorExerciseId; ///< the exercise whose working copy is in the editor
    QString m_openPath; ///< the working copy in the editor; empty when the editor holds something else
};

} // namespace ownlings::gui
