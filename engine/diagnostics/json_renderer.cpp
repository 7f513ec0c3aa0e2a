// JSON rendering of check results.
#include "engine/diagnostics/json_renderer.h"

#include <cstdio>

namespace ownlings::engine {
namespace {

/// Length of the valid UTF-8 sequence starting at `i`, or 0.
std::size_t utf8Length(const std::string& text, std::size_t i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k)
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
    return length;
}

std::string escapeControl(unsigned char c) {
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: break;
    }
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
    return buffer;
}

const char* statusName(FileStatus status) {
    switch (status) {
    case FileStatus::Checked: return "checked";
    case FileStatus::InputError: return "input-error";
    case FileStatus::CompileError: return "compile-error";
    case FileStatus::InternalError: return "internal-error";
    }
    return "checked";
}

const char* severityName(Severity severity) {
    switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
    }
    return "error";
}

std::string position(const SourceSpan& span) {
    return "\"line\":" + std::to_string(span.line) + ",\"column\":" + std::to_string(span.column) +
           ",\"end_line\":" + std::to_string(span.endLine) + ",\"end_column\":" + std::to_string(span.endColumn);
}

template <class T, class Fn>
std::string array(const std::vector<T>& items, Fn&& each) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + each(items[i]);
    return out + "]";
}

std::string diagnosticJson(const Diagnostic& d) {
    std::string out = "{\"rule\":" + (d.rule ? jsonString(std::string(ruleInfo(*d.rule).name)) : std::string("null"));
    out += ",\"severity\":\"" + std::string(severityName(d.severity)) + "\"";
    out += "," + position(d.primary);
    out += ",\"message\":" + jsonString(d.message);
    out += ",\"label\":" + jsonString(d.primaryLabel);
    out += ",\"labels\":" + array(d.labels, [](const Label& label) {
        return "{" + position(label.span) + ",\"message\":" + jsonString(label.message) + "}";
    });
    out += ",\"notes\":" + array(d.notes, [](const std::string& note) { return jsonString(note); });
    out += ",\"help\":" + jsonString(d.help);
    out += ",\"rust\":" + jsonString(d.rustCode);
    return out + "}";
}

std::string fileJson(const FileReport& report) {
    std::string out = "{\"path\":" + jsonString(report.path);
    out += ",\"status\":\"" + std::string(statusName(report.status)) + "\"";
    out += ",\"diagnostics\":" + array(report.findings, diagnosticJson);
    if (report.failed()) {
        out += ",\"error\":" + jsonString(report.error.empty() ? "it does not compile" : report.error);
        out += ",\"compiler_errors\":" + array(report.compilerErrors, diagnosticJson);
    }
    return out + "}";
}

} // namespace

std::string jsonString(const std::string& text) {
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == '"' || c == '\\') {
            out += escapeControl(c);
            ++i;
        } else if (const std::size_t length = utf8Length(text, i)) {
            out.append(text, i, length);
            i += length;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return out + "\"";
}

std::string renderJson(const std::vector<FileReport>& reports) {
    return "{\"files\":" + array(reports, fileJson) + "}\n";
}

} // namespace ownlings::engine
