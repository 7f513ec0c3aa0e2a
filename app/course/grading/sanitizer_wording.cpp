// Turning sanitizer facts into a learner's diagnostic: "heap-use-after-free:
// this read touches memory freed on line 9", placed on their own line.

#include "app/course/grading/sanitizer_wording.h"

#include <algorithm>

namespace ownlings::course {

namespace {

/// The first frame in the learner's file, else in the test file.
const StackFrame* ownFrame(const std::vector<StackFrame>& stack, const SourcePaths& paths)
{
    for (const StackFrame& frame : stack) {
        if (paths.isLearnerFile(frame.file))
            return &frame;
    }
    for (const StackFrame& frame : stack) {
        if (paths.isTestFile(frame.file))
            return &frame;
    }
    return nullptr;
}

engine::SourceSpan spanOf(const StackFrame& frame, const SourcePaths& paths)
{
    engine::SourceSpan span;
    span.file = paths.displayName(frame.file).toStdString();
    span.line = static_cast<unsigned>(frame.line);
    span.column = static_cast<unsigned>(qMax(frame.column, 1));
    span.endLine = span.line;
    span.endColumn = span.column + 1;
    return span;
}

/// Builds one finding: the primary span, labels for other sites, the words.
class FindingBuilder {
public:
    FindingBuilder(const QString& tool, const QString& kind, const SourcePaths& paths)
        : m_paths(paths)
    {
        m_finding.tool = tool;
        m_finding.kind = kind;
    }

    void placeAt(const StackFrame* frame, const QString& label = {})
    {
        if (!frame)
            return;
        m_finding.diagnostic.primary = spanOf(*frame, m_paths);
        setPrimaryLabel(label);
    }

    void setPrimaryLabel(const QString& label)
    {
        if (m_finding.diagnostic.primary.valid())
            m_finding.diagnostic.primaryLabel = label.toStdString();
    }

    /// "on line 9" (the primary's file) or "in test.cpp:9"; `otherwise` without a frame.
    QString place(const StackFrame* frame, const QString& otherwise) const
    {
        if (!frame)
            return otherwise;
        const QString file = m_paths.displayName(frame->file);
        if (file.toStdString() == m_finding.diagnostic.primary.file || !m_finding.diagnostic.primary.valid())
            return QStringLiteral("on line %1").arg(frame->line);
        return QStringLiteral("in %1:%2").arg(file).arg(frame->line);
    }

    void label(const StackFrame* frame, const QString& text)
    {
        if (!frame)
            return;
        const engine::SourceSpan span = spanOf(*frame, m_paths);
        if (span.file == m_finding.diagnostic.primary.file && span != m_finding.diagnostic.primary)
            m_finding.diagnostic.labels.push_back({span, text.toStdString()});
    }

    SanitizerFinding finish(const QString& message, const QString& help, const QStringList& text)
    {
        m_finding.diagnostic.message = message.toStdString();
        m_finding.diagnostic.help = help.toStdString();
        m_finding.diagnostic.notes.push_back(("found at run time by " + m_finding.tool).toStdString());
        std::sort(m_finding.diagnostic.labels.begin(), m_finding.diagnostic.labels.end(),
                  [](const engine::Label& a, const engine::Label& b) { return a.span.line < b.span.line; });
        m_finding.report = text.join(QLatin1Char('\n'));
        return m_finding;
    }

private:
    const SourcePaths& m_paths;
    SanitizerFinding m_finding;
};

QString accessWord(const AsanFacts& facts)
{
    return facts.access.isEmpty() ? QStringLiteral("access") : facts.access;
}

QString overflowMessage(const AsanFacts& facts, const QString& allocatedPlace)
{
    QString where = QStringLiteral("outside");
    if (facts.relation == QLatin1String("after") || facts.relation == QLatin1String("to the right of"))
        where = facts.offset == 0 ? QStringLiteral("just past the end of") : QStringLiteral("%1 bytes past the end of").arg(facts.offset);
    else if (facts.relation == QLatin1String("before") || facts.relation == QLatin1String("to the left of"))
        where = QStringLiteral("%1 bytes before the start of").arg(facts.offset);
    return QStringLiteral("heap-buffer-overflow: this %1 is %2 the %3-byte block allocated %4")
        .arg(accessWord(facts), where)
        .arg(facts.regionSize)
        .arg(allocatedPlace);
}

QString localName(const AsanFacts& facts)
{
    if (facts.variable.isEmpty())
        return QStringLiteral("a local variable");
    const QString declared = facts.variableLine > 0 ? QStringLiteral(" (declared on line %1)").arg(facts.variableLine)
                                                    : QString();
    return QStringLiteral("`%1`%2").arg(facts.variable, declared);
}

struct Words {
    QString message;
    QString label;
    QString help;
};

Words asanWords(const AsanFacts& facts, const FindingBuilder& builder, const StackFrame* freed,
                const StackFrame* allocated)
{
    const QString access = accessWord(facts);
    const QString& kind = facts.kind;
    if (kind == QLatin1String("heap-use-after-free"))
        return {QStringLiteral("heap-use-after-free: this %1 touches memory freed %2").arg(access, builder.place(freed, QStringLiteral("earlier"))),
                QStringLiteral("use after free"), QStringLiteral("keep the owner alive while the memory is used, and do not use a pointer after its object is deleted")};
    if (kind == QLatin1String("double-free"))
        return {QStringLiteral("double-free: this frees memory that was already freed %1").arg(builder.place(freed, QStringLiteral("earlier"))),
                QStringLiteral("freed a second time"), QStringLiteral("give the memory exactly one owner, such as a std::unique_ptr")};
    if (kind == QLatin1String("heap-buffer-overflow"))
        return {overflowMessage(facts, builder.place(allocated, QStringLiteral("elsewhere"))), QStringLiteral("out of bounds"),
                QStringLiteral("check the index against the size; valid indexes go from 0 to size - 1")};
    if (kind == QLatin1String("stack-use-after-scope"))
        return {QStringLiteral("stack-use-after-scope: this %1 touches %2 after its scope ended").arg(access, localName(facts)),
                QStringLiteral("used after its scope ended"), QStringLiteral("keep the variable alive as long as references to it are used")};
    if (kind == QLatin1String("stack-use-after-return"))
        return {QStringLiteral("stack-use-after-return: this %1 touches %2 of a function that has already returned").arg(access, localName(facts)),
                QStringLiteral("the function has returned"), QStringLiteral("return by value instead of returning a reference or pointer to a local")};
    if (kind == QLatin1String("stack-buffer-overflow") || kind == QLatin1String("stack-buffer-underflow"))
        return {QStringLiteral("%1: this %2 goes outside %3").arg(kind, access, localName(facts)), QStringLiteral("out of bounds"),
                QStringLiteral("check the index against the array's size")};
    if (kind == QLatin1String("SEGV") && facts.zeroPage)
        return {QStringLiteral("null pointer dereference: this %1 goes through a null pointer and crashed the program").arg(access),
                QStringLiteral("null pointer used here"), QStringLiteral("check the pointer before using it, or use a reference that cannot be null")};
    if (kind == QLatin1String("SEGV"))
        return {QStringLiteral("segmentation fault: this %1 touches memory the program does not own").arg(access),
                QStringLiteral("crashed here"), {}};
    if (kind == QLatin1String("stack-overflow"))
        return {QStringLiteral("stack-overflow: the program ran out of stack; does a recursion never end?"),
                QStringLiteral("stack ran out here"), {}};
    if (kind == QLatin1String("ABRT"))
        return {QStringLiteral("the program aborted (an uncaught exception, a failed assert or abort())"),
                QStringLiteral("aborted from here"), {}};
    if (kind == QLatin1String("alloc-dealloc-mismatch"))
        return {QStringLiteral("alloc-dealloc-mismatch: %1; memory from new[] needs delete[], from new needs delete").arg(facts.headline.section(QLatin1String(" on "), 0, 0)),
                QStringLiteral("freed the wrong way"), QStringLiteral("use std::vector or std::unique_ptr<T[]> and let them free it")};
    return {QStringLiteral("%1: %2").arg(kind, facts.headline), QStringLiteral("here"), {}};
}

} // namespace

SanitizerFinding describeAsan(const AsanFacts& facts, const SourcePaths& paths)
{
    FindingBuilder builder(QStringLiteral("AddressSanitizer"), facts.kind, paths);
    const StackFrame* freed = ownFrame(facts.freedStack, paths);
    const StackFrame* allocated = ownFrame(facts.allocatedStack, paths);
    builder.placeAt(ownFrame(facts.accessStack, paths)); // first: other places are worded relative to it
    const Words words = asanWords(facts, builder, freed, allocated);
    builder.setPrimaryLabel(words.label);
    builder.label(freed, QStringLiteral("freed here"));
    builder.label(allocated, QStringLiteral("allocated here"));
    return builder.finish(words.message, words.help, facts.text);
}

SanitizerFinding describeLeak(const LeakFacts& facts, const SourcePaths& paths)
{
    FindingBuilder builder(QStringLiteral("LeakSanitizer"), QStringLiteral("memory-leak"), paths);
    builder.placeAt(ownFrame(facts.allocatedStack, paths), QStringLiteral("allocated here, never freed"));
    const QString what = facts.objects == 1 ? QStringLiteral("%1 bytes").arg(facts.bytes)
                                            : QStringLiteral("%1 bytes in %2 objects").arg(facts.bytes).arg(facts.objects);
    const QString message = facts.indirect
        ? QStringLiteral("memory-leak: %1 allocated here are only reachable from other leaked memory").arg(what)
        : QStringLiteral("memory-leak: %1 allocated here are never freed").arg(what);
    return builder.finish(message, QStringLiteral("give the memory an owner that frees it, such as std::unique_ptr or a container"),
                          facts.text);
}

SanitizerFinding describeUbsan(const UbsanFacts& facts, const SourcePaths& paths)
{
    const QString kind = facts.kind.isEmpty() ? QStringLiteral("undefined-behavior") : facts.kind;
    FindingBuilder builder(QStringLiteral("UndefinedBehaviorSanitizer"), kind, paths);
    const StackFrame* own = ownFrame(facts.stack, paths);
    if (!own && (paths.isLearnerFile(facts.location.file) || paths.isTestFile(facts.location.file)))
        own = &facts.location;
    builder.placeAt(own, QStringLiteral("undefined behaviour here"));
    return builder.finish(QStringLiteral("undefined behaviour: %1").arg(facts.message), {}, facts.text);
}

} // namespace ownlings::course
