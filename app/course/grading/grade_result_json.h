#pragma once
// GradeResult <-> JSON, for the grade cache and for `--format json` output.

#include "app/course/grading/grade_result.h"

#include <QJsonObject>

#include <optional>

namespace ownlings::course {

/// Every field of the result (fromCache is not written).
QJsonObject gradeResultToJson(const GradeResult& result);

/// Reads what gradeResultToJson wrote; nullopt when `json` is not such a
/// result (a damaged or foreign cache file).
std::optional<GradeResult> gradeResultFromJson(const QJsonObject& json);

} // namespace ownlings::course
