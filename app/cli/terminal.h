#pragma once
// Facts about the terminal the CLI writes to.

#include <string_view>

namespace ownlings::cli {

enum class ColorChoice { Auto, Always, Never };

/// Parses `auto`, `always` or `never`; false for anything else.
bool parseColorChoice(std::string_view text, ColorChoice& choice);

/// Whether to colour standard output: `Auto` colours a terminal unless NO_COLOR is set.
bool useColor(ColorChoice choice);

} // namespace ownlings::cli
