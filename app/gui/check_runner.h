#pragma once
// CheckRunner: runs the engine on the editor's text in a worker thread, one check at a time.

#include "engine/diagnostics/file_report.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>
#include <optional>

namespace ownlings::engine {
class CheckSession;
}

namespace ownlings::gui {

/// The outcome of one check, as delivered to the GUI thread.
struct CheckResult {
    QString source;              ///< the text that was checked, exactly as requested
    QString path;                ///< the path it was checked as
    engine::FileReport report;
    qint64 elapsedMs = 0;        ///< wall time of the engine call
};

/// Checks source text off the GUI thread with one engine::CheckSession (so the
/// precompiled preamble is reused between checks). Requests made while a check
/// runs are coalesced: when it ends, its result is dropped and one more check
/// runs with the latest request. Create and use from the GUI thread.
class CheckRunner : public QObject {
    Q_OBJECT
public:
    explicit CheckRunner(QObject* parent = nullptr);
    /// Waits for a running check to end (at most the time of one check).
    ~CheckRunner() override;

    /// Checks `source` as if it were the file at `path` (which need not exist;
    /// quoted includes resolve relative to its folder). Returns at once.
    void check(const QString& source, const QString& path);

    /// Parses `source` in the background without reporting anything, so that
    /// the next check of `path` reuses the precompiled headers and returns
    /// quickly. Does nothing while a check runs.
    void prepare(const QString& source, const QString& path);

    /// True from a request until its result has been delivered.
    bool isBusy() const;

signals:
    /// A check was requested and is running or queued.
    void started();
    /// The latest requested check finished (stale results are never emitted).
    void finished(const ownlings::gui::CheckResult& result);

private:
    struct Request {
        QString source;
        QString path;
    };

    void start(const Request& request, bool report);
    void deliver(const CheckResult& result);

    QThread m_thread;
    QObject* m_worker = nullptr;                    ///< lives in m_thread; runs the checks
    std::unique_ptr<engine::CheckSession> m_session; ///< used only inside m_thread
    std::optional<Request> m_pending;
    bool m_running = false;
    bool m_reportRunning = false; ///< false while prepare()'s parse runs
};

} // namespace ownlings::gui

Q_DECLARE_METATYPE(ownlings::gui::CheckResult)
