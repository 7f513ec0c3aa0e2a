#pragma once
// ExerciseTools: hints, the reference solution, reset and history of the open exercise.

#include <QObject>

namespace ownlings::gui {

class CourseController;

/// The learner's help and safety net for the open exercise, each recorded in
/// the progress store through Course and Workspace: reveal the next hint, view
/// the solution (once done or after enough failed attempts), reset to the
/// starting code (after confirmation; the old code stays in the history), and
/// restore an earlier version from the history. GUI thread only.
class ExerciseTools : public QObject {
    Q_OBJECT
public:
    explicit ExerciseTools(CourseController* controller);

    /// Each returns false when nothing was done (nothing open, refused, cancelled, failed).
    bool revealHint();
    bool viewSolution();
    bool resetExercise();
    bool showHistory();

private:
    bool restore(qint64 snapshotId);

    CourseController* m_controller;
};

} // namespace ownlings::gui
