// `ownlings explain`.
#include "app/cli/explain_command.h"

#include "app/cli/cli_app.h"
#include "app/cli/terminal.h"
#include "engine/explanations.h"
#include "engine/rules.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <utility>

namespace ownlings::cli {
namespace {

constexpr const char* kHelp = R"(Usage: ownlings explain [OPTIONS] [RULE]

Prints the long explanation of RULE: what it means, an example, the same
mistake in Rust, how to fix it, the checker's known limits and how to silence
a false positive. Without RULE, lists every rule.

Options:
  --color auto|always|never
                       colour the headings (default: auto, on a terminal unless
                       NO_COLOR is set)
  -h, --help           print this help
)";

constexpr const char* kHelpCommand = "ownlings explain --help";
constexpr std::size_t kWidth = 80;
constexpr const char* kBold = "1";
constexpr const char* kBlue = "1;34";
constexpr const char* kRed = "1;31";
constexpr const char* kYellow = "1;33";

/// Names other tools use for what one of our rules catches.
constexpr std::pair<std::string_view, std::string_view> kAliases[]{
    {"use-after-free", "use-after-delete"},        {"double-free", "use-after-delete"},
    {"double-delete", "use-after-delete"},         {"dangling-pointer", "dangling-reference"},
    {"iterator-invalidation", "invalidated-reference"}, {"memory-leak", "leak"},
    {"aliasing", "exclusive-mutable-borrow"},
};

struct ExplainArgs {
    ColorChoice color = ColorChoice::Auto;
    std::optional<std::string> rule;
    bool help = false;
};

/// Fills `out` from the argument list; returns an error message or nullopt.
std::optional<std::string> parseArgs(const std::vector<std::string>& args, ExplainArgs& out) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "-h" || arg == "--help") {
            out.help = true;
        } else if (arg == "--color" || arg == "--colour" || arg.starts_with("--color=") || arg.starts_with("--colour=")) {
            const auto eq = arg.find('=');
            const std::string choice = eq != std::string::npos ? arg.substr(eq + 1) : i + 1 < args.size() ? args[++i] : "";
            if (!parseColorChoice(choice, out.color)) return "`--color` takes `auto`, `always` or `never`";
        } else if (arg.size() > 1 && arg[0] == '-') {
            return "unknown option `" + arg + "`";
        } else if (out.rule) {
            return "`ownlings explain` takes one rule, not `" + *out.rule + "` and `" + arg + "`";
        } else {
            out.rule = arg;
        }
    }
    return std::nullopt;
}

std::string paint(const std::string& text, const char* style, bool color) {
    return color ? "\x1b[" + std::string(style) + "m" + text + "\x1b[0m" : text;
}

/// Edit distance between two rule names, for "did you mean".
std::size_t distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            diagonal = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitution});
        }
    }
    return row[b.size()];
}

/// `Use_After_Move` -> `use-after-move`.
std::string normalised(std::string_view name) {
    std::string out;
    for (char c : name) out += c == '_' || c == ' ' ? '-' : (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
}

/// The error for an unknown rule, suggesting the closest id (or the rules that mirror a rustc code).
std::string unknownRule(const std::string& name) {
    std::vector<std::string> mirroring;
    for (const engine::RuleInfo& rule : engine::allRules())
        if (!rule.rustCode.empty() && normalised(rule.rustCode) == normalised(name))
            mirroring.push_back("`" + std::string(rule.name) + "`");
    if (!mirroring.empty()) {
        std::string list = mirroring.front();
        for (std::size_t i = 1; i < mirroring.size(); ++i) list += (i + 1 == mirroring.size() ? " or " : ", ") + mirroring[i];
        return "`" + name + "` is a rustc error code, not a rule id; did you mean " + list + "?";
    }
    const std::string wanted = normalised(name);
    for (const auto& [alias, rule] : kAliases)
        if (wanted == alias) return "unknown rule `" + name + "`; did you mean `" + std::string(rule) + "`?";
    const auto rules = engine::allRules();
    const auto closest = std::min_element(rules.begin(), rules.end(), [&](const auto& a, const auto& b) {
        return distance(wanted, a.name) < distance(wanted, b.name);
    });
    return "unknown rule `" + name + "`; did you mean `" + std::string(closest->name) + "`?";
}

/// `text` broken into lines of at most `width` characters at spaces.
std::vector<std::string> wrap(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    while (!text.empty()) {
        const std::size_t space = text.find(' ');
        const std::string_view word = text.substr(0, space);
        if (!line.empty() && line.size() + 1 + word.size() > width) lines.push_back(std::exchange(line, {}));
        line += (line.empty() ? "" : " ") + std::string(word);
        text.remove_prefix(space == std::string_view::npos ? text.size() : space + 1);
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

/// Where the Rust code column starts: after the longest rule id.
std::size_t codeColumn() {
    std::size_t longest = 0;
    for (const engine::RuleInfo& rule : engine::allRules()) longest = std::max(longest, rule.name.size());
    return 2 + longest + 2;
}

/// `  use-after-move              E0382  an object is used after ...`, the summary wrapped.
std::string listEntry(const engine::RuleInfo& rule) {
    std::string id = "  " + std::string(rule.name);
    id.resize(codeColumn(), ' ');
    std::string code = rule.rustCode.empty() ? "-" : std::string(rule.rustCode);
    code.resize(7, ' ');
    std::string summary(rule.summary);
    if (!engine::isImplemented(rule.id)) summary += " (not checked yet)";
    const std::string indent(id.size() + code.size(), ' ');
    std::string out;
    for (const std::string& line : wrap(summary, kWidth - indent.size()))
        out += (out.empty() ? id + code : indent) + line + "\n";
    return out;
}

void printList(bool color) {
    std::string out = "Ownership rules of ownlings, with the rustc error each one mirrors:\n";
    for (const engine::RuleKind kind : {engine::RuleKind::Bug, engine::RuleKind::Discipline}) {
        const bool bug = kind == engine::RuleKind::Bug;
        out += "\n" + paint(bug ? "bug rules, always checked:" : "discipline rules, checked when an exercise or `--rules` turns them on:",
                            bug ? kRed : kYellow, color) + "\n";
        for (const engine::RuleInfo& rule : engine::allRules())
            if (rule.kind == kind) out += listEntry(rule);
    }
    out += "\nRun `ownlings explain RULE` for what a rule means, an example, the same mistake\n"
           "in Rust, how to fix it, the checker's known limits and how to silence a false\n"
           "positive.\n";
    std::fputs(out.c_str(), stdout);
}

/// The Markdown text, with its headings coloured on a terminal.
std::string styled(std::string_view text, const engine::RuleInfo& rule, bool color) {
    if (!color) return std::string(text);
    std::string out;
    bool inCode = false;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string line(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (line.starts_with("```")) inCode = !inCode;
        if (!inCode && line.starts_with("# ")) out += paint(line, rule.kind == engine::RuleKind::Bug ? kRed : kYellow, true);
        else if (!inCode && line.starts_with("## ")) out += paint(line, kBlue, true);
        else out += line;
        out += "\n";
    }
    return out;
}

int printExplanation(const engine::RuleInfo& rule, bool color) {
    const std::string_view text = engine::explanation(rule.id);
    if (text.empty()) {
        std::fprintf(stderr, "error: this build of ownlings has no explanation of `%s`\n", std::string(rule.name).c_str());
        return kExitFailure;
    }
    std::string out = styled(text, rule, color);
    if (!engine::isImplemented(rule.id))
        out += "\n" + paint("note:", kBold, color) + " this version of ownlings does not check `" + std::string(rule.name) +
               "` yet;\nthe text above describes the rule as it is meant to work.\n";
    std::fputs(out.c_str(), stdout);
    return kExitClean;
}

} // namespace

int runExplain(const std::vector<std::string>& args) {
    ExplainArgs parsed;
    if (auto error = parseArgs(args, parsed)) return usageError(*error, kHelpCommand);
    if (parsed.help) {
        std::fputs(kHelp, stdout);
        return kExitClean;
    }
    const bool color = useColor(parsed.color);
    if (!parsed.rule) {
        printList(color);
        return kExitClean;
    }
    const auto id = engine::ruleFromName(*parsed.rule);
    if (!id) return usageError(unknownRule(*parsed.rule), "ownlings explain");
    return printExplanation(engine::ruleInfo(*id), color);
}

} // namespace ownlings::cli
