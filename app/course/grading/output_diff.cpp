// A small line diff: context before the first difference, then the expected
// and the actual lines from there, a few each.

#include "app/course/grading/output_diff.h"

#include <QStringList>

namespace ownlings::course {

namespace {

constexpr qsizetype kContextLines = 2;
constexpr qsizetype kShownLines = 4;
constexpr qsizetype kMaxLineChars = 120;

QString quotedLine(QString line)
{
    line.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\t'), QLatin1String("\\t"));
    line.replace(QLatin1Char('\r'), QLatin1String("\\r")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    if (line.size() > kMaxLineChars)
        line = line.left(kMaxLineChars) + QStringLiteral("...");
    return QLatin1Char('"') + line + QLatin1Char('"');
}

/// Lines of `text`; a final newline ends the last line rather than starting an empty one.
QStringList linesOf(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    return lines;
}

void appendSide(QStringList& out, QChar sign, const QStringList& lines, qsizetype from)
{
    const qsizetype end = qMin(lines.size(), from + kShownLines);
    for (qsizetype i = from; i < end; ++i)
        out << QStringLiteral(" %1 %2 | %3").arg(sign).arg(i + 1, 3).arg(quotedLine(lines.at(i)));
    if (lines.size() > end)
        out << QStringLiteral(" %1     | ... %2 more lines").arg(sign).arg(lines.size() - end);
    if (from >= lines.size())
        out << QStringLiteral(" %1     | (nothing more)").arg(sign);
}

QString newlineDifference(const QString& expected)
{
    return expected.endsWith(QLatin1Char('\n'))
        ? QStringLiteral("the output is right except that it must end with a newline (add '\\n' or std::endl)")
        : QStringLiteral("the output is right except that it must not end with a newline");
}

} // namespace

QString describeOutputDifference(const QString& expected, const QString& actual)
{
    if (expected == actual)
        return {};
    const QStringList want = linesOf(expected);
    const QStringList got = linesOf(actual);
    if (want == got)
        return newlineDifference(expected);
    if (actual.isEmpty())
        return QStringLiteral("the program printed nothing, but %1 line(s) are expected:\n").arg(want.size())
            + [&] {
                  QStringList out;
                  appendSide(out, QLatin1Char('-'), want, 0);
                  return out.join(QLatin1Char('\n'));
              }();
    qsizetype first = 0;
    while (first < want.size() && first < got.size() && want.at(first) == got.at(first))
        ++first;
    QStringList out{QStringLiteral("the output differs from the expected output on line %1 (- expected, + printed):").arg(first + 1)};
    for (qsizetype i = qMax<qsizetype>(0, first - kContextLines); i < first; ++i)
        out << QStringLiteral("   %1 | %2").arg(i + 1, 3).arg(quotedLine(want.at(i)));
    appendSide(out, QLatin1Char('-'), want, first);
    appendSide(out, QLatin1Char('+'), got, first);
    return out.join(QLatin1Char('\n'));
}

} // namespace ownlings::course
