// Grading on a worker thread.
#include "app/gui/grade_runner.h"

#include "app/course/grading/grader.h"

#include <QThread>

namespace ownlings::gui {

namespace {

constexpr int kRecancelMs = 100;

course::GradeResult cancelledBeforeStart() {
    course::GradeResult result;
    result.cancelled = true;
    result.message = QStringLiteral("grading was cancelled");
    return result;
}

} // namespace

GradeRunner::GradeRunner(QObject* parent) : QObject(parent) {
    m_recancel.setInterval(kRecancelMs);
    connect(&m_recancel, &QTimer::timeout, this, [this] {
        if (m_grader) m_grader->cancel();
    });
}

GradeRunner::~GradeRunner() { stop(); }

bool GradeRunner::start(course::Grader& grader, course::GradeRequest request) {
    if (m_thread) return false;
    m_grader = &grader;
    auto result = std::make_shared<course::GradeResult>();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_result = result;
    m_cancelled = cancelled;
    m_thread = QThread::create([&grader, request = std::move(request), result, cancelled] {
        *result = cancelled->load() ? cancelledBeforeStart() : grader.grade(request);
    });
    m_thread->setObjectName(QStringLiteral("grading"));
    // Emitted on the worker thread; delivered here on the GUI thread.
    connect(m_thread, &QThread::finished, this, &GradeRunner::onThreadFinished);
    m_thread->start();
    emit started();
    return true;
}

void GradeRunner::cancel() {
    if (!m_thread) return;
    m_cancelled->store(true);
    m_grader->cancel();
    m_recancel.start();
}

void GradeRunner::stop() {
    if (!m_thread) return;
    m_cancelled->store(true);
    m_grader->cancel();
    m_thread->disconnect(this);
    // A cancel() that lands before grade() starts is cleared by it: repeat until done.
    while (!m_thread->wait(kRecancelMs)) m_grader->cancel();
    m_recancel.stop();
    delete m_thread;
    m_thread = nullptr;
    m_grader = nullptr;
    m_result.reset();
}

void GradeRunner::onThreadFinished() {
    if (!m_thread) return;
    m_recancel.stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_grader = nullptr;
    const course::GradeResult result = std::move(*m_result);
    m_result.reset();
    emit finished(result);
}

} // namespace ownlings::gui
