#pragma once
// LaunchOptions: what `ownlings-gui`'s command line asks for.

#include "app/gui/theme.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ownlings::gui {

/// The parsed command line of ownlings-gui.
struct LaunchOptions {
    QString file;             ///< a .cpp file to open instead of the sample; may be empty
    bool checkOnStart = false;
    QString screenshotPath;   ///< grab the window here after the first check, then quit
    bool selfTest = false;    ///< check the file, exit 0 if a finding shows, 1 if not
    std::optional<Theme> theme; ///< overrides the saved theme
    bool exitWhenShown = false; ///< print when the window first painted, then quit (start-up benchmark)
    QString packDir;          ///< --pack: the exercise pack to open; empty: the last one, else the bundled one
    QString dataDir;          ///< --data: where progress and working copies live; empty: the setting or the default
    QString exerciseId;       ///< --exercise: open this exercise or quiz instead of the one the learner was on

    /// True when the app runs unattended (screenshot or self-test) and must quit by itself.
    bool unattended() const { return selfTest || exitWhenShown || !screenshotPath.isEmpty(); }
};

/// What to do with a command line: run, or print `text` (help, version or an error) and exit.
struct LaunchCommand {
    enum class Action { Run, ShowHelp, ShowVersion, Fail };
    Action action = Action::Run;
    LaunchOptions options;
    QString text; ///< the help text, version line or error message
};

/// Parses `arguments` (argv, program name first). Needs no QCoreApplication;
/// the version line uses QCoreApplication::applicationName() and applicationVersion().
LaunchCommand parseLaunchCommand(const QStringList& arguments);

} // namespace ownlings::gui
