// Recording a grade computed on another thread.
#include "app/course/session/attempt_record.h"

#include "app/course/session/course.h"

namespace ownlings::course {

AttemptRecord attemptRecord(const GradeResult& result, const QString& source) {
    AttemptRecord record;
    record.stage = stageName(result.stage);
    record.passed = result.passed;
    record.rulesHit = result.rulesHit();
    record.durationMs = result.totalMs();
    record.source = source.toUtf8();
    return record;
}

bool isRecordable(const GradeResult& result) { return !result.cancelled && result.stage != GradeStage::Setup; }

QString recordGrade(Course& course, const Exercise& exercise, const QString& source, const GradeResult& result) {
    if (!isRecordable(result)) return {};
    if (course.store().recordAttempt(course.pack().id, exercise.id, attemptRecord(result, source))) return {};
    return course.store().lastError();
}

} // namespace ownlings::course
