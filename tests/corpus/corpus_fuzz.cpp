// Robustness test: every case file, cut short at a random point or with random
// lines deleted, must end in findings, a clean result or a compile error;
// never a crash, an internal error or a check that runs longer than 10 s.
//   ownlings_corpus_fuzz [--mutants N] [--seed S] [--root DIR] CASE.cpp...
// Mutants depend only on the seed and each file's path relative to --root, so a
// failure names a mutant that can be rebuilt; it is also written to ./fuzz-failures/.
#include "mutation.h"
#include "watchdog.h"

#include "engine/checker.h"
#include "engine/diagnostics/json_renderer.h"
#include "engine/diagnostics/text_renderer.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace ownlings;
namespace fs = std::filesystem;

namespace {

constexpr std::chrono::milliseconds kCheckLimit{10'000};

struct Options {
    unsigned mutants = 2;
    std::uint64_t seed = 20240503;
    fs::path root;
    std::vector<fs::path> files;
};

struct Case {
    std::string name; ///< path relative to the root, for messages and seeds
    fs::path path;
    tests::Mutant mutant;
};

std::optional<Options> parseArgs(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--mutants" && hasValue) options.mutants = static_cast<unsigned>(std::stoul(argv[++i]));
        else if (arg == "--seed" && hasValue) options.seed = std::stoull(argv[++i]);
        else if (arg == "--root" && hasValue) options.root = argv[++i];
        else if (arg.rfind("--", 0) == 0) return std::nullopt;
        else options.files.push_back(arg);
    }
    if (options.files.empty() || options.mutants == 0) return std::nullopt;
    return options;
}

std::optional<std::string> readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) return std::nullopt;
    return text.str();
}

const char* statusWord(const engine::FileReport& report) {
    switch (report.status) {
    case engine::FileStatus::Checked: return report.findings.empty() ? "clean" : "findings";
    case engine::FileStatus::CompileError: return "compile-error";
    case engine::FileStatus::InputError: return "input-error";
    case engine::FileStatus::InternalError: return "internal-error";
    }
    return "internal-error";
}

/// Checks one mutant with every rule and renders the result as a user would see it.
tests::JobOutcome checkMutant(const Case& item) {
    engine::CheckOptions options;
    options.rules = engine::RuleSet::all();
    const engine::FileReport report = engine::checkSource(item.mutant.source, item.path.string(), options);
    if (report.status == engine::FileStatus::InternalError) return {false, "internal error: " + report.error};
    const std::string text = engine::TextRenderer(false).render(report) + engine::renderJson({report});
    if (text.empty()) return {false, "the report renders as nothing"};
    return {true, statusWord(report)};
}

fs::path writeFailure(const Case& item, std::size_t index) {
    const fs::path folder = "fuzz-failures";
    fs::create_directories(folder);
    const fs::path out = folder / (item.path.stem().string() + ".mutant" + std::to_string(index) + ".cpp");
    std::ofstream(out, std::ios::binary) << item.mutant.source;
    return fs::absolute(out);
}

} // namespace

int main(int argc, char** argv) {
    const auto options = parseArgs(argc, argv);
    if (!options) {
        std::fprintf(stderr, "usage: ownlings_corpus_fuzz [--mutants N] [--seed S] [--root DIR] CASE.cpp...\n");
        return 2;
    }
    std::vector<Case> cases;
    for (const fs::path& path : options->files) {
        const auto text = readText(path);
        if (!text) {
            std::printf("FAIL %s: cannot read the file\n", path.c_str());
            return 1;
        }
        const std::string name = options->root.empty() ? path.filename().string()
                                                       : path.lexically_relative(options->root).generic_string();
        for (tests::Mutant& mutant : tests::makeMutants(*text, tests::seedFor(name, options->seed), options->mutants))
            cases.push_back({name, path, std::move(mutant)});
    }

    const auto reports = tests::runWatched(cases.size(), kCheckLimit, [&](std::size_t i) { return checkMutant(cases[i]); });

    int failures = 0;
    std::map<std::string, int> outcomes;
    const tests::JobReport* slowest = nullptr;
    for (const tests::JobReport& report : reports) {
        const Case& item = cases[report.index];
        if (!slowest || report.milliseconds > slowest->milliseconds) slowest = &report;
        if (report.outcome.ok) {
            ++outcomes[report.outcome.detail];
            continue;
        }
        ++failures;
        std::printf("FAIL %s [%s]: %s\n  mutant written to %s\n", item.name.c_str(), item.mutant.name.c_str(),
                    report.outcome.detail.c_str(), writeFailure(item, report.index).c_str());
    }
    std::printf("%zu mutants of %zu files:", cases.size(), options->files.size());
    for (const auto& [outcome, count] : outcomes) std::printf(" %d %s,", count, outcome.c_str());
    if (slowest)
        std::printf(" slowest %ld ms (%s, %s)\n", slowest->milliseconds, cases[slowest->index].name.c_str(),
                    cases[slowest->index].mutant.name.c_str());
    if (reports.size() != cases.size()) {
        std::printf("FAIL: %zu of %zu mutants were not run\n", cases.size() - reports.size(), cases.size());
        return 1;
    }
    std::printf("fuzz: %d mutants ended well, %d did not\n", static_cast<int>(cases.size()) - failures, failures);
    return failures == 0 ? 0 : 1;
}
