// Sanitizer logs: split into reports, each read into stacks and facts, then
// phrased for a learner on the first stack frame in their own file.

#include "app/course/grading/sanitizer_report.h"

#include "app/course/grading/sanitizer_wording.h"

#include <QRegularExpression>

namespace ownlings::course {

namespace {

constexpr std::size_t kMaxLeakFindings = 10;

QRegularExpressionMatch matchIn(const QString& pattern, const QString& line)
{
    return QRegularExpression(pattern).match(line);
}

/// Reads one ASan report, line by line, into its stacks and facts.
class AsanReader {
public:
    explicit AsanReader(AsanFacts& facts)
        : m_facts(facts)
        , m_stack(&facts.accessStack)
    {
    }

    void read(const QString& line)
    {
        m_facts.text << line;
        if (const std::optional<StackFrame> frame = parseStackFrame(line)) {
            if (m_stack)
                m_stack->push_back(*frame);
            return;
        }
        if (line.trimmed().isEmpty()) {
            m_stack = nullptr;
            return;
        }
        readFact(line);
    }

private:
    void readFact(const QString& line)
    {
        if (auto m = matchIn(QStringLiteral(R"(^(READ|WRITE) of size (\d+))"), line); m.hasMatch()) {
            m_facts.access = m.captured(1).toLower();
            m_stack = &m_facts.accessStack;
        } else if (line.contains(QLatin1String("freed by thread"))) {
            m_stack = &m_facts.freedStack;
        } else if (line.contains(QLatin1String("allocated by thread"))) {
            m_stack = &m_facts.allocatedStack;
        } else if (line.contains(QLatin1String("is located in stack of thread"))) {
            m_stack = &m_facts.frameStack;
        } else if (line.contains(QLatin1String(" created by "))) {
            m_stack = nullptr; // where another thread was started: not the learner's bug
        } else if (auto region = matchIn(
                       QStringLiteral(R"(is located (\d+) bytes (inside of|after|before|to the right of|to the left of) (\d+)-byte region)"),
                       line);
                   region.hasMatch()) {
            m_facts.offset = region.captured(1).toLongLong();
            m_facts.relation = region.captured(2);
            m_facts.regionSize = region.captured(3).toLongLong();
        } else if (auto variable = matchIn(QStringLiteral(R"(\) '([^']+)'(?: \(line (\d+)\))? <== Memory access)"), line);
                   variable.hasMatch()) {
            m_facts.variable = variable.captured(1);
            m_facts.variableLine = variable.captured(2).toInt();
        } else if (auto signal = matchIn(QStringLiteral(R"(caused by a (READ|WRITE) memory access)"), line);
                   signal.hasMatch()) {
            m_facts.access = signal.captured(1).toLower();
        } else if (line.contains(QLatin1String("address points to the zero page"))) {
            m_facts.zeroPage = true;
        } else if (auto summary = matchIn(QStringLiteral(R"(^SUMMARY: AddressSanitizer: (\S+))"), line);
                   summary.hasMatch()) {
            m_facts.kind = summary.captured(1);
        }
    }

    AsanFacts& m_facts;
    std::vector<StackFrame>* m_stack;
};

/// The kind from the headline, for reports that end before their SUMMARY line.
QString kindFromHeadline(const QString& headline)
{
    if (headline.startsWith(QLatin1String("attempting double-free")))
        return QStringLiteral("double-free");
    if (headline.startsWith(QLatin1String("attempting free on address which was not malloc()-ed")))
        return QStringLiteral("bad-free");
    if (headline.startsWith(QLatin1String("hard rss limit exhausted")))
        return QStringLiteral("rss-limit-exceeded");
    if (headline.startsWith(QLatin1String("requested allocation size")))
        return QStringLiteral("allocation-size-too-big");
    return headline.section(QLatin1Char(' '), 0, 0);
}

/// Splits a log into the line ranges of its reports and parses each.
class LogParser {
public:
    LogParser(const SourcePaths& paths)
        : m_paths(paths)
    {
    }

    std::vector<SanitizerFinding> parse(const QStringList& lines)
    {
        for (qsizetype i = 0; i < lines.size(); ++i)
            i = parseAt(lines, i);
        return std::move(m_findings);
    }

private:
    /// Parses the report starting at `i`, if any; returns the last line it used.
    qsizetype parseAt(const QStringList& lines, qsizetype i)
    {
        const QString& line = lines.at(i);
        if (auto asan = matchIn(QStringLiteral(R"(^==\d+==ERROR: AddressSanitizer: (.*)$)"), line); asan.hasMatch())
            return parseAsan(lines, i, asan.captured(1));
        if (line.contains(QLatin1String("ERROR: LeakSanitizer: detected memory leaks")))
            return parseLeaks(lines, i);
        if (auto ubsan = matchIn(QStringLiteral(R"(^(.*?):(\d+):(\d+): runtime error: (.*)$)"), line); ubsan.hasMatch())
            return parseUbsan(lines, i, ubsan);
        return i;
    }

    qsizetype parseAsan(const QStringList& lines, qsizetype begin, const QString& headline)
    {
        AsanFacts facts;
        facts.headline = headline;
        facts.kind = kindFromHeadline(headline);
        AsanReader reader(facts);
        facts.text << lines.at(begin);
        qsizetype i = begin + 1;
        bool inShadowDump = false; // the memory map after the report: no use to a learner
        for (; i < lines.size() && !lines.at(i).contains(QLatin1String("==ABORTING")); ++i) {
            inShadowDump = inShadowDump || lines.at(i).startsWith(QLatin1String("Shadow bytes around"));
            if (!inShadowDump && !isRegisterDump(lines.at(i)))
                reader.read(lines.at(i));
        }
        m_findings.push_back(describeAsan(facts, m_paths));
        return i;
    }

    qsizetype parseLeaks(const QStringList& lines, qsizetype begin)
    {
        qsizetype i = begin + 1;
        std::optional<LeakFacts> leak;
        for (; i < lines.size() && !lines.at(i).startsWith(QLatin1String("SUMMARY:")); ++i) {
            const QString& line = lines.at(i);
            if (auto m = matchIn(QStringLiteral(R"(^(Direct|Indirect) leak of (\d+) byte\(s\) in (\d+) object)"), line);
                m.hasMatch()) {
                finishLeak(leak);
                leak = LeakFacts{m.captured(1) == QLatin1String("Indirect"), m.captured(2).toLongLong(),
                                 m.captured(3).toInt(), {}, {line}};
            } else if (leak) {
                if (const std::optional<StackFrame> frame = parseStackFrame(line))
                    leak->allocatedStack.push_back(*frame);
                if (!line.trimmed().isEmpty())
                    leak->text << line;
            }
        }
        finishLeak(leak);
        return i;
    }

    void finishLeak(std::optional<LeakFacts>& leak)
    {
        if (leak && m_leaks++ < kMaxLeakFindings)
            m_findings.push_back(describeLeak(*leak, m_paths));
        leak.reset();
    }

    qsizetype parseUbsan(const QStringList& lines, qsizetype begin, const QRegularExpressionMatch& headline)
    {
        UbsanFacts facts;
        facts.location = StackFrame{{}, headline.captured(1), headline.captured(2).toInt(), headline.captured(3).toInt()};
        facts.message = headline.captured(4);
        facts.text << lines.at(begin);
        qsizetype i = begin + 1;
        for (; i < lines.size(); ++i) {
            const QString& line = lines.at(i);
            if (const std::optional<StackFrame> frame = parseStackFrame(line)) {
                facts.stack.push_back(*frame);
            } else if (auto summary = matchIn(QStringLiteral(R"(^SUMMARY: UndefinedBehaviorSanitizer: (\S+))"), line);
                       summary.hasMatch()) {
                facts.kind = summary.captured(1);
                facts.text << line;
                break;
            } else if (line.contains(QLatin1String(": runtime error: "))) {
                --i; // the next report; no SUMMARY line for this one
                break;
            }
            if (!line.trimmed().isEmpty())
                facts.text << line;
        }
        m_findings.push_back(describeUbsan(facts, m_paths));
        return i;
    }

    static bool isRegisterDump(const QString& line)
    {
        return line.contains(QLatin1String("Register values:")) || line.contains(QLatin1String(" = 0x"));
    }

    const SourcePaths& m_paths;
    std::vector<SanitizerFinding> m_findings;
    std::size_t m_leaks = 0;
};

} // namespace

std::optional<StackFrame> parseStackFrame(const QString& line)
{
    static const QRegularExpression frame(QStringLiteral(R"(^\s*#\d+ 0x[0-9a-fA-F]+ ?(.*)$)"));
    static const QRegularExpression location(QStringLiteral(R"(^(.*)\s([^\s(]\S*?):(\d+)(?::(\d+))?$)"));
    const QRegularExpressionMatch match = frame.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    StackFrame result;
    QString rest = match.captured(1).trimmed();
    if (rest.startsWith(QLatin1String("in ")))
        rest = rest.mid(3);
    const QRegularExpressionMatch where = location.match(rest);
    if (where.hasMatch()) {
        result.function = where.captured(1).trimmed();
        result.file = where.captured(2);
        result.line = where.captured(3).toInt();
        result.column = where.captured(4).toInt();
    } else {
        result.function = rest;
    }
    return result;
}

std::vector<SanitizerFinding> parseSanitizerLog(const QString& log, const SourcePaths& paths)
{
    return LogParser(paths).parse(log.split(QLatin1Char('\n')));
}

} // namespace ownlings::course
