// The client side of the check worker: start it, send requests, read replies, restart it when it dies.
#include "app/gui/check_runner.h"

#include "app/course/check_protocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace ownlings::gui {
namespace {

constexpr int kDefaultReplyTimeoutMs = 60'000;
constexpr int kStopWaitMs = 500;
// The second stop in a row on the same request is blamed on the request.
constexpr int kStopsBeforeGivingUp = 2;
const QString kWorkerName = QStringLiteral("ownlings-check-worker");

} // namespace

CheckRunner::CheckRunner(QObject* parent) : CheckRunner(defaultWorkerProgram(), parent) {}

CheckRunner::CheckRunner(const QString& workerProgram, QObject* parent) : QObject(parent), m_program(workerProgram) {
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(kDefaultReplyTimeoutMs);
    // A hung worker is killed; its stop then counts like a crash.
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (m_process) m_process->kill();
    });
    // Start now: the worker's start-up overlaps the window's.
    ensureWorker();
}

CheckRunner::~CheckRunner() {
    if (!m_process) return;
    m_process->disconnect(this);
    if (m_inFlight)
        m_process->kill();
    else
        m_process->closeWriteChannel(); // the worker ends when its input does
    if (!m_process->waitForFinished(kStopWaitMs)) {
        m_process->kill();
        m_process->waitForFinished(kStopWaitMs);
    }
}

QString CheckRunner::defaultWorkerProgram() {
    const QString fromEnvironment = qEnvironmentVariable("OWNLINGS_CHECK_WORKER");
    if (!fromEnvironment.isEmpty()) return fromEnvironment;
    const QDir here(QCoreApplication::applicationDirPath());
    const QString beside = here.filePath(kWorkerName);
    for (const QString& candidate : {beside, here.filePath(QStringLiteral("../libexec/ownlings/") + kWorkerName)})
        if (QFileInfo(candidate).isExecutable()) return QDir::cleanPath(candidate);
    return beside; // so that the start error names where it was looked for
}

void CheckRunner::check(const QString& source, const QString& path, quint64 revision) {
    const Request request{source, path, revision, /*report=*/true};
    emit started();
    if (m_inFlight) {
        m_pending = request;
        return;
    }
    m_stopsOfInFlight = 0;
    send(request);
}

void CheckRunner::prepare(const QString& source, const QString& path) {
    if (m_inFlight || m_pending) return;
    m_stopsOfInFlight = 0;
    send(Request{source, path, 0, /*report=*/false});
}

bool CheckRunner::isBusy() const { return m_inFlight.has_value(); }

qint64 CheckRunner::workerProcessId() const { return m_process ? m_process->processId() : 0; }

void CheckRunner::setCheckOptions(const QString& rules, const QStringList& compilerArgs) {
    m_rules = rules;
    m_compilerArgs = compilerArgs;
}

void CheckRunner::setReplyTimeout(int milliseconds) { m_watchdog.setInterval(milliseconds); }

void CheckRunner::ensureWorker() {
    if (m_process) return;
    auto* process = new QProcess(this);
    process->setProgram(m_program);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        if (process == m_process) readReplies();
    });
    connect(process, &QProcess::finished, this, [this, process] { onWorkerStopped(process); });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) onWorkerFailedToStart(process);
    });
    m_process = process;
    m_buffer.clear();
    process->start(QIODevice::ReadWrite);
}

void CheckRunner::send(const Request& request) {
    InFlight inFlight{request, m_nextId++, {}};
    inFlight.clock.start();
    m_inFlight = inFlight;
    m_last = Request{request.source, request.path, 0, /*report=*/false};
    ensureWorker();
    // A worker that could not start has answered the request already.
    if (!m_process || !m_inFlight || m_inFlight->id != inFlight.id) return;
    const course::CheckRequest wire{inFlight.id, request.path, request.source, m_rules, m_compilerArgs};
    // Written even while the process is still starting: QProcess buffers it.
    m_process->write(course::encodeRequest(wire));
    m_watchdog.start();
}

void CheckRunner::readReplies() {
    m_buffer += m_process->readAllStandardOutput();
    for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        onReply(line);
        if (!m_process) return; // the reply's receiver stopped the runner's worker
    }
}

void CheckRunner::onReply(const QByteArray& line) {
    QString error;
    const std::optional<course::CheckReply> reply = course::decodeReply(line, error);
    if (!m_inFlight) return;
    // The worker sends only replies on this channel; one that cannot be read
    // answers the request in flight, or that request would wait for the watchdog.
    if (reply && reply->id != m_inFlight->id) return; // an answer to a request given up on
    if (!reply && !line.trimmed().startsWith('{')) return;
    m_watchdog.stop();
    m_stopsOfInFlight = 0;
    const InFlight done = *m_inFlight;
    m_inFlight.reset();
    CheckResult result;
    if (!reply) {
        result = failure(done, tr("the checker's answer could not be read: %1").arg(error));
    } else if (!reply->report) {
        result = failure(done, tr("the checker refused the request: %1").arg(reply->error));
    } else {
        result = CheckResult{done.request.source, done.request.path, done.request.revision, *reply->report,
                             done.clock.elapsed()};
        result.report.source = done.request.source.toStdString();
    }
    sendNextOrDeliver(result, done.request.report);
}

void CheckRunner::onWorkerStopped(QProcess* process) {
    if (process != m_process) return; // one we retired ourselves
    retireWorker();
    if (!m_inFlight) {
        // Died while idle: replace it and warm it with the last text.
        if (m_last) {
            send(*m_last);
            emit workerRestarted();
        }
        return;
    }
    if (m_pending) {
        // The request in flight is stale anyway: go on with the latest.
        const Request next = *m_pending;
        m_pending.reset();
        m_inFlight.reset();
        m_stopsOfInFlight = 0;
        send(next);
        emit workerRestarted();
        return;
    }
    const InFlight stopped = *m_inFlight;
    m_inFlight.reset();
    if (++m_stopsOfInFlight < kStopsBeforeGivingUp) {
        send(stopped.request);
        emit workerRestarted();
        return;
    }
    m_stopsOfInFlight = 0;
    // The next request starts a fresh worker; none is started now, so that a
    // file that crashes it is not re-parsed in a loop.
    deliver(failure(stopped, tr("the checker crashed on this file (twice in a row), so it could not be checked. "
                                "Your text is safe; edit it to check again.")),
            stopped.request.report);
}

void CheckRunner::onWorkerFailedToStart(QProcess* process) {
    if (process != m_process) return;
    const QString why = process->errorString();
    retireWorker();
    std::optional<InFlight> latest = m_inFlight;
    if (m_pending) latest = InFlight{*m_pending, 0, {}};
    m_inFlight.reset();
    m_pending.reset();
    if (latest)
        deliver(failure(*latest, tr("could not start the checker %1: %2").arg(QDir::toNativeSeparators(m_program), why)),
                latest->request.report);
}

void CheckRunner::retireWorker() {
    m_watchdog.stop();
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    m_buffer.clear();
}

void CheckRunner::sendNextOrDeliver(const CheckResult& result, bool report) {
    if (m_pending) {
        const Request next = *m_pending;
        m_pending.reset();
        send(next);
        return;
    }
    deliver(result, report);
}

void CheckRunner::deliver(const CheckResult& result, bool report) {
    if (report) emit finished(result);
}

CheckResult CheckRunner::failure(const InFlight& inFlight, const QString& message) const {
    CheckResult result{inFlight.request.source, inFlight.request.path, inFlight.request.revision, {}, 0};
    result.report.path = inFlight.request.path.toStdString();
    result.report.status = engine::FileStatus::InternalError;
    result.report.error = message.toStdString();
    if (inFlight.clock.isValid()) result.elapsedMs = inFlight.clock.elapsed();
    return result;
}

} // namespace ownlings::gui
