// Hints, solution, reset and history.
#include "app/gui/exercise_tools.h"

#include "app/course/pack/pack.h"
#include "app/course/session/course.h"
#include "app/gui/course_controller.h"
#include "app/gui/course_ui.h"
#include "app/gui/exercise_panel.h"
#include "app/gui/file_sync.h"
#include "app/gui/history_dialog.h"
#include "app/gui/main_window.h"
#include "app/gui/markdown_view.h"
#include "app/gui/solution_dialog.h"

#include <QAction>
#include <QScrollBar>

namespace ownlings::gui {

ExerciseTools::ExerciseTools(CourseController* controller) : QObject(controller), m_controller(controller) {
    const CourseActions& actions = controller->ui()->actions(); // the ui is made before this
    connect(actions.hint, &QAction::triggered, this, &ExerciseTools::revealHint);
    connect(actions.solution, &QAction::triggered, this, &ExerciseTools::viewSolution);
    connect(actions.reset, &QAction::triggered, this, &ExerciseTools::resetExercise);
    connect(actions.history, &QAction::triggered, this, &ExerciseTools::showHistory);
}

bool ExerciseTools::revealHint() {
    const course::Exercise* exercise = m_controller->openExercise();
    if (!exercise) return false;
    int number = 0;
    const std::optional<QString> hint = m_controller->course()->revealNextHint(*exercise, &number);
    if (!hint) {
        m_controller->showStatus(tr("No more hints for this exercise."));
        return false;
    }
    m_controller->refreshProgress();
    // The new hint is at the end of the instructions.
    QScrollBar* scroll = m_controller->ui()->exercisePanel()->view()->verticalScrollBar();
    scroll->setValue(scroll->maximum());
    m_controller->showStatus(tr("Hint %1 of %2 revealed.").arg(number).arg(exercise->hints.size()));
    return true;
}

bool ExerciseTools::viewSolution() {
    const course::Exercise* exercise = m_controller->openExercise();
    if (!exercise || !m_controller->solutionAvailable(*exercise)) return false;
    QString error;
    const std::optional<QString> solution = m_controller->course()->viewSolution(*exercise, &error);
    if (!solution) {
        m_controller->prompts().warn(m_controller->window(), tr("Could not show the solution"), error);
        return false;
    }
    m_controller->refreshProgress();
    SolutionDialog dialog(exercise->title, *solution, m_controller->window());
    m_controller->prompts().run(dialog);
    return true;
}

bool ExerciseTools::resetExercise() {
    const course::Exercise* exercise = m_controller->openExercise();
    if (!exercise) return false;
    const bool confirmed = m_controller->prompts().confirm(
        m_controller->window(), tr("Reset Exercise"),
        tr("Start \u201c%1\u201d over from its starting code?").arg(exercise->title),
        tr("Your current code is kept in the exercise's history (Course \u203a History) and can be restored from there."));
    if (!confirmed) return false;
    course::Course* course = m_controller->course();
    m_controller->window()->fileSync()->saveNow(); // the history keeps what the editor shows
    if (!course->workspace().reset(course->pack().id, exercise->id, course->pack().absolutePath(exercise->file))) {
        m_controller->prompts().warn(m_controller->window(), tr("Could not reset the exercise"), course->workspace().lastError());
        return false;
    }
    m_controller->showStatus(tr("\u201c%1\u201d starts over; your previous code is in its history.").arg(exercise->title));
    return m_controller->reloadOpenExercise();
}

bool ExerciseTools::showHistory() {
    const course::Exercise* exercise = m_controller->openExercise();
    if (!exercise) return false;
    course::Course* course = m_controller->course();
    const QString packId = course->pack().id;
    const QString exerciseId = exercise->id;
    m_controller->window()->fileSync()->saveNow();
    const auto snapshots = course->store().history(packId, exerciseId);
    if (!snapshots) {
        m_controller->prompts().warn(m_controller->window(), tr("Could not read the history"), course->store().lastError());
        return false;
    }
    HistoryDialog dialog(exercise->title, *snapshots,
                         [course, packId, exerciseId](qint64 id) { return course->store().snapshotSource(packId, exerciseId, id); },
                         m_controller->window());
    if (m_controller->prompts().run(dialog) != QDialog::Accepted || !dialog.chosenSnapshot()) return false;
    return restore(*dialog.chosenSnapshot());
}

bool ExerciseTools::restore(qint64 snapshotId) {
    const course::Exercise* exercise = m_controller->openExercise();
    course::Course* course = m_controller->course();
    if (!exercise || !course) return false;
    m_controller->window()->fileSync()->saveNow();
    if (!course->workspace().restoreSnapshot(course->pack().id, exercise->id, snapshotId)) {
        m_controller->prompts().warn(m_controller->window(), tr("Could not restore that version"), course->workspace().lastError());
        return false;
    }
    m_controller->showStatus(tr("Restored an earlier version; the code it replaced is in the history."));
    return m_controller->reloadOpenExercise();
}

} // namespace ownlings::gui
