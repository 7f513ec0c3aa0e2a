#pragma once
// GradeRunner: runs one Grader::grade() on a worker thread so the window never blocks.

#include "app/course/grading/grade_request.h"
#include "app/gui/grade_result_metatype.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace ownlings::course {
class Grader;
}

namespace ownlings::gui {

/// Grades on a thread of its own, one job at a time, and reports on the GUI
/// thread. Only the Grader is touched off the GUI thread: recording the
/// attempt (the progress store is bound to its thread) is the receiver's job.
class GradeRunner : public QObject {
    Q_OBJECT
public:
    explicit GradeRunner(QObject* parent = nullptr);
    /// Cancels a grade in progress and waits for it.
    ~GradeRunner() override;

    /// Starts grading `request` with `grader`, which must stay alive until
    /// finished() (or stop()). False when a grade is already running.
    bool start(course::Grader& grader, course::GradeRequest request);

    /// Asks the running grade to stop; finished() follows with `cancelled` set.
    void cancel();

    /// Cancels and waits, without emitting finished(): call before the grader goes away.
    void stop();

    bool isRunning() const { return m_thread != nullptr; }

signals:
    void started();
    void finished(const ownlings::course::GradeResult& result);

private:
    void onThreadFinished();

    QThread* m_thread = nullptr;
    course::Grader* m_grader = nullptr;
    std::shared_ptr<course::GradeResult> m_result;
    std::shared_ptr<std::atomic<bool>> m_cancelled; ///< asked to stop; the worker checks it before grading
    QTimer m_recancel; ///< Grader::grade() clears a cancel() that came before it started: say it again

};

} // namespace ownlings::gui
