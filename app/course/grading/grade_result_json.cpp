// JSON for GradeResult: plain objects and arrays, stage and rule names as text.

#include "app/course/grading/grade_result_json.h"

#include <QJsonArray>

namespace ownlings::course {

namespace {

QString str(const std::string& text)
{
    return QString::fromStdString(text);
}

std::string toStd(const QJsonValue& value)
{
    return value.toString().toStdString();
}

QJsonObject spanToJson(const engine::SourceSpan& span)
{
    return {{"file", str(span.file)},
            {"line", static_cast<int>(span.line)},
            {"column", static_cast<int>(span.column)},
            {"endLine", static_cast<int>(span.endLine)},
            {"endColumn", static_cast<int>(span.endColumn)}};
}

engine::SourceSpan spanFromJson(const QJsonObject& json)
{
    const auto number = [&](const char* key) { return static_cast<unsigned>(qMax(0, json.value(QLatin1String(key)).toInt())); };
    return {toStd(json.value(QLatin1String("file"))), number("line"), number("column"), number("endLine"), number("endColumn")};
}

QJsonArray stringsToJson(const std::vector<std::string>& strings)
{
    QJsonArray array;
    for (const std::string& text : strings)
        array.append(str(text));
    return array;
}

QString severityName(engine::Severity severity)
{
    switch (severity) {
    case engine::Severity::Error: return QStringLiteral("error");
    case engine::Severity::Warning: return QStringLiteral("warning");
    case engine::Severity::Note: return QStringLiteral("note");
    }
    return QStringLiteral("error");
}

engine::Severity severityFromName(const QString& name)
{
    if (name == QLatin1String("warning"))
        return engine::Severity::Warning;
    return name == QLatin1String("note") ? engine::Severity::Note : engine::Severity::Error;
}

QJsonObject diagnosticToJson(const engine::Diagnostic& diagnostic)
{
    QJsonArray labels;
    for (const engine::Label& label : diagnostic.labels)
        labels.append(QJsonObject{{"span", spanToJson(label.span)}, {"message", str(label.message)}});
    return {{"rule", diagnostic.rule ? QJsonValue(str(std::string(engine::ruleInfo(*diagnostic.rule).name))) : QJsonValue()},
            {"severity", severityName(diagnostic.severity)},
            {"message", str(diagnostic.message)},
            {"primary", spanToJson(diagnostic.primary)},
            {"primaryLabel", str(diagnostic.primaryLabel)},
            {"labels", labels},
            {"notes", stringsToJson(diagnostic.notes)},
            {"help", str(diagnostic.help)},
            {"rustCode", str(diagnostic.rustCode)}};
}

engine::Diagnostic diagnosticFromJson(const QJsonObject& json)
{
    engine::Diagnostic diagnostic;
    if (json.value(QLatin1String("rule")).isString())
        diagnostic.rule = engine::ruleFromName(toStd(json.value(QLatin1String("rule"))));
    diagnostic.severity = severityFromName(json.value(QLatin1String("severity")).toString());
    diagnostic.message = toStd(json.value(QLatin1String("message")));
    diagnostic.primary = spanFromJson(json.value(QLatin1String("primary")).toObject());
    diagnostic.primaryLabel = toStd(json.value(QLatin1String("primaryLabel")));
    for (const QJsonValue& label : json.value(QLatin1String("labels")).toArray()) {
        const QJsonObject object = label.toObject();
        diagnostic.labels.push_back({spanFromJson(object.value(QLatin1String("span")).toObject()),
                                     toStd(object.value(QLatin1String("message")))});
    }
    for (const QJsonValue& note : json.value(QLatin1String("notes")).toArray())
        diagnostic.notes.push_back(toStd(note));
    diagnostic.help = toStd(json.value(QLatin1String("help")));
    diagnostic.rustCode = toStd(json.value(QLatin1String("rustCode")));
    return diagnostic;
}

QJsonArray diagnosticsToJson(const std::vector<engine::Diagnostic>& diagnostics)
{
    QJsonArray array;
    for (const engine::Diagnostic& diagnostic : diagnostics)
        array.append(diagnosticToJson(diagnostic));
    return array;
}

std::vector<engine::Diagnostic> diagnosticsFromJson(const QJsonValue& value)
{
    std::vector<engine::Diagnostic> diagnostics;
    for (const QJsonValue& item : value.toArray())
        diagnostics.push_back(diagnosticFromJson(item.toObject()));
    return diagnostics;
}

QJsonObject lockedToJson(const LockedRegionViolation& locked)
{
    return {{"region", locked.region}, {"file", locked.file}, {"startingLine", locked.startingLine},
            {"learnerLine", locked.learnerLine}, {"message", locked.message}};
}

LockedRegionViolation lockedFromJson(const QJsonObject& json)
{
    return {json.value(QLatin1String("region")).toString(), json.value(QLatin1String("file")).toString(),
            json.value(QLatin1String("startingLine")).toInt(), json.value(QLatin1String("learnerLine")).toInt(),
            json.value(QLatin1String("message")).toString()};
}

QJsonObject programToJson(const ProgramRun& program)
{
    return {{"end", static_cast<int>(program.end)},
            {"exitCode", program.exitCode},
            {"signal", program.signal},
            {"stdout", program.standardOutput},
            {"stderr", program.standardError},
            {"stdoutTruncated", program.outputTruncated},
            {"stderrTruncated", program.errorTruncated},
            {"sandboxed", program.sandboxed}};
}

ProgramRun programFromJson(const QJsonObject& json)
{
    ProgramRun program;
    program.end = static_cast<ProgramRun::End>(qBound(0, json.value(QLatin1String("end")).toInt(),
                                                      static_cast<int>(ProgramRun::End::FailedToStart)));
    program.exitCode = json.value(QLatin1String("exitCode")).toInt();
    program.signal = json.value(QLatin1String("signal")).toInt();
    program.standardOutput = json.value(QLatin1String("stdout")).toString();
    program.standardError = json.value(QLatin1String("stderr")).toString();
    program.outputTruncated = json.value(QLatin1String("stdoutTruncated")).toBool();
    program.errorTruncated = json.value(QLatin1String("stderrTruncated")).toBool();
    program.sandboxed = json.value(QLatin1String("sandboxed")).toBool();
    return program;
}

QJsonArray findingsToJson(const std::vector<SanitizerFinding>& findings)
{
    QJsonArray array;
    for (const SanitizerFinding& finding : findings)
        array.append(QJsonObject{{"tool", finding.tool}, {"kind", finding.kind},
                                 {"diagnostic", diagnosticToJson(finding.diagnostic)}, {"report", finding.report}});
    return array;
}

std::vector<SanitizerFinding> findingsFromJson(const QJsonValue& value)
{
    std::vector<SanitizerFinding> findings;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject object = item.toObject();
        findings.push_back({object.value(QLatin1String("tool")).toString(), object.value(QLatin1String("kind")).toString(),
                            diagnosticFromJson(object.value(QLatin1String("diagnostic")).toObject()),
                            object.value(QLatin1String("report")).toString()});
    }
    return findings;
}

QJsonArray testsToJson(const std::vector<TestCaseResult>& tests)
{
    QJsonArray array;
    for (const TestCaseResult& test : tests)
        array.append(QJsonObject{{"name", test.name}, {"passed", test.passed}, {"file", test.file},
                                 {"line", test.line}, {"message", test.message}});
    return array;
}

std::vector<TestCaseResult> testsFromJson(const QJsonValue& value)
{
    std::vector<TestCaseResult> tests;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject object = item.toObject();
        tests.push_back({object.value(QLatin1String("name")).toString(), object.value(QLatin1String("passed")).toBool(),
                         object.value(QLatin1String("file")).toString(), object.value(QLatin1String("line")).toInt(),
                         object.value(QLatin1String("message")).toString()});
    }
    return tests;
}

QJsonArray timingsToJson(const std::vector<StageTiming>& timings)
{
    QJsonArray array;
    for (const StageTiming& timing : timings)
        array.append(QJsonObject{{"stage", stageName(timing.stage)}, {"ms", timing.ms}});
    return array;
}

std::vector<StageTiming> timingsFromJson(const QJsonValue& value)
{
    std::vector<StageTiming> timings;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject object = item.toObject();
        timings.push_back({stageFromName(object.value(QLatin1String("stage")).toString()).value_or(GradeStage::Setup),
                           object.value(QLatin1String("ms")).toInteger()});
    }
    return timings;
}

} // namespace

QJsonObject gradeResultToJson(const GradeResult& result)
{
    QJsonObject json{{"stage", stageName(result.stage)},
                     {"passed", result.passed},
                     {"cancelled", result.cancelled},
                     {"message", result.message},
                     {"checkDiagnostics", diagnosticsToJson(result.checkDiagnostics)},
                     {"compilerOutput", result.compilerOutput},
                     {"compilerDiagnostics", diagnosticsToJson(result.compilerDiagnostics)},
                     {"sanitizerFindings", findingsToJson(result.sanitizerFindings)},
                     {"tests", testsToJson(result.tests)},
                     {"timings", timingsToJson(result.timings)},
                     {"notes", QJsonArray::fromStringList(result.notes)}};
    if (result.locked)
        json.insert(QLatin1String("locked"), lockedToJson(*result.locked));
    if (result.program)
        json.insert(QLatin1String("program"), programToJson(*result.program));
    return json;
}

std::optional<GradeResult> gradeResultFromJson(const QJsonObject& json)
{
    const std::optional<GradeStage> stage = stageFromName(json.value(QLatin1String("stage")).toString());
    if (!stage || !json.value(QLatin1String("passed")).isBool())
        return std::nullopt;
    GradeResult result;
    result.stage = *stage;
    result.passed = json.value(QLatin1String("passed")).toBool();
    result.cancelled = json.value(QLatin1String("cancelled")).toBool();
    result.message = json.value(QLatin1String("message")).toString();
    if (json.contains(QLatin1String("locked")))
        result.locked = lockedFromJson(json.value(QLatin1String("locked")).toObject());
    result.checkDiagnostics = diagnosticsFromJson(json.value(QLatin1String("checkDiagnostics")));
    result.compilerOutput = json.value(QLatin1String("compilerOutput")).toString();
    result.compilerDiagnostics = diagnosticsFromJson(json.value(QLatin1String("compilerDiagnostics")));
    if (json.contains(QLatin1String("program")))
        result.program = programFromJson(json.value(QLatin1String("program")).toObject());
    result.sanitizerFindings = findingsFromJson(json.value(QLatin1String("sanitizerFindings")));
    result.tests = testsFromJson(json.value(QLatin1String("tests")));
    result.timings = timingsFromJson(json.value(QLatin1String("timings")));
    for (const QJsonValue& note : json.value(QLatin1String("notes")).toArray())
        result.notes << note.toString();
    return result;
}

} // namespace ownlings::course
