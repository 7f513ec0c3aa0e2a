// Finding locked regions with a small line lexer (comments, strings,
// #if nesting) and comparing them with the starting code's.

#include "app/course/grading/locked_regions.h"

#include <QRegularExpression>

namespace ownlings::course {

namespace {

const QRegularExpression& beginMarker()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*//\s*ownlings:\s*begin\s+locked\b(.*)$)"));
    return re;
}

const QRegularExpression& endMarker()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*//\s*ownlings:\s*end\s+locked\b)"));
    return re;
}

QString withoutTrailingSpace(const QString& line)
{
    qsizetype end = line.size();
    while (end > 0 && line.at(end - 1).isSpace())
        --end;
    return line.left(end);
}

/// "(the tests)" -> "the tests".
QString regionName(const QString& rest, int index)
{
    QString name = rest.trimmed();
    if (name.startsWith(QLatin1Char('(')) && name.endsWith(QLatin1Char(')')))
        name = name.mid(1, name.size() - 2).trimmed();
    return name.isEmpty() ? QStringLiteral("locked region %1").arg(index) : name;
}

/// Lexical state carried from line to line: block comments and #if nesting.
class LineLexer {
public:
    bool inBlockComment() const { return m_inBlockComment; }
    int conditionalDepth() const { return m_conditionalDepth; }

    void consume(const QString& line)
    {
        if (!m_inBlockComment)
            trackDirective(line.trimmed());
        scanComments(line);
    }

private:
    void trackDirective(const QString& trimmed)
    {
        if (!trimmed.startsWith(QLatin1Char('#')))
            return;
        const QString directive = trimmed.mid(1).trimmed().section(QRegularExpression(QStringLiteral(R"([^a-z])")), 0, 0);
        if (directive == QLatin1String("if") || directive == QLatin1String("ifdef")
            || directive == QLatin1String("ifndef"))
            ++m_conditionalDepth;
        else if (directive == QLatin1String("endif") && m_conditionalDepth > 0)
            --m_conditionalDepth;
    }

    void scanComments(const QString& line)
    {
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
            if (m_inBlockComment) {
                if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                    m_inBlockComment = false;
                    ++i;
                }
            } else if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
                return;
            } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                m_inBlockComment = true;
                ++i;
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                i = skipQuoted(line, i);
            }
        }
    }

    static qsizetype skipQuoted(const QString& line, qsizetype open)
    {
        const QChar quote = line.at(open);
        for (qsizetype i = open + 1; i < line.size(); ++i) {
            if (line.at(i) == QLatin1Char('\\'))
                ++i;
            else if (line.at(i) == quote)
                return i;
        }
        return line.size();
    }

    bool m_inBlockComment = false;
    int m_conditionalDepth = 0;
};

QString quoted(const QString& name)
{
    return QStringLiteral("\"%1\"").arg(name);
}

LockedRegionViolation violation(const LockedRegion& starting, int learnerLine, const QString& what)
{
    LockedRegionViolation result;
    result.region = starting.name;
    result.startingLine = starting.beginLine;
    result.learnerLine = learnerLine;
    result.message = QStringLiteral("the locked region %1 %2; locked code must stay as in the starting code")
                         .arg(quoted(starting.name), what);
    return result;
}

std::optional<LockedRegionViolation> compareRegion(const LockedRegion& starting, const LockedRegion& learner)
{
    if (!learner.closed)
        return violation(starting, learner.beginLine, QStringLiteral("has lost its end marker"));
    if (learner.commentDepth > starting.commentDepth)
        return violation(starting, learner.beginLine, QStringLiteral("was commented out"));
    if (learner.conditionalDepth != starting.conditionalDepth)
        return violation(starting, learner.beginLine,
                         QStringLiteral("was put under an #if that the starting code does not have"));
    if (learner.name != starting.name)
        return violation(starting, learner.beginLine,
                         QStringLiteral("was renamed on line %1").arg(learner.beginLine));
    const qsizetype common = qMin(starting.lines.size(), learner.lines.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (starting.lines.at(i) != learner.lines.at(i)) {
            const int line = learner.beginLine + 1 + static_cast<int>(i);
            return violation(starting, line, QStringLiteral("was changed on line %1").arg(line));
        }
    }
    if (starting.lines.size() != learner.lines.size()) {
        const int line = learner.beginLine + 1 + static_cast<int>(common);
        const QString what = learner.lines.size() > starting.lines.size() ? QStringLiteral("has extra lines from line %1")
                                                                          : QStringLiteral("has lines removed at line %1");
        return violation(starting, line, what.arg(line));
    }
    return std::nullopt;
}

} // namespace

std::vector<LockedRegion> lockedRegions(const QString& source)
{
    std::vector<LockedRegion> regions;
    LineLexer lexer;
    LockedRegion* open = nullptr;
    const QStringList lines = source.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = withoutTrailingSpace(lines.at(i));
        const int lineNumber = static_cast<int>(i) + 1;
        if (!open) {
            const QRegularExpressionMatch begin = beginMarker().match(line);
            if (begin.hasMatch()) {
                LockedRegion region;
                region.name = regionName(begin.captured(1), static_cast<int>(regions.size()) + 1);
                region.beginLine = lineNumber;
                region.commentDepth = lexer.inBlockComment() ? 1 : 0;
                region.conditionalDepth = lexer.conditionalDepth();
                regions.push_back(region);
                open = &regions.back();
            }
        } else if (endMarker().match(line).hasMatch()) {
            open->closed = true;
            open = nullptr;
        } else {
            open->lines << line;
        }
        lexer.consume(line);
    }
    return regions;
}

std::optional<LockedRegionViolation> findLockedRegionViolation(const QString& startingCode,
                                                               const QString& learnerSource,
                                                               const QString& learnerPath)
{
    const std::vector<LockedRegion> starting = lockedRegions(startingCode);
    const std::vector<LockedRegion> learner = lockedRegions(learnerSource);
    for (std::size_t i = 0; i < starting.size(); ++i) {
        std::optional<LockedRegionViolation> found;
        if (i >= learner.size())
            found = violation(starting[i], 0,
                              QStringLiteral("is missing (its markers are gone; it starts on line %1 of the starting code)")
                                  .arg(starting[i].beginLine));
        else
            found = compareRegion(starting[i], learner[i]);
        if (found) {
            found->file = learnerPath;
            return found;
        }
    }
    return std::nullopt;
}

} // namespace ownlings::course
