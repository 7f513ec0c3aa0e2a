#pragma once
// How a diagnostic's severity looks on screen: its colours and its small round icon.

#include "engine/diagnostics/diagnostic.h"

#include <QColor>
#include <QIcon>
#include <QImage>

namespace ownlings::gui {

/// The strong colour of a severity: squiggles, icons, margin markers.
QColor severityColor(engine::Severity severity);

/// A pale tint of the severity colour, for backgrounds behind annotation text.
QColor severityTint(engine::Severity severity);

/// A round badge (a cross for errors, "!" for warnings, "i" for notes) of
/// `size` x `size` device-independent pixels.
QImage severityImage(engine::Severity severity, int size);

/// The badge as an icon, at the sizes list views and toolbars ask for.
QIcon severityIcon(engine::Severity severity);

/// A green round badge with a tick: "checked, nothing found".
QIcon cleanIcon();

} // namespace ownlings::gui
