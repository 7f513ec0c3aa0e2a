#pragma once
// The one-line outcome of a check for the status bar ("1 error · 48 ms").

#include <QString>

namespace ownlings::engine {
struct FileReport;
}

namespace ownlings::gui {

/// "No ownership problems found", "1 error, 2 warnings", "Does not compile: 3
/// errors" or "Could not check: <why>", followed by the time taken.
QString checkSummary(const engine::FileReport& report, qint64 elapsedMs);

} // namespace ownlings::gui
