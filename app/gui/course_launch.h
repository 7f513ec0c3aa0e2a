#pragma once
// Starting the course with the window: which pack, which data folder, and how problems are told.

namespace ownlings::gui {

class CourseController;
class MainWindow;
struct LaunchOptions;

/// Adds the course parts to `window` (before its settings are restored, so the
/// dock layout comes back too). nullptr for --self-test, which is about the
/// checker alone. Progress lives in --data, else the `course/dataDirectory`
/// setting, else course::defaultDataDirectory(). Unattended launches report
/// problems on stderr instead of in dialogs.
CourseController* addCourse(MainWindow& window, const LaunchOptions& options);

/// Opens the pack: --pack, else the pack opened last (when it still loads),
/// else the bundled one; then --exercise, or else the exercise the learner was
/// on unless a file was given on the command line (that file stays in the editor).
void openCourse(CourseController& course, const LaunchOptions& options);

} // namespace ownlings::gui
