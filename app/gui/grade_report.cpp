// Rendering a GradeResult for the grade panel.
#include "app/gui/grade_report.h"

#include "app/course/diagnostic_text.h"

#include <QObject>
#include <QStringList>

namespace ownlings::gui {
namespace {

QString tr(const char* text) { return QObject::tr(text); }

QString duration(qint64 ms) {
    return ms < 1000 ? QObject::tr("%1 ms").arg(ms) : QObject::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QString pre(const QString& text) {
    return QStringLiteral("<pre style=\"margin:2px 0 6px 12px; white-space:pre-wrap\">%1</pre>").arg(text.toHtmlEscaped());
}

QString section(const QString& title, const QString& body) {
    return body.isEmpty() ? QString() : QStringLiteral("<h4 style=\"margin:8px 0 2px 0\">%1</h4>%2").arg(title.toHtmlEscaped(), body);
}

QString stageWords(course::GradeStage stage) {
    switch (stage) {
    case course::GradeStage::Setup: return tr("grading could not run");
    case course::GradeStage::Locked: return tr("a locked region was changed");
    case course::GradeStage::Check: return tr("the ownership check found problems");
    case course::GradeStage::Compile: return tr("the code does not compile");
    case course::GradeStage::Run: return tr("the program failed when run");
    case course::GradeStage::Test: return tr("a test failed");
    case course::GradeStage::Done: return tr("everything passed");
    }
    return {};
}

QString diagnosticsSection(const course::GradeResult& result) {
    QString body;
    for (const engine::Diagnostic& diagnostic : result.allDiagnostics())
        body += pre(course::detailText(diagnostic).trimmed());
    return section(tr("Problems"), body);
}

QString compilerSection(const course::GradeResult& result) {
    if (result.compilerOutput.trimmed().isEmpty()) return {};
    return section(tr("Compiler output"), pre(result.compilerOutput.trimmed()));
}

QString sanitizerSection(const course::GradeResult& result) {
    QString body;
    for (const course::SanitizerFinding& finding : result.sanitizerFindings)
        body += QStringLiteral("<p style=\"margin:2px 0\"><b>%1</b>: %2</p>").arg(finding.tool.toHtmlEscaped(), finding.kind.toHtmlEscaped())
                + pre(finding.report.trimmed());
    return section(tr("Sanitizer reports"), body);
}

QString programEnd(const course::ProgramRun& program) {
    using End = course::ProgramRun::End;
    switch (program.end) {
    case End::Exited: return tr("exited with code %1").arg(program.exitCode);
    case End::Crashed: return tr("crashed (signal %1)").arg(program.signal);
    case End::TimedOut: return tr("was stopped: it ran past the time limit");
    case End::OutputLimit: return tr("was stopped: it printed too much");
    case End::Cancelled: return tr("was stopped: grading was cancelled");
    case End::FailedToStart: return tr("could not be started");
    }
    return {};
}

QString programSection(const course::GradeResult& result) {
    if (!result.program) return {};
    const course::ProgramRun& program = *result.program;
    QString body = QStringLiteral("<p style=\"margin:2px 0\">%1</p>").arg(tr("The program %1.").arg(programEnd(program)).toHtmlEscaped());
    if (!program.standardOutput.isEmpty())
        body += QStringLiteral("<p style=\"margin:2px 0\">%1</p>").arg(tr("Standard output:")) + pre(program.standardOutput)
                + (program.outputTruncated ? QStringLiteral("<p><i>%1</i></p>").arg(tr("(truncated)")) : QString());
    if (!program.standardError.isEmpty() && result.sanitizerFindings.empty())
        body += QStringLiteral("<p style=\"margin:2px 0\">%1</p>").arg(tr("Standard error:")) + pre(program.standardError)
                + (program.errorTruncated ? QStringLiteral("<p><i>%1</i></p>").arg(tr("(truncated)")) : QString());
    return section(tr("Program"), body);
}

QString testsSection(const course::GradeResult& result) {
    QString body;
    for (const course::TestCaseResult& test : result.tests) {
        const QString mark = test.passed ? QStringLiteral("\u2713") : QStringLiteral("\u2717");
        QString line = QStringLiteral("%1 %2").arg(mark, test.name);
        if (!test.passed) line += QStringLiteral("\n    %1:%2: %3").arg(test.file).arg(test.line).arg(test.message);
        body += line + QLatin1Char('\n');
    }
    return body.isEmpty() ? QString() : section(tr("Tests"), pre(body.trimmed()));
}

QString notesSection(const course::GradeResult& result) {
    QString body;
    for (const QString& note : result.notes) body += QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
    return body.isEmpty() ? QString() : section(tr("Notes"), QStringLiteral("<ul style=\"margin:0\">%1</ul>").arg(body));
}

} // namespace

QString gradeHeadline(const course::GradeResult& result) {
    if (result.cancelled) return tr("Grading was cancelled.");
    if (result.passed)
        return QObject::tr("Passed in %1%2.").arg(duration(result.totalMs()),
                                                 result.fromCache ? tr(" (unchanged code, answered from the cache)") : QString());
    return QObject::tr("Not yet: %1.").arg(stageWords(result.stage));
}

QString stagePipeline(const course::GradeResult& result) {
    const bool failed = !result.passed && !result.cancelled;
    const auto step = [](bool ok, course::GradeStage stage, const QString& time) {
        return QStringLiteral("%1 %2%3").arg(ok ? QStringLiteral("\u2713") : QStringLiteral("\u2717"), course::stageName(stage),
                                             time.isEmpty() ? QString() : QLatin1Char(' ') + time);
    };
    QStringList steps;
    bool failureShown = false;
    for (const course::StageTiming& timing : result.timings) {
        const bool here = failed && timing.stage == result.stage;
        failureShown |= here;
        steps << step(!here, timing.stage, duration(timing.ms));
    }
    // Tests are judged from the run's output: the failing stage may have no timing of its own.
    if (failed && !failureShown && result.stage != course::GradeStage::Setup) steps << step(false, result.stage, QString());
    return steps.join(QStringLiteral("  \u2192  "));
}

QString gradeReportHtml(const course::GradeResult& result) {
    QString html;
    if (!result.message.trimmed().isEmpty()) html += pre(result.message.trimmed());
    const QString pipeline = stagePipeline(result);
    if (!pipeline.isEmpty()) html += QStringLiteral("<p style=\"margin:2px 0\">%1</p>").arg(pipeline.toHtmlEscaped());
    html += diagnosticsSection(result);
    html += compilerSection(result);
    html += sanitizerSection(result);
    html += programSection(result);
    html += testsSection(result);
    html += notesSection(result);
    return html;
}

} // namespace ownlings::gui
