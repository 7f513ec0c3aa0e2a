// The worker thread that owns the engine's CheckSession.
#include "app/gui/check_runner.h"

#include "engine/checker.h"

#include <QElapsedTimer>

namespace ownlings::gui {

CheckRunner::CheckRunner(QObject* parent)
    : QObject(parent), m_worker(new QObject), m_session(std::make_unique<engine::CheckSession>()) {
    m_thread.setObjectName(QStringLiteral("ownlings-check"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

CheckRunner::~CheckRunner() {
    m_thread.quit();
    m_thread.wait();
}

void CheckRunner::check(const QString& source, const QString& path) {
    const Request request{source, path};
    emit started();
    if (m_running) {
        m_pending = request;
        return;
    }
    start(request, /*report=*/true);
}

void CheckRunner::prepare(const QString& source, const QString& path) {
    if (!m_running) start(Request{source, path}, /*report=*/false);
}

bool CheckRunner::isBusy() const { return m_running; }

void CheckRunner::start(const Request& request, bool report) {
    m_running = true;
    m_reportRunning = report;
    // The session is touched only from the worker thread, one check at a
    // time: the next start() happens after this one delivered.
    engine::CheckSession* session = m_session.get();
    QMetaObject::invokeMethod(m_worker, [this, session, request] {
        QElapsedTimer timer;
        timer.start();
        CheckResult result{request.source, request.path,
                           session->check(request.source.toStdString(), request.path.toStdString(), {}), 0};
        result.elapsedMs = timer.elapsed();
        QMetaObject::invokeMethod(this, [this, result] { deliver(result); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void CheckRunner::deliver(const CheckResult& result) {
    m_running = false;
    if (m_pending) {
        const Request next = *m_pending;
        m_pending.reset();
        start(next, /*report=*/true);
        return;
    }
    if (m_reportRunning) emit finished(result);
}

} // namespace ownlings::gui
