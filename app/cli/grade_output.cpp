// Text of a grading result.
#include "app/cli/grade_output.h"

#include "engine/diagnostics/text_renderer.h"

namespace ownlings::cli {
namespace {

QString indented(const QString& text, const QString& prefix) {
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty()) lines.removeLast();
    for (QString& line : lines) line.prepend(prefix);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString programSection(const course::ProgramRun& program) {
    QString text;
    if (!program.standardOutput.isEmpty()) {
        text += QStringLiteral("program output:\n") + indented(program.standardOutput, QStringLiteral("  | "));
        if (program.outputTruncated) text += QStringLiteral("  (output truncated)\n");
    }
    if (!program.standardError.isEmpty()) {
        text += QStringLiteral("program errors:\n") + indented(program.standardError, QStringLiteral("  | "));
        if (program.errorTruncated) text += QStringLiteral("  (error output truncated)\n");
    }
    return text;
}

QString testsSection(const std::vector<course::TestCaseResult>& tests) {
    QString text;
    for (const course::TestCaseResult& test : tests) {
        text += test.passed ? QStringLiteral("  pass  %1\n").arg(test.name)
                            : QStringLiteral("  FAIL  %1  (%2:%3: %4)\n").arg(test.name, test.file).arg(test.line).arg(test.message);
    }
    return tests.empty() ? text : QStringLiteral("tests:\n") + text;
}

QString headline(const course::GradeResult& result, bool color) {
    const char* style = result.passed ? "\x1b[1;32m" : "\x1b[1;31m";
    const QString word = result.passed ? QStringLiteral("passed") : QStringLiteral("failed at %1").arg(course::stageName(result.stage));
    QString line = QStringLiteral("%1 (%2 ms%3)").arg(word).arg(result.totalMs())
                       .arg(result.fromCache ? QStringLiteral(", cached") : QString());
    if (color) line = QString::fromLatin1(style) + line + QStringLiteral("\x1b[0m");
    return line + QLatin1Char('\n');
}

} // namespace

QString gradeResultText(const course::GradeResult& result, const QString& sourcePath, const QString& source,
                        bool color) {
    engine::TextRenderer renderer(color);
    renderer.addSource(sourcePath.toStdString(), source.toStdString());
    QString text;
    for (const engine::Diagnostic& diagnostic : result.allDiagnostics())
        text += QString::fromStdString(renderer.render(diagnostic));
    if (result.stage == course::GradeStage::Compile && result.compilerDiagnostics.empty())
        text += indented(result.compilerOutput, QString());
    if (result.program) text += programSection(*result.program);
    text += testsSection(result.tests);
    for (const QString& note : result.notes) text += QStringLiteral("note: %1\n").arg(note);
    if (!result.message.isEmpty()) text += result.message.trimmed() + QLatin1Char('\n');
    return text + headline(result, color);
}

} // namespace ownlings::cli
