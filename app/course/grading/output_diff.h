#pragma once
// Comparing a program's stdout with the exercise's expected output.

#include <QString>

namespace ownlings::course {

/// Empty when `actual` equals `expected` exactly; otherwise a few lines
/// naming the first differing line, with the expected (-) and actual (+)
/// lines from there, quoted so that spaces and missing newlines show.
QString describeOutputDifference(const QString& expected, const QString& actual);

} // namespace ownlings::course
