// clang++ output: `file:line:col: error: message` headlines, their notes, and
// linker errors that name a source line.

#include "app/course/grading/compiler_output.h"

#include <QRegularExpression>

namespace ownlings::course {

namespace {

const QRegularExpression& headline()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(.+?):(\d+):(\d+): (fatal error|error|warning|note): (.*)$)"));
    return re;
}

/// `/usr/bin/ld: main.cpp:(.text+0x12): undefined reference to `f()'` or, with
/// debug information, `/usr/bin/ld: /tmp/x/move1.cpp:5: undefined reference to ...`.
const QRegularExpression& linkerError()
{
    static const QRegularExpression re(QStringLiteral(R"(^\S*ld(?:\.\w+)?: (\S+?):(\d+): (undefined reference to .*)$)"));
    return re;
}

engine::SourceSpan spanAt(const QString& file, int line, int column)
{
    engine::SourceSpan span;
    span.file = file.toStdString();
    span.line = static_cast<unsigned>(line);
    span.column = static_cast<unsigned>(qMax(column, 1));
    span.endLine = span.line;
    span.endColumn = span.column + 1;
    return span;
}

engine::Diagnostic diagnosticAt(const engine::SourceSpan& span, engine::Severity severity, const QString& message)
{
    engine::Diagnostic diagnostic;
    diagnostic.severity = severity;
    diagnostic.message = message.toStdString();
    diagnostic.primary = span;
    return diagnostic;
}

void attachNote(engine::Diagnostic& owner, const engine::SourceSpan& span, const QString& message)
{
    if (span.file == owner.primary.file && span != owner.primary)
        owner.labels.push_back({span, message.toStdString()});
    else
        owner.notes.push_back(message.toStdString());
}

} // namespace

std::vector<engine::Diagnostic> parseCompilerOutput(const QString& output, const SourcePaths& paths)
{
    std::vector<engine::Diagnostic> diagnostics;
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = headline().match(line);
        if (match.hasMatch()) {
            const engine::SourceSpan span = spanAt(paths.displayName(match.captured(1)), match.captured(2).toInt(),
                                                   match.captured(3).toInt());
            const QString kind = match.captured(4);
            const QString message = paths.rewrite(match.captured(5));
            if (kind == QLatin1String("note")) {
                if (!diagnostics.empty())
                    attachNote(diagnostics.back(), span, message);
                continue;
            }
            const auto severity = kind == QLatin1String("warning") ? engine::Severity::Warning : engine::Severity::Error;
            diagnostics.push_back(diagnosticAt(span, severity, message));
            continue;
        }
        const QRegularExpressionMatch linker = linkerError().match(line);
        if (linker.hasMatch()) {
            const engine::SourceSpan span = spanAt(paths.displayName(linker.captured(1)), linker.captured(2).toInt(), 1);
            diagnostics.push_back(diagnosticAt(span, engine::Severity::Error, paths.rewrite(linker.captured(3))));
        }
    }
    return diagnostics;
}

} // namespace ownlings::course
