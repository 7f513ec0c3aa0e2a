// Snippet checking for engine tests.
#include "snippet.h"

#include <sstream>

namespace ownlings::tests {

engine::FileReport checkSnippet(const std::string& code, engine::RuleSet rules) {
    engine::CheckOptions options;
    options.rules = rules;
    return engine::checkSource(code, "snippet.cpp", options);
}

std::set<unsigned> linesOf(const engine::FileReport& report, engine::RuleId rule) {
    std::set<unsigned> lines;
    for (const engine::Diagnostic& d : report.findings)
        if (d.rule == rule) lines.insert(d.primary.line);
    return lines;
}

std::set<unsigned> markedLines(const std::string& code) {
    std::set<unsigned> lines;
    std::istringstream in(code);
    std::string line;
    for (unsigned number = 1; std::getline(in, line); ++number)
        if (line.find("// <-") != std::string::npos) lines.insert(number);
    return lines;
}

} // namespace ownlings::tests
