#pragma once
// LaunchActions: the unattended parts of a launch: check on start, screenshot, self-test.

#include "app/gui/launch_options.h"

#include <QObject>
#include <QTimer>

namespace ownlings::engine {
struct FileReport;
}

namespace ownlings::gui {

class MainWindow;

/// Runs what the command line asked of a shown window: a first check, then
/// (when unattended) a screenshot and/or the self-test verdict, and quits the
/// application with the exit code; or, for --exit-when-shown, quits once the
/// editor first painted. GUI thread only.
class LaunchActions : public QObject {
    Q_OBJECT
public:
    /// `window` must outlive this object.
    LaunchActions(MainWindow* window, LaunchOptions options, QObject* parent = nullptr);

    /// Starts the first check once the event loop runs, if one was asked for.
    void start();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onCheckShown(const engine::FileReport& report);
    void finish(const engine::FileReport& report);
    bool saveScreenshot() const;
    void quit(int exitCode);

    MainWindow* m_window;
    LaunchOptions m_options;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace ownlings::gui
