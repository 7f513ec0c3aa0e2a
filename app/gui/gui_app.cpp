// The app's start: names, icon, command line, main window, event loop.
#include "app/gui/gui_app.h"

#include "app/gui/launch_actions.h"
#include "app/gui/launch_options.h"
#include "app/gui/main_window.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
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

void nameApplication(QApplication& app) {
    QApplication::setApplicationName(QStringLiteral("ownlings-gui"));
    QApplication::setApplicationDisplayName(QStringLiteral("Ownlings"));
    QApplication::setApplicationVersion(QStringLiteral(OWNLINGS_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Ownlings"));
    QApplication::setDesktopFileName(QStringLiteral("ownlings"));
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/ownlings.png")));
}

} // namespace

void initResources() {
    static const bool initialised = (initOwnlingsResources(), true);
    Q_UNUSED(initialised);
}

int runGuiApp(QApplication& app) {
    initResources();
    nameApplication(app);
    const LaunchCommand command = parseLaunchCommand(QApplication::arguments());
    switch (command.action) {
    case LaunchCommand::Action::ShowHelp: return printAndExit(command.text, stdout, 0);
    case LaunchCommand::Action::ShowVersion: return printAndExit(command.text, stdout, 0);
    case LaunchCommand::Action::Fail: return printAndExit(QStringLiteral("ownlings-gui: ") + command.text, stderr, 2);
    case LaunchCommand::Action::Run: break;
    }
    MainWindow window;
    if (!command.options.file.isEmpty()) {
        if (const std::optional<QString> error = window.openFile(command.options.file)) {
            if (command.options.unattended()) return printAndExit(QStringLiteral("ownlings-gui: ") + *error, stderr, 2);
            QMessageBox::warning(&window, QObject::tr("Could not open the file"), *error);
        }
    }
    if (!command.options.unattended()) window.restoreSettings();
    window.show();
    LaunchActions actions(&window, command.options);
    actions.start();
    return QApplication::exec();
}

} // namespace ownlings::gui
