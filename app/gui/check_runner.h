#pragma once
// CheckRunner: runs the engine on the editor's text in a separate worker process, one check at a time.

#include "engine/diagnostics/file_report.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <optional>

class QProcess;

namespace ownlings::gui {

/// The outcome of one check, as delivered to the GUI thread.
struct CheckResult {
    QString source;              ///< the text that was checked, exactly as requested
    QString path;                ///< the path it was checked as
    quint64 revision = 0;        ///< the caller's tag for this version of the text
    engine::FileReport report;
    qint64 elapsedMs = 0;        ///< from the request to the reply (what the learner waits)
};

/// Checks source text in a worker process (ownlings-check-worker, see
/// app/course/check_protocol.h) that keeps Clang's precompiled preamble
/// between checks, so no learner input can crash or freeze the app.
///
/// Requests made while a check runs are coalesced: when it ends, its result is
/// dropped and one more check runs with the latest request. When the worker
/// dies (crash, kill, hang past the reply timeout) it is restarted and the
/// request in flight is sent again; a request that stops the worker twice in a
/// row is answered with an InternalError report ("the checker crashed on this
/// file"). Create and use from the GUI thread.
class CheckRunner : public QObject {
    Q_OBJECT
public:
    /// Runs defaultWorkerProgram().
    explicit CheckRunner(QObject* parent = nullptr);
    /// Runs `workerProgram` (it must speak the check-worker protocol).
    explicit CheckRunner(const QString& workerProgram, QObject* parent = nullptr);
    /// Stops the worker (at once if it is checking).
    ~CheckRunner() override;

    /// $OWNLINGS_CHECK_WORKER if set, else ownlings-check-worker beside this
    /// program, else in ../libexec/ownlings/ relative to it.
    static QString defaultWorkerProgram();

    /// Checks `source` as if it were the file at `path` (which need not exist;
    /// quoted includes resolve relative to its folder). `revision` comes back
    /// in the result. Returns at once.
    void check(const QString& source, const QString& path, quint64 revision = 0);

    /// Parses `source` in the background without reporting anything, so that
    /// the next check of `path` reuses the precompiled headers and returns
    /// quickly. Does nothing while a check runs.
    void prepare(const QString& source, const QString& path);

    /// True from a request until its result has been delivered.
    bool isBusy() const;

    /// The worker's process id, or 0 while none runs.
    qint64 workerProcessId() const;

    /// The rules (as `--rules` takes them) and compiler flags for the checks
    /// requested from now on (default: "bugs", no flags). Changing the flags
    /// costs one slow check: Clang rebuilds its preamble.
    void setCheckOptions(const QString& rules, const QStringList& compilerArgs);

    /// How long a check may take before the worker counts as hung and is
    /// restarted (default 60 s: a cold parse of big headers takes seconds).
    void setReplyTimeout(int milliseconds);

signals:
    /// A check was requested and is running or queued.
    void started();
    /// The latest requested check finished (stale results are never emitted).
    void finished(const ownlings::gui::CheckResult& result);
    /// A worker process was started to replace one that died.
    void workerRestarted();

private:
    struct Request {
        QString source;
        QString path;
        quint64 revision = 0;
        bool report = true; ///< false for prepare(): parse, tell nobody
    };
    struct InFlight {
        Request request;
        qint64 id = 0;
        QElapsedTimer clock;
    };

    void send(const Request& request);
    void ensureWorker();
    void readReplies();
    void onReply(const QByteArray& line);
    void onWorkerStopped(QProcess* process);
    void onWorkerFailedToStart(QProcess* process);
    void retireWorker();
    void sendNextOrDeliver(const CheckResult& result, bool report);
    void deliver(const CheckResult& result, bool report);
    CheckResult failure(const InFlight& inFlight, const QString& message) const;

    QString m_program;
    QString m_rules = QStringLiteral("bugs");
    QStringList m_compilerArgs;
    QProcess* m_process = nullptr;
    QByteArray m_buffer;             ///< reply bytes not yet ended by '\n'
    std::optional<InFlight> m_inFlight;
    std::optional<Request> m_pending;
    std::optional<Request> m_last;   ///< to warm up a worker that replaces one that died idle
    int m_stopsOfInFlight = 0;       ///< how often the request in flight stopped the worker
    qint64 m_nextId = 1;
    bool m_restarting = false;
    QTimer m_watchdog;
};

} // namespace ownlings::gui

Q_DECLARE_METATYPE(ownlings::gui::CheckResult)
