#pragma once
// Recording a grade that was computed elsewhere: for a front end that grades on
// a worker thread while the progress store stays on the thread that opened it.

#include "app/course/grading/grade_result.h"
#include "app/course/progress/progress_types.h"

#include <QString>

namespace ownlings::course {

class Course;
struct Exercise;

/// The store's record of grading `source` with `result`.
AttemptRecord attemptRecord(const GradeResult& result, const QString& source);

/// Whether a result says anything about the learner's code (it was neither
/// cancelled nor stopped by a problem of grading itself), and so is recorded.
bool isRecordable(const GradeResult& result);

/// Records `result` for `source` as Course::gradeAndRecord() does after grading:
/// an attempt with its source snapshot. Call on the thread that opened the
/// course. Returns the store's error; empty when recorded or not recordable.
QString recordGrade(Course& course, const Exercise& exercise, const QString& source, const GradeResult& result);

} // namespace ownlings::course
