#pragma once
// Text, CSV and JSON views of a course's items and progress.

#include "app/course/session/course.h"

#include <QString>

namespace ownlings::cli {

/// Chapters with their items, a status mark each, `>` before the current one.
QString listText(course::Course& course, bool color);
/// The same as a JSON object: pack, current, items[].
QString listJson(course::Course& course);
/// Per item: status, attempts, hints, solution viewed, first seen, done at, time to done.
/// `format` is "table", "csv" or "json".
QString progressText(course::Course& course, const QString& format);
/// A quiz's question and choices (or its program with line numbers).
QString quizText(course::Course& course, const course::Quiz& quiz);

} // namespace ownlings::cli
