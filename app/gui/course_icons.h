#pragma once
// Icons of the course tree: an item's status, and a lesson.

#include "app/course/progress/progress_types.h"

#include <QIcon>

namespace ownlings::gui {

/// Not started: a hollow grey ring; attempted: an amber ring, half filled;
/// done: a green disc with a tick. `quiz` draws a square instead of a circle
/// so quizzes stand apart from exercises at a glance.
QIcon statusIcon(course::ExerciseStatus status, bool quiz = false);

/// An open book, for a chapter's lesson.
QIcon lessonIcon();

/// Grade: a white "play" triangle on a blue disc (readable on light and dark toolbars).
QIcon gradeIcon();
/// Cancel grading: a white square on a red disc.
QIcon cancelIcon();

} // namespace ownlings::gui
