// The `ownlings explain` texts: every rule has one, with the same sections in the
// same order, and its example programs do what the text says they do.
#include "engine/explanations.h"

#include "snippet.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace ownlings::engine;
using ownlings::tests::checkSnippet;
using ownlings::tests::linesOf;
using ownlings::tests::markedLines;

Q_DECLARE_METATYPE(ownlings::engine::RuleId)

namespace {

std::vector<std::string> lines(std::string_view text) {
    std::vector<std::string> out;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        out.emplace_back(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
    return out;
}

/// The `## ` headings outside code blocks, in order.
std::vector<std::string> headings(std::string_view text) {
    std::vector<std::string> out;
    bool inCode = false;
    for (const std::string& line : lines(text)) {
        if (line.starts_with("```")) inCode = !inCode;
        else if (!inCode && line.starts_with("## ")) out.push_back(line.substr(3));
    }
    return out;
}

/// The bodies of the ```<language> code blocks in `text`.
std::vector<std::string> codeBlocks(std::string_view text, const std::string& language) {
    std::vector<std::string> blocks;
    std::string* open = nullptr;
    bool inOther = false;
    for (const std::string& line : lines(text)) {
        if (open || inOther) {
            if (line == "```") {
                open = nullptr;
                inOther = false;
            } else if (open) {
                *open += line + "\n";
            }
        } else if (line == "```" + language) {
            open = &blocks.emplace_back();
        } else if (line.starts_with("```")) {
            inOther = true;
        }
    }
    return blocks;
}

/// The code blocks of a section that are whole programs (they have a `main`).
std::vector<std::string> programs(RuleId rule, std::string_view heading) {
    std::vector<std::string> out;
    for (std::string& block : codeBlocks(explanationSection(rule, heading), "cpp"))
        if (block.find("int main(") != std::string::npos) out.push_back(std::move(block));
    return out;
}

/// One data row per rule, named after it.
void addEveryRule() {
    QTest::addColumn<RuleId>("rule");
    for (const RuleInfo& rule : allRules()) QTest::newRow(std::string(rule.name).c_str()) << rule.id;
}

QString describe(const FileReport& report) {
    QString out = QString::fromStdString(report.error);
    for (const Diagnostic& d : report.compilerErrors)
        out += QStringLiteral("\n%1: %2").arg(d.primary.line).arg(QString::fromStdString(d.message));
    for (const Diagnostic& d : report.findings)
        out += QStringLiteral("\n%1: [%2] %3").arg(d.primary.line)
                   .arg(QString::fromUtf8(ruleInfo(*d.rule).name.data(), static_cast<int>(ruleInfo(*d.rule).name.size())))
                   .arg(QString::fromStdString(d.message));
    return out;
}

} // namespace

class ExplainTextsTest : public QObject {
    Q_OBJECT
private slots:
    void hasATitleAndEverySectionInOrder_data() { addEveryRule(); }
    void hasATitleAndEverySectionInOrder() {
        QFETCH(RuleId, rule);
        const std::string_view text = explanation(rule);
        QVERIFY(!text.empty());
        const std::string title = lines(text).front();
        const std::string prefix = "# " + std::string(ruleInfo(rule).name) + ": ";
        QVERIFY2(title.starts_with(prefix) && title.size() > prefix.size(), title.c_str());
        std::vector<std::string> expected(explanationSections().begin(), explanationSections().end());
        QCOMPARE(headings(text), expected);
        for (std::string_view heading : explanationSections())
            QVERIFY2(!explanationSection(rule, heading).empty(), std::string(heading).c_str());
    }

    void rustSectionShowsRustAndNamesTheErrorCode_data() { addEveryRule(); }
    void rustSectionShowsRustAndNamesTheErrorCode() {
        QFETCH(RuleId, rule);
        const std::string_view rust = explanationSection(rule, "The same mistake in Rust");
        QVERIFY(!codeBlocks(rust, "rust").empty());
        const std::string_view code = ruleInfo(rule).rustCode;
        if (!code.empty()) QVERIFY2(rust.find(code) != std::string_view::npos, std::string(code).c_str());
    }

    void exampleMarksTheOffendingLine_data() { addEveryRule(); }
    void exampleMarksTheOffendingLine() {
        QFETCH(RuleId, rule);
        const std::vector<std::string> examples = programs(rule, "Example");
        QCOMPARE(examples.size(), std::size_t(1));
        QVERIFY(!markedLines(examples.front()).empty());
    }

    void knownLimitsAndSilencingTellTheTruth_data() { addEveryRule(); }
    void knownLimitsAndSilencingTellTheTruth() {
        QFETCH(RuleId, rule);
        const std::string name(ruleInfo(rule).name);
        const std::string_view silencing = explanationSection(rule, "Silencing a false positive");
        QVERIFY(silencing.find("// ownlings: allow(" + name + ")") != std::string_view::npos);
        QVERIFY(silencing.find("allow(all)") != std::string_view::npos);
        const std::string_view limits = explanationSection(rule, "Known limits");
        if (ruleInfo(rule).kind == RuleKind::Discipline) {
            QVERIFY(limits.find("off by default") != std::string_view::npos);
            QVERIFY(limits.find("--rules") != std::string_view::npos);
        }
    }

    void leadIsOneParagraphOfWhatItMeans_data() { addEveryRule(); }
    void leadIsOneParagraphOfWhatItMeans() {
        QFETCH(RuleId, rule);
        const std::string lead = explanationLead(rule);
        QVERIFY(lead.size() > 40);
        QVERIFY(lead.find('\n') == std::string::npos);
        QVERIFY(explanationSection(rule, "What it means").starts_with(lead.substr(0, 20)));
    }

    void exampleIsReportedOnItsMarkedLine_data() { addEveryRule(); }
    void exampleIsReportedOnItsMarkedLine() {
        QFETCH(RuleId, rule);
        if (!isImplemented(rule)) QSKIP("no analysis reports this rule yet");
        const std::string example = programs(rule, "Example").front();
        const FileReport report = checkSnippet(example);
        QVERIFY2(report.status == FileStatus::Checked, qPrintable(describe(report)));
        QVERIFY2(linesOf(report, rule) == markedLines(example), qPrintable(describe(report)));
    }

    void fixedProgramsAreClean_data() { addEveryRule(); }
    void fixedProgramsAreClean() {
        QFETCH(RuleId, rule);
        const std::vector<std::string> fixes = programs(rule, "How to fix it");
        QVERIFY(!fixes.empty());
        for (const std::string& fix : fixes) {
            const FileReport report = checkSnippet(fix);
            QVERIFY2(report.status == FileStatus::Checked, qPrintable(describe(report)));
            QVERIFY2(report.findings.empty(), qPrintable(describe(report)));
        }
    }

    void unknownSectionIsEmpty() {
        QVERIFY(explanationSection(RuleId::UseAfterMove, "Nonexistent").empty());
        QVERIFY(explanationSection(RuleId::UseAfterMove, "Example").starts_with("```cpp"));
    }
};

QTEST_APPLESS_MAIN(ExplainTextsTest)
#include "explain_texts_test.moc"
