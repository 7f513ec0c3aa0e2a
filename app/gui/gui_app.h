#pragma once
// runGuiApp: everything `ownlings-gui` does from main() on.

namespace ownlings::gui {

/// Reads the command line; prints help, the version or an error without
/// needing a display; otherwise creates the QApplication, shows the main window
/// (with the sample exercise or the file given) and runs the event loop.
/// Returns the exit status: 0, 1 for a failed --self-test, 2 for a bad command
/// line or file, 3 when an unattended check timed out.
int runGuiApp(int& argc, char** argv);

/// Makes the resources compiled into this library (sample, icons) available.
/// runGuiApp() and MainWindow call it; calling it again is harmless.
void initResources();

} // namespace ownlings::gui
