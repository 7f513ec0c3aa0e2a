// Parsing `// case:` and `// expect:` marks.
#include "case_file.h"

#include <sstream>

namespace ownlings::tests {
namespace {

std::string trim(std::string text) {
    const auto first = text.find_first_not_of(" \t\r");
    const auto last = text.find_last_not_of(" \t\r");
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

} // namespace

std::optional<CaseFile> parseCaseFile(const std::string& text, std::string& error) {
    CaseFile result;
    std::istringstream in(text);
    std::string line;
    unsigned number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (number == 1 && line.rfind("// case:", 0) == 0) result.description = trim(line.substr(8));
        const auto mark = line.find("// expect:");
        if (mark == std::string::npos) continue;
        std::istringstream ids(line.substr(mark + 10));
        std::string id;
        while (std::getline(ids, id, ',')) {
            id = trim(id);
            if (id.empty()) {
                error = "line " + std::to_string(number) + ": empty rule id in expect mark";
                return std::nullopt;
            }
            result.expected[number].insert(id);
        }
    }
    return result;
}

} // namespace ownlings::tests
