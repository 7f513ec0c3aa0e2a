// Terminal detection for colour output.
#include "app/cli/terminal.h"

#include <cstdlib>
#include <unistd.h>

namespace ownlings::cli {

bool parseColorChoice(std::string_view text, ColorChoice& choice) {
    if (text == "auto") choice = ColorChoice::Auto;
    else if (text == "always") choice = ColorChoice::Always;
    else if (text == "never") choice = ColorChoice::Never;
    else return false;
    return true;
}

bool useColor(ColorChoice choice) {
    switch (choice) {
    case ColorChoice::Always: return true;
    case ColorChoice::Never: return false;
    case ColorChoice::Auto: break;
    }
    const char* noColor = std::getenv("NO_COLOR");
    if (noColor && *noColor) return false;
    const char* term = std::getenv("TERM");
    if (term && std::string_view(term) == "dumb") return false;
    return isatty(STDOUT_FILENO) == 1;
}

} // namespace ownlings::cli
