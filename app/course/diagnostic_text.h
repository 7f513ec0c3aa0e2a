#pragma once
// Turning engine diagnostics into display text and editor positions.

#include "engine/diagnostics/diagnostic.h"

#include <QString>

class QByteArray;

namespace ownlings::course {

/// The 0-based character index in a line of the 1-based UTF-8 byte column
/// Clang reports. Editors such as QScintilla count characters, not bytes,
/// so lines with non-ASCII text need this.
int characterIndex(const QByteArray& lineUtf8, unsigned byteColumn);

/// One line for a list: `12:5  error[use-after-move]: use of moved value: `name``.
QString summaryLine(const engine::Diagnostic& diagnostic);

/// Everything a learner needs in a tooltip: headline, each label with its line,
/// notes, help and the Rust error code, one per line.
QString detailText(const engine::Diagnostic& diagnostic);

} // namespace ownlings::course
