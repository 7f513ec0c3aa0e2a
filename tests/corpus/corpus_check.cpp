// Checks one labelled case file with every rule and compares with its marks.
// Fails on a missed expectation of an implemented rule, on a finding of an
// implemented rule on an unmarked line, and on any file that does not parse.
// Expectations of rules not implemented yet are listed as skipped.
#include "case_file.h"

#include "engine/checker.h"
#include "engine/diagnostics/text_renderer.h"

#include <cstdio>
#include <fstream>
#include <sstream>

using namespace ownlings;

namespace {

int fail(const std::string& path, const std::string& message) {
    std::printf("FAIL %s: %s\n", path.c_str(), message.c_str());
    return 1;
}

bool foundAt(const engine::FileReport& report, unsigned line, const std::string& rule) {
    for (const engine::Diagnostic& d : report.findings)
        if (d.primary.line == line && d.rule && engine::ruleInfo(*d.rule).name == rule) return true;
    return false;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: ownlings_corpus_check CASE.cpp\n");
        return 2;
    }
    const std::string path = argv[1];
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    std::string error;
    const auto labelled = tests::parseCaseFile(text.str(), error);
    if (!in || !labelled) return fail(path, in ? error : "cannot read the file");

    engine::CheckOptions options;
    options.rules = engine::RuleSet::all();
    const engine::FileReport report = engine::checkSource(text.str(), path, options);
    engine::TextRenderer renderer(false);
    if (report.failed()) return fail(path, "could not be checked:\n" + renderer.render(report));

    int failures = 0;
    for (const auto& [line, rules] : labelled->expected) {
        for (const std::string& rule : rules) {
            const auto id = engine::ruleFromName(rule);
            if (!id) {
                failures += fail(path, "line " + std::to_string(line) + ": unknown rule `" + rule + "` in expect mark");
            } else if (!engine::isImplemented(*id)) {
                std::printf("SKIP %s:%u: expects %s (not implemented yet)\n", path.c_str(), line, rule.c_str());
            } else if (!foundAt(report, line, rule)) {
                failures += fail(path, "line " + std::to_string(line) + ": expected " + rule + ", not reported");
            }
        }
    }
    for (const engine::Diagnostic& d : report.findings) {
        const std::string rule(engine::ruleInfo(*d.rule).name);
        const auto marks = labelled->expected.find(d.primary.line);
        if (marks == labelled->expected.end() || !marks->second.count(rule))
            failures += fail(path, "line " + std::to_string(d.primary.line) + ": unexpected " + rule +
                                       " (false positive):\n" + renderer.render(d));
    }
    if (failures == 0) std::printf("PASS %s (%s)\n", path.c_str(), labelled->description.c_str());
    return failures == 0 ? 0 : 1;
}
