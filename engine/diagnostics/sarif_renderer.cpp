// SARIF rendering of check results (OASIS SARIF 2.1.0).
#include "engine/diagnostics/sarif_renderer.h"

#include "engine/diagnostics/json_renderer.h"
#include "engine/explanations.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#ifndef OWNLINGS_VERSION
#define OWNLINGS_VERSION "0.0.0"
#endif
#ifndef OWNLINGS_HOMEPAGE_URL
#define OWNLINGS_HOMEPAGE_URL ""
#endif

namespace ownlings::engine {
namespace {

constexpr const char* kSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr const char* kSourceRoot = "%SRCROOT%";

/// Why a file could not be checked: the run's notification descriptors, indexed by FileStatus.
struct NotificationKind {
    FileStatus status;
    const char* id;
    const char* description;
};
constexpr std::array kNotificationKinds{
    NotificationKind{FileStatus::InputError, "input-error", "a file could not be read, or is not C++ source text"},
    NotificationKind{FileStatus::CompileError, "compile-error", "a file does not compile, so it was not checked"},
    NotificationKind{FileStatus::InternalError, "internal-error", "the checker failed on a file"},
};

std::string str(std::string_view text) { return jsonString(std::string(text)); }
std::string message(std::string_view text) { return "{\"text\":" + str(text) + "}"; }

template <class T, class Fn>
std::string array(const T& items, Fn&& each) {
    std::string out = "[";
    bool first = true;
    for (const auto& item : items) {
        const std::string element = each(item);
        if (element.empty()) continue;
        out += (first ? "" : ",") + element;
        first = false;
    }
    return out + "]";
}

const char* levelOf(Severity severity) {
    switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
    }
    return "error";
}

/// `use-after-move` -> `UseAfterMove`: SARIF's "friendly name" of a rule.
std::string pascalCase(std::string_view id) {
    std::string out;
    bool upper = true;
    for (const char c : id) {
        if (c == '-') {
            upper = true;
            continue;
        }
        out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        upper = false;
    }
    return out;
}

/// `path` percent-encoded as a URI path: only unreserved characters and `/` stay.
std::string percentEncoded(const std::string& path) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        const bool alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alphanumeric || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
            out += c;
        } else {
            out += '%';
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
        }
    }
    return out;
}

/// The text of the files a log mentions, split into lines, for column conversion.
class SourceLines {
public:
    void add(const std::string& path, const std::string& text) { m_files[path] = split(text); }

    /// The 1-based code point column of the 1-based UTF-8 byte column `byteColumn`
    /// on `line` of `path`; the byte column itself when the text is unknown.
    unsigned column(const std::string& path, unsigned line, unsigned byteColumn) {
        const std::vector<std::string>& lines = linesOf(path);
        if (line == 0 || line > lines.size() || byteColumn == 0) return byteColumn;
        const std::string& text = lines[line - 1];
        const std::size_t bytes = byteColumn - 1;
        const std::size_t within = std::min(bytes, text.size());
        const auto continuation = std::count_if(text.begin(), text.begin() + static_cast<long>(within),
                                                [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; });
        return static_cast<unsigned>(bytes - static_cast<std::size_t>(continuation) + 1);
    }

private:
    static std::vector<std::string> split(const std::string& text) {
        std::vector<std::string> lines;
        std::istringstream in(text);
        for (std::string line; std::getline(in, line);) lines.push_back(line);
        return lines;
    }

    const std::vector<std::string>& linesOf(const std::string& path) {
        auto found = m_files.find(path);
        if (found == m_files.end()) {
            std::ifstream in(path, std::ios::binary);
            std::ostringstream text;
            if (in) text << in.rdbuf();
            found = m_files.emplace(path, split(text.str())).first;
        }
        return found->second;
    }

    std::map<std::string, std::vector<std::string>> m_files;
};

/// The run's artifacts: every file a result or notification points into, by index.
class Artifacts {
public:
    std::size_t index(const std::string& path, bool analysisTarget = false) {
        for (std::size_t i = 0; i < m_files.size(); ++i)
            if (m_files[i].path == path) return i;
        m_files.push_back({path, analysisTarget});
        return m_files.size() - 1;
    }

    /// `{"uri":...}` or, for a relative path, `{"uri":...,"uriBaseId":"%SRCROOT%"}`, plus the index.
    std::string location(const std::string& path) {
        const std::size_t i = index(path);
        return "{" + uriFields(path) + ",\"index\":" + std::to_string(i) + "}";
    }

    bool anyRelative() const {
        return std::any_of(m_files.begin(), m_files.end(),
                           [](const File& file) { return !std::filesystem::path(file.path).is_absolute(); });
    }

    std::string json() const {
        return array(m_files, [](const File& file) {
            std::string out = "{\"location\":{" + uriFields(file.path) + "},\"sourceLanguage\":\"cplusplus\"";
            if (file.analysisTarget) out += ",\"roles\":[\"analysisTarget\"]";
            return out + "}";
        });
    }

private:
    struct File {
        std::string path;
        bool analysisTarget;
    };

    static std::string uriFields(const std::string& path) {
        if (std::filesystem::path(path).is_absolute()) return "\"uri\":" + str("file://" + percentEncoded(path));
        return "\"uri\":" + str(percentEncoded(path)) + ",\"uriBaseId\":" + str(kSourceRoot);
    }

    std::vector<File> m_files;
};

/// Renders one run: results and notifications first, since they decide the artifacts.
class RunWriter {
public:
    explicit RunWriter(const std::vector<FileReport>& reports) : m_reports(reports) {
        for (const FileReport& report : reports) {
            m_artifacts.index(report.path, true);
            if (!report.source.empty()) m_sources.add(report.path, report.source);
        }
    }

    std::string json() {
        std::vector<const Diagnostic*> findings;
        for (const FileReport& report : m_reports)
            for (const Diagnostic& finding : report.findings) findings.push_back(&finding);
        const std::string results = array(findings, [&](const Diagnostic* d) { return result(*d); });
        const std::string invocations = "[" + invocation() + "]";
        std::string out = "{\"tool\":{\"driver\":" + driver() + "}";
        out += ",\"invocations\":" + invocations;
        if (m_artifacts.anyRelative()) out += ",\"originalUriBaseIds\":" + baseIds();
        out += ",\"artifacts\":" + m_artifacts.json();
        out += ",\"results\":" + results;
        return out + ",\"columnKind\":\"unicodeCodePoints\"}";
    }

private:
    static std::string rule(const RuleInfo& info) {
        const std::string help(explanation(info.id));
        std::string out = "{\"id\":" + str(info.name);
        // A name that differs from the id only in case is one SARIF validators reject (`leak`).
        if (info.name.find('-') != std::string_view::npos) out += ",\"name\":" + str(pascalCase(info.name));
        out += ",\"shortDescription\":" + message(info.summary);
        out += ",\"fullDescription\":" + message(explanationLead(info.id));
        out += ",\"defaultConfiguration\":{\"level\":\"" + std::string(info.kind == RuleKind::Bug ? "error" : "warning") + "\"";
        out += "}";
        if (!help.empty()) out += ",\"help\":{\"text\":" + str(help) + ",\"markdown\":" + str(help) + "}";
        out += ",\"properties\":{\"tags\":[\"ownership\",\"" + std::string(info.kind == RuleKind::Bug ? "bug" : "discipline") + "\"]";
        if (!info.rustCode.empty()) out += ",\"rust\":" + str(info.rustCode);
        return out + "}}";
    }

    static std::string driver() {
        std::string out = "{\"name\":\"ownlings\",\"version\":" + str(OWNLINGS_VERSION);
        if (*OWNLINGS_HOMEPAGE_URL) out += ",\"informationUri\":" + str(OWNLINGS_HOMEPAGE_URL);
        out += ",\"rules\":" + array(allRules(), rule);
        out += ",\"notifications\":" + array(kNotificationKinds, [](const NotificationKind& kind) {
            return "{\"id\":" + str(kind.id) + ",\"name\":" + str(pascalCase(kind.id)) +
                   ",\"shortDescription\":" + message(kind.description) + "}";
        });
        return out + "}";
    }

    static std::string baseIds() {
        std::error_code error;
        const std::filesystem::path cwd = std::filesystem::current_path(error);
        if (error) return "{}";
        std::string uri = "file://" + percentEncoded(cwd.string());
        if (uri.back() != '/') uri += '/';
        return "{" + str(kSourceRoot) + ":{\"uri\":" + str(uri) + "}}";
    }

    /// `{"physicalLocation":...}` for `span` (no region when it has no line), with an optional message.
    std::string location(const SourceSpan& span, const std::string& text) {
        if (span.file.empty()) return {};
        std::string out = "{\"physicalLocation\":{\"artifactLocation\":" + m_artifacts.location(span.file);
        if (span.valid()) out += ",\"region\":" + region(span);
        out += "}";
        if (!text.empty()) out += ",\"message\":" + message(text);
        return out + "}";
    }

    std::string region(const SourceSpan& span) {
        std::string out = "{\"startLine\":" + std::to_string(span.line) +
                          ",\"startColumn\":" + std::to_string(m_sources.column(span.file, span.line, span.column));
        if (span.endLine >= span.line && span.endColumn > 0)
            out += ",\"endLine\":" + std::to_string(span.endLine) +
                   ",\"endColumn\":" + std::to_string(m_sources.column(span.file, span.endLine, span.endColumn));
        return out + "}";
    }

    static std::string messageText(const Diagnostic& d) {
        std::string text = d.message;
        for (const std::string& note : d.notes) text += "\nnote: " + note;
        if (!d.help.empty()) text += "\nhelp: " + d.help;
        return text;
    }

    std::string result(const Diagnostic& d) {
        if (!d.rule) return {};
        const RuleInfo& info = ruleInfo(*d.rule);
        std::string out = "{\"ruleId\":" + str(info.name) + ",\"ruleIndex\":" + std::to_string(static_cast<int>(*d.rule));
        out += ",\"level\":\"" + std::string(levelOf(d.severity)) + "\"";
        out += ",\"message\":" + message(messageText(d));
        const std::string primary = location(d.primary, d.primaryLabel);
        if (!primary.empty()) out += ",\"locations\":[" + primary + "]";
        int id = 0;
        out += ",\"relatedLocations\":" + array(d.labels, [&](const Label& label) {
            const std::string related = location(label.span, label.message);
            return related.empty() ? related : "{\"id\":" + std::to_string(++id) + "," + related.substr(1);
        });
        return out + "}";
    }

    std::string notification(const FileReport& report, const Diagnostic* compilerError) {
        std::size_t kind = 0;
        while (kind + 1 < kNotificationKinds.size() && kNotificationKinds[kind].status != report.status) ++kind;
        const std::string text = compilerError ? compilerError->message
                                 : report.error.empty() ? "could not check `" + report.path + "`"
                                                        : report.error;
        std::string out = "{\"level\":\"error\",\"message\":" + message(text);
        const std::string where = compilerError && compilerError->primary.valid()
                                      ? location(compilerError->primary, {})
                                      : location(SourceSpan{report.path, 0, 0, 0, 0}, {});
        out += ",\"locations\":[" + where + "]";
        out += ",\"descriptor\":{\"id\":" + str(kNotificationKinds[kind].id) + ",\"index\":" + std::to_string(kind) + "}";
        return out + "}";
    }

    std::string invocation() {
        std::vector<std::string> notifications;
        bool successful = true;
        for (const FileReport& report : m_reports) {
            if (!report.failed()) continue;
            successful = false;
            for (const Diagnostic& error : report.compilerErrors) notifications.push_back(notification(report, &error));
            if (report.compilerErrors.empty()) notifications.push_back(notification(report, nullptr));
        }
        std::string out = "{\"executionSuccessful\":" + std::string(successful ? "true" : "false");
        out += ",\"toolExecutionNotifications\":" + array(notifications, [](const std::string& n) { return n; });
        return out + "}";
    }

    const std::vector<FileReport>& m_reports;
    Artifacts m_artifacts;
    SourceLines m_sources;
};

} // namespace

std::string renderSarif(const std::vector<FileReport>& reports) {
    RunWriter run(reports);
    return "{\"$schema\":" + str(kSchema) + ",\"version\":\"2.1.0\",\"runs\":[" + run.json() + "]}\n";
}

} // namespace ownlings::engine
