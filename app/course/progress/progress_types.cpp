// Names and small computations over the progress values.
#include "app/course/progress/progress_types.h"

namespace ownlings::course {

QString statusName(ExerciseStatus status) {
    switch (status) {
    case ExerciseStatus::NotStarted: return QStringLiteral("not started");
    case ExerciseStatus::Attempted: return QStringLiteral("attempted");
    case ExerciseStatus::Done: return QStringLiteral("done");
    }
    return QStringLiteral("not started");
}

QString snapshotReasonName(SnapshotReason reason) {
    switch (reason) {
    case SnapshotReason::Attempt: return QStringLiteral("attempt");
    case SnapshotReason::Reset: return QStringLiteral("reset");
    case SnapshotReason::Restore: return QStringLiteral("restore");
    case SnapshotReason::Manual: return QStringLiteral("manual");
    }
    return QStringLiteral("attempt");
}

std::optional<qint64> ExerciseProgress::timeToDoneMs() const {
    if (!firstSeen.isValid() || !doneAt.isValid())
        return std::nullopt;
    return firstSeen.msecsTo(doneAt);
}

} // namespace ownlings::course
