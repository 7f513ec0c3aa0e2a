// Grading on a worker thread.
#include "app/gui/grade_runner.h"

#include "app/course/grading/grader.h"

#include <QThread>

namespace ownlings::gui {

GradeRunner::GradeRunner(QObject* parent) : QObject(parent) {}

GradeRunner::~GradeRunner() { stop(); }

bool GradeRunner::start(course::Grader& grader, course::GradeRequest request) {
    if (m_thread) return false;
    m_grader = &grader;
    auto result = std::make_shared<course::GradeResult>();
    m_result = result;
    m_thread = QThread::create([&grader, request = std::move(request), result] { *result = grader.grade(request); });
    m_thread->setObjectName(QStringLiteral("grading"));
    // Emitted on the worker thread; delivered here on the GUI thread.
    connect(m_thread, &QThread::finished, this, &GradeRunner::onThreadFinished);
    m_thread->start();
    emit started();
    return true;
}

void GradeRunner::cancel() {
    if (m_thread) m_grader->cancel();
}

void GradeRunner::stop() {
    if (!m_thread) return;
    m_grader->cancel();
    m_thread->disconnect(this);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_grader = nullptr;
    m_result.reset();
}

void GradeRunner::onThreadFinished() {
    if (!m_thread) return;
    m_thread->deleteLater();
    m_thread = nullptr;
    m_grader = nullptr;
    const course::GradeResult result = std::move(*m_result);
    m_result.reset();
    emit finished(result);
}

} // namespace ownlings::gui
