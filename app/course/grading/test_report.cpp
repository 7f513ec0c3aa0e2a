// The harness lines may follow program output on the same line (a learner's
// print without a newline), so they are found anywhere in a line.

#include "app/course/grading/test_report.h"

#include <QRegularExpression>

namespace ownlings::course {

namespace {

constexpr QLatin1String kPrefix("ownlings-test: ");

/// `<file>:<line>: <message>` after the test name.
const QRegularExpression& failureLocation()
{
    static const QRegularExpression re(QStringLiteral(R"(^(\S+):(\d+): (.*)$)"));
    return re;
}

/// A fail line's name is known from its start line; without one, the name
/// ends before the first ` <file>:<line>: `.
TestCaseResult parseFailure(const QString& rest, const QString& started, const SourcePaths& paths)
{
    TestCaseResult result;
    QString location;
    if (!started.isEmpty() && rest.startsWith(started + QLatin1Char(' '))) {
        result.name = started;
        location = rest.mid(started.size() + 1);
    } else {
        static const QRegularExpression split(QStringLiteral(R"(^(.*?) (\S+:\d+: .*)$)"));
        const QRegularExpressionMatch match = split.match(rest);
        result.name = match.hasMatch() ? match.captured(1) : rest;
        location = match.hasMatch() ? match.captured(2) : QString();
    }
    const QRegularExpressionMatch where = failureLocation().match(location);
    if (where.hasMatch()) {
        result.file = paths.displayName(where.captured(1));
        result.line = where.captured(2).toInt();
        result.message = paths.rewrite(where.captured(3));
    } else {
        result.message = location;
    }
    return result;
}

} // namespace

TestRunReport parseTestOutput(const QString& output, const SourcePaths& paths)
{
    TestRunReport report;
    QString started;
    QStringList programLines;
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        const qsizetype at = line.indexOf(kPrefix);
        if (at < 0) {
            programLines << line;
            continue;
        }
        if (at > 0)
            programLines << line.left(at);
        const QString body = line.mid(at + kPrefix.size());
        const QString verb = body.section(QLatin1Char(' '), 0, 0);
        const QString rest = body.section(QLatin1Char(' '), 1);
        if (verb == QLatin1String("start")) {
            started = rest;
        } else if (verb == QLatin1String("pass")) {
            report.tests.push_back({rest, true, {}, 0, {}});
            started.clear();
        } else if (verb == QLatin1String("fail")) {
            report.tests.push_back(parseFailure(rest, started, paths));
            started.clear();
        } else if (verb == QLatin1String("done")) {
            report.finished = true;
        }
    }
    report.unfinishedTest = started;
    report.programOutput = programLines.join(QLatin1Char('\n'));
    return report;
}

} // namespace ownlings::course
