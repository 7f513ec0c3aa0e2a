// The course at start-up.
#include "app/gui/course_launch.h"

#include "app/course/pack/pack_location.h"
#include "app/course/progress/data_directory.h"
#include "app/gui/course_controller.h"
#include "app/gui/launch_options.h"
#include "app/gui/main_window.h"
#include "app/gui/pack_menu.h"

#include <QDialog>
#include <QSettings>
#include <QTextStream>

namespace ownlings::gui {
namespace {

const QString kDataDirectoryKey = QStringLiteral("course/dataDirectory");

QString dataDirectoryFor(const LaunchOptions& options) {
    if (!options.dataDir.isEmpty()) return options.dataDir;
    const QString setting = QSettings().value(kDataDirectoryKey).toString();
    return setting.isEmpty() ? course::defaultDataDirectory() : setting;
}

/// Prompts that never block: for screenshots and benchmarks.
CoursePrompts unattendedPrompts() {
    CoursePrompts prompts = defaultCoursePrompts();
    prompts.confirm = [](QWidget*, const QString&, const QString&, const QString&) { return false; };
    prompts.showProblems = [](QWidget*, const QString& title, const QString& intro, const QStringList& problems) {
        QTextStream err(stderr);
        err << "ownlings-gui: " << title << ": " << intro << '\n';
        for (const QString& problem : problems) err << "  " << problem << '\n';
    };
    prompts.warn = [](QWidget*, const QString& title, const QString& message) {
        QTextStream(stderr) << "ownlings-gui: " << title << ": " << message << '\n';
    };
    prompts.run = [](QDialog&) { return int(QDialog::Rejected); };
    prompts.choosePackFolder = [](QWidget*, const QString&) { return QString(); };
    return prompts;
}

} // namespace

CourseController* addCourse(MainWindow& window, const LaunchOptions& options) {
    if (options.selfTest) return nullptr;
    auto* course = new CourseController(&window, dataDirectoryFor(options));
    if (options.unattended()) course->setPrompts(unattendedPrompts());
    return course;
}

namespace {

bool openPackFor(CourseController& course, const LaunchOptions& options, bool openCurrent) {
    if (!options.packDir.isEmpty()) return course.openPack(options.packDir, openCurrent); // named: no quiet fallback
    const QString last = recentPacks().value(0);
    if (!last.isEmpty() && course.openPack(last, openCurrent)) return true;
    return course.openPack(course::defaultPackDirectory(), openCurrent);
}

} // namespace

void openCourse(CourseController& course, const LaunchOptions& options) {
    const bool named = !options.exerciseId.isEmpty();
    if (!openPackFor(course, options, options.file.isEmpty() && !named) || !named) return;
    if (!course.openItem(options.exerciseId))
        course.prompts().warn(course.window(), QObject::tr("No such exercise"),
                              QObject::tr("The pack has no exercise or quiz \u201c%1\u201d.").arg(options.exerciseId));
}

} // namespace ownlings::gui
