// Encoding and decoding of check-worker protocol lines.
#include "app/course/check_protocol.h"

#include "engine/diagnostics/json_renderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace ownlings::course {
namespace {

using engine::Diagnostic;
using engine::FileReport;
using engine::FileStatus;
using engine::Severity;
using engine::SourceSpan;

QByteArray line(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n'; }

std::optional<QJsonObject> parseObject(QByteArrayView text, QString& error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.trimmed().toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        error = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

std::optional<qint64> idOf(const QJsonObject& object) {
    const QJsonValue id = object.value(QLatin1String("id"));
    if (!id.isDouble()) return std::nullopt;
    return id.toInteger();
}

// --- the engine JSON of one file, and back --------------------------------

/// The engine JSON has no file per span (the contract is about one file). A
/// compiler error inside a header must not be painted on the main file's
/// lines, so spans elsewhere get a "file" member; readers default to the report's path.
void addFileWhereElsewhere(QJsonObject& object, const SourceSpan& span, const std::string& mainPath) {
    if (span.valid() && span.file != mainPath) object.insert(QLatin1String("file"), QString::fromStdString(span.file));
}

QJsonArray annotateFiles(QJsonArray diagnostics, const std::vector<Diagnostic>& source, const std::string& mainPath) {
    for (qsizetype i = 0; i < diagnostics.size() && i < static_cast<qsizetype>(source.size()); ++i) {
        const Diagnostic& diagnostic = source[static_cast<std::size_t>(i)];
        QJsonObject object = diagnostics.at(i).toObject();
        addFileWhereElsewhere(object, diagnostic.primary, mainPath);
        QJsonArray labels = object.value(QLatin1String("labels")).toArray();
        for (qsizetype k = 0; k < labels.size() && k < static_cast<qsizetype>(diagnostic.labels.size()); ++k) {
            QJsonObject label = labels.at(k).toObject();
            addFileWhereElsewhere(label, diagnostic.labels[static_cast<std::size_t>(k)].span, mainPath);
            labels.replace(k, label);
        }
        object.insert(QLatin1String("labels"), labels);
        diagnostics.replace(i, object);
    }
    return diagnostics;
}

QJsonObject fileObject(const FileReport& report) {
    const std::string json = engine::renderJson({report});
    QJsonObject file = QJsonDocument::fromJson(QByteArray::fromStdString(json))
                           .object().value(QLatin1String("files")).toArray().at(0).toObject();
    file.insert(QLatin1String("diagnostics"),
                annotateFiles(file.value(QLatin1String("diagnostics")).toArray(), report.findings, report.path));
    if (file.contains(QLatin1String("compiler_errors")))
        file.insert(QLatin1String("compiler_errors"),
                    annotateFiles(file.value(QLatin1String("compiler_errors")).toArray(), report.compilerErrors,
                                  report.path));
    return file;
}

unsigned number(const QJsonObject& object, const char* key) {
    const qint64 value = object.value(QLatin1String(key)).toInteger();
    return value > 0 ? static_cast<unsigned>(value) : 0u;
}

std::string text(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toString().toStdString();
}

SourceSpan spanOf(const QJsonObject& object, const std::string& mainPath) {
    SourceSpan span;
    span.file = object.contains(QLatin1String("file")) ? text(object, "file") : mainPath;
    span.line = number(object, "line");
    span.column = number(object, "column");
    span.endLine = number(object, "end_line");
    span.endColumn = number(object, "end_column");
    return span;
}

std::optional<Severity> severityOf(const QString& name) {
    if (name == QLatin1String("error")) return Severity::Error;
    if (name == QLatin1String("warning")) return Severity::Warning;
    if (name == QLatin1String("note")) return Severity::Note;
    return std::nullopt;
}

std::optional<FileStatus> statusOf(const QString& name) {
    if (name == QLatin1String("checked")) return FileStatus::Checked;
    if (name == QLatin1String("input-error")) return FileStatus::InputError;
    if (name == QLatin1String("compile-error")) return FileStatus::CompileError;
    if (name == QLatin1String("internal-error")) return FileStatus::InternalError;
    return std::nullopt;
}

std::optional<Diagnostic> diagnosticOf(const QJsonObject& object, const std::string& mainPath, QString& error) {
    Diagnostic diagnostic;
    const QJsonValue rule = object.value(QLatin1String("rule"));
    if (rule.isString()) {
        diagnostic.rule = engine::ruleFromName(rule.toString().toStdString());
        if (!diagnostic.rule) {
            error = QStringLiteral("unknown rule `%1`").arg(rule.toString());
            return std::nullopt;
        }
    }
    const std::optional<Severity> severity = severityOf(object.value(QLatin1String("severity")).toString());
    if (!severity) {
        error = QStringLiteral("unknown severity `%1`").arg(object.value(QLatin1String("severity")).toString());
        return std::nullopt;
    }
    diagnostic.severity = *severity;
    diagnostic.primary = spanOf(object, mainPath);
    diagnostic.message = text(object, "message");
    diagnostic.primaryLabel = text(object, "label");
    for (const QJsonValue& label : object.value(QLatin1String("labels")).toArray())
        diagnostic.labels.push_back({spanOf(label.toObject(), mainPath), text(label.toObject(), "message")});
    for (const QJsonValue& note : object.value(QLatin1String("notes")).toArray())
        diagnostic.notes.push_back(note.toString().toStdString());
    diagnostic.help = text(object, "help");
    diagnostic.rustCode = text(object, "rust");
    return diagnostic;
}

bool readDiagnostics(const QJsonArray& array, const std::string& mainPath, std::vector<Diagnostic>& into,
                     QString& error) {
    for (const QJsonValue& value : array) {
        std::optional<Diagnostic> diagnostic = diagnosticOf(value.toObject(), mainPath, error);
        if (!diagnostic) return false;
        into.push_back(std::move(*diagnostic));
    }
    return true;
}

} // namespace

QByteArray encodeRequest(const CheckRequest& request) {
    QJsonObject object{{QLatin1String("id"), request.id},
                       {QLatin1String("file"), request.file},
                       {QLatin1String("source"), request.source},
                       {QLatin1String("rules"), request.rules},
                       {QLatin1String("args"), QJsonArray::fromStringList(request.compilerArgs)}};
    return line(object);
}

std::optional<CheckRequest> decodeRequest(QByteArrayView text, QString& error, std::optional<qint64>& id) {
    const std::optional<QJsonObject> object = parseObject(text, error);
    if (!object) return std::nullopt;
    id = idOf(*object);
    if (!id) {
        error = QStringLiteral("the request has no numeric \"id\"");
        return std::nullopt;
    }
    CheckRequest request;
    request.id = *id;
    request.file = object->value(QLatin1String("file")).toString();
    const QJsonValue source = object->value(QLatin1String("source"));
    if (request.file.isEmpty() || !source.isString()) {
        error = QStringLiteral("the request needs a \"file\" name and a \"source\" string");
        return std::nullopt;
    }
    request.source = source.toString();
    request.rules = object->value(QLatin1String("rules")).toString(QStringLiteral("bugs"));
    for (const QJsonValue& arg : object->value(QLatin1String("args")).toArray()) request.compilerArgs << arg.toString();
    return request;
}

QByteArray encodeReply(qint64 id, const FileReport& report, qint64 elapsedMs) {
    return line(QJsonObject{{QLatin1String("id"), id},
                            {QLatin1String("ms"), elapsedMs},
                            {QLatin1String("report"), fileObject(report)}});
}

QByteArray encodeErrorReply(std::optional<qint64> id, const QString& message) {
    return line(QJsonObject{{QLatin1String("id"), id ? QJsonValue(*id) : QJsonValue()},
                            {QLatin1String("error"), message}});
}

std::optional<CheckReply> decodeReply(QByteArrayView text, QString& error) {
    const std::optional<QJsonObject> object = parseObject(text, error);
    if (!object) return std::nullopt;
    CheckReply reply;
    reply.id = idOf(*object);
    reply.elapsedMs = object->value(QLatin1String("ms")).toInteger();
    if (object->contains(QLatin1String("report"))) {
        reply.report = reportFromJson(object->value(QLatin1String("report")).toObject(), error);
        if (!reply.report) return std::nullopt;
        return reply;
    }
    if (!object->contains(QLatin1String("error"))) {
        error = QStringLiteral("a reply needs a \"report\" or an \"error\"");
        return std::nullopt;
    }
    reply.error = object->value(QLatin1String("error")).toString();
    return reply;
}

std::optional<FileReport> reportFromJson(const QJsonObject& file, QString& error) {
    FileReport report;
    report.path = text(file, "path");
    const std::optional<FileStatus> status = statusOf(file.value(QLatin1String("status")).toString());
    if (report.path.empty() || !status) {
        error = QStringLiteral("a report needs a \"path\" and a known \"status\"");
        return std::nullopt;
    }
    report.status = *status;
    if (!readDiagnostics(file.value(QLatin1String("diagnostics")).toArray(), report.path, report.findings, error) ||
        !readDiagnostics(file.value(QLatin1String("compiler_errors")).toArray(), report.path, report.compilerErrors,
                         error))
        return std::nullopt;
    // The JSON always names an error for a failed file; the engine leaves it
    // empty when Clang's own errors say it all.
    const bool errorsSayIt = report.status == FileStatus::CompileError && !report.compilerErrors.empty();
    if (report.failed() && !errorsSayIt) report.error = text(file, "error");
    return report;
}

} // namespace ownlings::course
