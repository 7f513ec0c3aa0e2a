#pragma once
// runGuiApp: what `ownlings-gui` does between creating the QApplication and leaving main().

class QApplication;

namespace ownlings::gui {

/// Names the application, reads the command line, shows the main window (with
/// the sample exercise or the file given) and runs the event loop. Returns the
/// exit status: 0, 1 for a failed --self-test, 2 for a bad command line or file.
int runGuiApp(QApplication& app);

/// Makes the resources compiled into this library (sample, icons) available.
/// runGuiApp() and MainWindow call it; calling it again is harmless.
void initResources();

} // namespace ownlings::gui
