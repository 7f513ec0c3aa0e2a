// `ownlings check`.
#include "app/cli/check_command.h"

#include "app/cli/cli_app.h"
#include "app/cli/terminal.h"
#include "engine/checker.h"
#include "engine/diagnostics/json_renderer.h"
#include "engine/diagnostics/sarif_renderer.h"
#include "engine/diagnostics/text_renderer.h"

#include <algorithm>
#include <cstdio>
#include <optional>

namespace ownlings::cli {
namespace {

constexpr const char* kHelp = R"(Usage: ownlings check [OPTIONS] FILE... [-- COMPILER-FLAGS...]

Checks each C++ FILE for ownership bugs (use after move, dangling references,
...) and prints diagnostics in the style of rustc.

Options:
  --format text|json|sarif
                       output format (default: text); sarif writes SARIF 2.1.0
                       for editors and CI
  --rules LIST         rules to check, separated by commas: `all`, `bugs` (the
                       default), `discipline`, or rule ids such as use-after-move
  --color auto|always|never
                       colour the text (default: auto, on a terminal unless
                       NO_COLOR is set)
  -h, --help           print this help

Flags after `--` go to the compiler, e.g. `-- -I include -DDEBUG -std=c++23`.

Exit status: 0 no findings, 1 findings, 2 a file could not be read or parsed,
or the command line was wrong.
)";

enum class Format { Text, Json, Sarif };

struct CheckArgs {
    Format format = Format::Text;
    ColorChoice color = ColorChoice::Auto;
    engine::CheckOptions options;
    std::vector<std::string> files;
    bool help = false;
};

constexpr const char* kHelpCommand = "ownlings check --help";

/// Fills `out` from the argument list; returns an error message or nullopt.
std::optional<std::string> parseArgs(const std::vector<std::string>& args, CheckArgs& out) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&]() -> std::optional<std::string> {
            if (const auto eq = arg.find('='); eq != std::string::npos) return arg.substr(eq + 1);
            if (i + 1 < args.size()) return args[++i];
            return std::nullopt;
        };
        auto is = [&](const char* name) { return arg == name || arg.rfind(std::string(name) + "=", 0) == 0; };
        if (arg == "--") {
            out.options.compilerArgs.assign(args.begin() + static_cast<long>(i) + 1, args.end());
            break;
        } else if (arg == "-h" || arg == "--help") {
            out.help = true;
        } else if (is("--format")) {
            const auto format = value();
            if (format == "text") out.format = Format::Text;
            else if (format == "json") out.format = Format::Json;
            else if (format == "sarif") out.format = Format::Sarif;
            else return "`--format` takes `text`, `json` or `sarif`";
        } else if (is("--rules")) {
            const auto list = value();
            if (!list) return "`--rules` needs a list of rules";
            std::string error;
            auto rules = engine::parseRuleList(*list, error);
            if (!rules) return error;
            out.options.rules = *rules;
        } else if (is("--color") || is("--colour")) {
            const auto choice = value();
            if (!choice || !parseColorChoice(*choice, out.color)) return "`--color` takes `auto`, `always` or `never`";
        } else if (arg.size() > 1 && arg[0] == '-') {
            return "unknown option `" + arg + "`";
        } else {
            out.files.push_back(arg);
        }
    }
    if (!out.help && out.files.empty()) return "no file to check";
    return std::nullopt;
}

std::string plural(std::size_t count, const char* word) {
    return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

std::string summary(const std::vector<engine::FileReport>& reports) {
    std::size_t errors = 0, warnings = 0, withFindings = 0, failed = 0;
    for (const engine::FileReport& report : reports) {
        failed += report.failed();
        withFindings += !report.findings.empty();
        for (const engine::Diagnostic& d : report.findings)
            (d.severity == engine::Severity::Error ? errors : warnings) += 1;
    }
    const std::string where = reports.size() == 1 ? "`" + reports.front().path + "`"
                                                   : plural(reports.size(), "file");
    if (failed == reports.size()) return {};
    if (errors + warnings == 0) return "no ownership problems found in " + where + "\n";
    std::string found = "found " + plural(errors, "error");
    if (warnings) found += " and " + plural(warnings, "warning");
    if (reports.size() == 1) return found + " in " + where + "\n";
    return found + " in " + std::to_string(withFindings) + " of " + where + "\n";
}

int exitStatus(const std::vector<engine::FileReport>& reports) {
    const bool failed = std::any_of(reports.begin(), reports.end(), [](const auto& r) { return r.failed(); });
    const bool findings = std::any_of(reports.begin(), reports.end(), [](const auto& r) { return !r.findings.empty(); });
    return failed ? kExitFailure : findings ? kExitFindings : kExitClean;
}

void printText(const std::vector<engine::FileReport>& reports, bool color) {
    engine::TextRenderer renderer(color);
    for (const engine::FileReport& report : reports) {
        const std::string text = renderer.render(report);
        std::fputs(text.c_str(), report.failed() ? stderr : stdout);
    }
    std::fputs(summary(reports).c_str(), stdout);
}

} // namespace

int runCheck(const std::vector<std::string>& args) {
    CheckArgs parsed;
    if (auto error = parseArgs(args, parsed)) return usageError(*error, kHelpCommand);
    if (parsed.help) {
        std::fputs(kHelp, stdout);
        return kExitClean;
    }
    std::vector<engine::FileReport> reports;
    for (const std::string& file : parsed.files) reports.push_back(engine::checkFile(file, parsed.options));
    if (parsed.format == Format::Json)
        std::fputs(engine::renderJson(reports).c_str(), stdout);
    else if (parsed.format == Format::Sarif)
        std::fputs(engine::renderSarif(reports).c_str(), stdout);
    else
        printText(reports, useColor(parsed.color));
    return exitStatus(reports);
}

} // namespace ownlings::cli
