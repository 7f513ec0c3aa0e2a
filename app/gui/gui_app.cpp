// The app's start: names, icon, command line, main window, event loop.
#include "app/gui/gui_app.h"

#include "app/gui/course_controller.h"
#include "app/gui/course_launch.h"
#include "app/gui/launch_actions.h"
#include "app/gui/launch_options.h"
#include "app/gui/main_window.h"
#include "app/gui/theme.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

// Q_INIT_RESOURCE must be used outside any namespace; a static library's
// resources are otherwise dropped by the linker.
static void initOwnlingsResources() { Q_INIT_RESOURCE(ownlings); }

namespace ownlings::gui {
namespace {

int printAndExit(const QString& text, FILE* stream, int exitCode) {
    QTextStream(stream) << text << (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
    return exitCode;
}

void nameApplication() {
    QApplication::setApplicationName(QStringLiteral("ownlings-gui"));
    QApplication::setApplicationDisplayName(QStringLiteral("Ownlings"));
    QApplication::setApplicationVersion(QStringLiteral(OWNLINGS_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Ownlings"));
    QApplication::setDesktopFileName(QStringLiteral("ownlings"));
}

QStringList argumentsOf(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

/// Shows the window and runs the event loop until the learner quits (or an
/// unattended launch is done).
int runWindow(const LaunchOptions& options) {
    // Before any widget exists, so that every one starts with the theme's palette.
    applyApplicationTheme(options.theme.value_or(Theme::Light));
    MainWindow window;
    if (!options.file.isEmpty()) {
        if (const std::optional<QString> error = window.openFile(options.file)) {
            if (options.unattended()) return printAndExit(QStringLiteral("ownlings-gui: ") + *error, stderr, 2);
            QMessageBox::warning(&window, QObject::tr("Could not open the file"), *error);
        }
    }
    CourseController* course = addCourse(window, options); // before restoreSettings(): its docks are laid out too
    if (!options.unattended()) window.restoreSettings();
    if (course) openCourse(*course, options);
    if (options.theme) window.setTheme(*options.theme);
    window.show();
    LaunchActions actions(&window, options);
    actions.start();
    return QApplication::exec();
}

} // namespace

void initResources() {
    static const bool initialised = (initOwnlingsResources(), true);
    Q_UNUSED(initialised);
}

int runGuiApp(int& argc, char** argv) {
    nameApplication();
    // Help and version are answered before QApplication exists, so that they
    // work without a display.
    if (const LaunchCommand early = parseLaunchCommand(argumentsOf(argc, argv));
        early.action == LaunchCommand::Action::ShowHelp || early.action == LaunchCommand::Action::ShowVersion)
        return printAndExit(early.text, stdout, 0);
    QApplication app(argc, argv);
    // QApplication has taken its own options (-platform, -style ...) out of the list.
    const LaunchCommand command = parseLaunchCommand(QApplication::arguments());
    if (command.action != LaunchCommand::Action::Run)
        return printAndExit(QStringLiteral("ownlings-gui: ") + command.text, stderr, 2);
    initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ownlings.png")));
    return runWindow(command.options);
}

} // namespace ownlings::gui
