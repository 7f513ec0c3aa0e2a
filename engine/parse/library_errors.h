#pragma once
// Clang errors raised inside library headers, moved to the learner's line.

#include "engine/diagnostics/diagnostic.h"

#include <string>
#include <vector>

namespace ownlings::engine {

/// An error inside a library header (a template instantiated with a type it
/// cannot take, say) is shown where the learner's code asked for it: the last
/// note of its instantiation chain in the checked file, whose text becomes the
/// primary label; the header's location becomes a note. Further errors of the
/// same origin only repeat the first one, so they are dropped. `errors` hold
/// notes in the checked file as labels (collectErrors does).
void anchorLibraryErrors(std::vector<Diagnostic>& errors, const std::string& checkedPath);

} // namespace ownlings::engine
