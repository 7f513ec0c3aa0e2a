#pragma once
// How a diagnostic's severity looks on screen: its colours and its small round icon (and the
// action badges painted the same way).

#include "engine/diagnostics/diagnostic.h"

#include <QColor>
#include <QIcon>
#include <QImage>

namespace ownlings::gui {

/// The strong colour of a severity: squiggles, icons, margin markers.
QColor severityColor(engine::Severity severity);

/// A round badge (a cross for errors, "!" for warnings, "i" for notes) of
/// `size` x `size` device-independent pixels.
QImage severityImage(engine::Severity severity, int size);

/// The badge as an icon, at the sizes list views and toolbars ask for.
QIcon severityIcon(engine::Severity severity);

/// A green round badge with a tick: "checked, nothing found".
QIcon cleanIcon();

/// The Check action's icon: a green badge with a "play" triangle. Painted, so
/// it reads on light and dark toolbars alike (icon themes are often missing).
QIcon checkActionIcon();

/// The Explain action's icon: a blue badge with a question mark.
QIcon explainActionIcon();

} // namespace ownlings::gui
