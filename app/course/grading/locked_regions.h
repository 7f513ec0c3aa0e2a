#pragma once
// Locked regions: `// ownlings: begin locked (name)` ... `// ownlings: end locked`
// in the starting code must reach grading unchanged (docs/pack-format.md).

#include "app/course/grading/grade_result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ownlings::course {

/// One region between the markers.
struct LockedRegion {
    QString name;        ///< from the begin marker; "locked region N" when it has none
    int beginLine = 0;   ///< 1-based line of the begin marker
    QStringList lines;   ///< the text between the markers, trailing whitespace removed
    bool closed = false; ///< an end marker follows
    int commentDepth = 0;      ///< 1 when the begin marker sits inside a /* */ comment
    int conditionalDepth = 0;  ///< #if/#ifdef/#ifndef blocks open at the begin marker
};

/// The locked regions of `source`, in order.
std::vector<LockedRegion> lockedRegions(const QString& source);

/// Compares the learner's regions with the starting code's, in order. Returns
/// the first one that was changed, removed, left unclosed, commented out or
/// put under an #if the starting code does not have; nullopt when all match.
std::optional<LockedRegionViolation> findLockedRegionViolation(const QString& startingCode,
                                                               const QString& learnerSource,
                                                               const QString& learnerPath);

} // namespace ownlings::course
