#pragma once
// GradeController: F5 on an exercise: grade in the background, record on the GUI thread, show and mark the result.

#include "app/gui/grade_result_metatype.h"

#include <QObject>
#include <QString>

namespace ownlings::course {
class Course;
}

namespace ownlings::gui {

class CourseController;
class GradeRunner;

/// Saves the open exercise, grades the editor's text with the course's Grader
/// on a worker thread (GradeRunner), then on the GUI thread records the
/// attempt with its source, paints the findings in the editor, shows the
/// output in the Grading dock and, after a pass, offers the next exercise.
class GradeController : public QObject {
    Q_OBJECT
public:
    explicit GradeController(CourseController* controller);

    /// Grades the open exercise; false when none is open or a grade runs.
    bool grade();
    /// Asks the running grade to stop (it is then not recorded).
    void cancel();
    /// Cancels and waits, recording nothing: before the course or exercise goes away.
    void stop();
    bool isGrading() const;
    GradeRunner* runner() const { return m_runner; }

signals:
    /// A grade finished and, unless cancelled, was recorded.
    void graded(const ownlings::course::GradeResult& result);

private:
    void onFinished(const course::GradeResult& result);
    void paintDiagnostics(const course::GradeResult& result);
    void setRunning(bool running);
    void showGradeDock();

    CourseController* m_controller;
    GradeRunner* m_runner;
    course::Course* m_course = nullptr; ///< the course being graded for
    QString m_exerciseId;
    QString m_path;
    QString m_source;
};

} // namespace ownlings::gui
