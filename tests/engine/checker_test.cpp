// The engine entry point: parsing, compile errors, compiler flags, re-checks.
#include "engine/checker.h"
#include "engine/parse/resource_dir.h"
#include "snippet.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace ownlings;
using ownlings::tests::checkSnippet;

namespace {

const std::string kMovedTwice = R"(#include <string>
#include <utility>
int main() {
    std::string s = "x";
    std::string t = std::move(s);
    return static_cast<int>(s.size() + t.size());
}
)";

} // namespace

class CheckerTest : public QObject {
    Q_OBJECT
private slots:
    void findsClangResourceDirAtRunTime() {
        QVERIFY(!engine::clangResourceDir().empty());
        QVERIFY(engine::isResourceDir(engine::clangResourceDir()));
    }
    void cleanProgramHasNoFindings() {
        const auto report = checkSnippet("#include <string>\nint main() { std::string s = \"a\"; return s.empty(); }\n");
        QCOMPARE(report.status, engine::FileStatus::Checked);
        QVERIFY(report.findings.empty());
        QVERIFY(report.compilerErrors.empty());
    }
    void compileErrorIsClangsOwnMessageAndNoFindings() {
        const std::string code = "#include <string>\n#include <utility>\nint main() {\n"
                                 "    std::string s; auto t = std::move(s); s.size();\n    undeclared();\n}\n";
        const auto report = checkSnippet(code);
        QCOMPARE(report.status, engine::FileStatus::CompileError);
        QVERIFY(report.findings.empty());
        QVERIFY(!report.compilerErrors.empty());
        const engine::Diagnostic& error = report.compilerErrors.front();
        QVERIFY(!error.rule.has_value());
        QVERIFY(error.message.find("undeclared identifier 'undeclared'") != std::string::npos);
        QCOMPARE(error.primary.line, 5u);
        QCOMPARE(error.primary.column, 5u);
        QCOMPARE(error.primary.file, std::string("snippet.cpp"));
    }
    void anErrorInsideTheLibraryIsShownOnTheLearnersLine() {
        // Copying a vector of unique_ptr fails deep in libstdc++; the learner's line is 4.
        const std::string code = "#include <memory>\n#include <vector>\nint main() {\n"
                                 "    std::vector<std::unique_ptr<int>> owners;\n    auto copy = owners;\n}\n";
        const auto report = checkSnippet(code);
        QCOMPARE(report.status, engine::FileStatus::CompileError);
        QCOMPARE(report.compilerErrors.size(), std::size_t{1}); // the library's follow-up errors say the same
        const engine::Diagnostic& error = report.compilerErrors.front();
        QCOMPARE(error.primary.file, std::string("snippet.cpp"));
        QCOMPARE(error.primary.line, 5u);
        QVERIFY2(error.primaryLabel.find("requested here") != std::string::npos, error.primaryLabel.c_str());
        QVERIFY(!error.notes.empty());
        QVERIFY2(error.notes.front().find("the error is inside the library, in c++/") == 0, error.notes.front().c_str());
        for (const std::string& note : error.notes) QVERIFY2(note.find("in instantiation of") != 0, note.c_str());
    }
    void compilerFlagsReachClang() {
        const std::string code = "#ifndef ANSWER\n#error ANSWER is not defined\n#endif\nint main() { return ANSWER; }\n";
        QCOMPARE(checkSnippet(code).status, engine::FileStatus::CompileError);
        engine::CheckOptions options;
        options.compilerArgs = {"-DANSWER=0"};
        QCOMPARE(engine::checkSource(code, "flags.cpp", options).status, engine::FileStatus::Checked);
    }
    void includePathFlagFindsLocalHeader() {
        QTemporaryDir dir;
        std::ofstream(dir.path().toStdString() + "/helper.h") << "inline int helper() { return 0; }\n";
        const std::string code = "#include <helper.h>\nint main() { return helper(); }\n";
        engine::CheckOptions options;
        QCOMPARE(engine::checkSource(code, "inc.cpp", options).status, engine::FileStatus::CompileError);
        options.compilerArgs = {"-I", dir.path().toStdString()};
        QCOMPARE(engine::checkSource(code, "inc.cpp", options).status, engine::FileStatus::Checked);
    }
    void badCompilerFlagIsAParseFailureNotACrash() {
        engine::CheckOptions options;
        options.compilerArgs = {"-std=c++99999"};
        const auto report = engine::checkSource(kMovedTwice, "bad.cpp", options);
        QCOMPARE(report.status, engine::FileStatus::CompileError);
        QVERIFY(report.findings.empty());
    }
    void emptySourceIsAnInputError() {
        const auto report = checkSnippet("   \n");
        QCOMPARE(report.status, engine::FileStatus::InputError);
        QVERIFY(report.error.find("empty") != std::string::npos);
    }
    void sessionRechecksEditedSourceWithTheSameAnswerAsAColdCheck() {
        engine::CheckSession session;
        engine::CheckOptions options;
        const auto first = session.check(kMovedTwice, "session.cpp", options);
        QCOMPARE(first.findings.size(), std::size_t(1));
        std::string fixed = kMovedTwice;
        fixed.replace(fixed.find("s.size()"), 8, "t.size()");
        const auto second = session.check(fixed, "session.cpp", options);
        QCOMPARE(second.status, engine::FileStatus::Checked);
        QVERIFY(second.findings.empty());
        const auto third = session.check(kMovedTwice, "session.cpp", options);
        QCOMPARE(third.findings.size(), std::size_t(1));
        QCOMPARE(third.findings.front().primary, first.findings.front().primary);
    }
    void sessionReportsABrokenEditThenRecovers() {
        engine::CheckSession session;
        engine::CheckOptions options;
        QCOMPARE(session.check(kMovedTwice, "s.cpp", options).findings.size(), std::size_t(1));
        std::string broken = kMovedTwice;
        broken.insert(broken.find("return"), "int x = ;\n");
        QCOMPARE(session.check(broken, "s.cpp", options).status, engine::FileStatus::CompileError);
        QCOMPARE(session.check(kMovedTwice, "s.cpp", options).findings.size(), std::size_t(1));
    }
    void rulesSwitchedOffAreNotReported() {
        engine::RuleSet none;
        none.insert(engine::RuleId::Leak);
        QVERIFY(checkSnippet(kMovedTwice, none).findings.empty());
        QCOMPARE(checkSnippet(kMovedTwice).findings.size(), std::size_t(1));
    }
    void allowCommentSilencesOnlyItsRuleAndLine() {
        std::string sameLine = kMovedTwice;
        sameLine.replace(sameLine.find("s.size() + t.size());"), 21, "s.size() + t.size()); // ownlings: allow(use-after-move)");
        QVERIFY(checkSnippet(sameLine).findings.empty());
        std::string lineAbove = kMovedTwice;
        lineAbove.insert(lineAbove.find("    return"), "    // ownlings: allow(leak, use-after-move)\n");
        QVERIFY(checkSnippet(lineAbove).findings.empty());
        std::string otherRule = kMovedTwice;
        otherRule.replace(otherRule.find("s.size() + t.size());"), 21, "s.size() + t.size()); // ownlings: allow(leak)");
        QCOMPARE(checkSnippet(otherRule).findings.size(), std::size_t(1));
        std::string tooFarAbove = kMovedTwice;
        tooFarAbove.insert(tooFarAbove.find("    std::string t"), "    // ownlings: allow(all)\n");
        QCOMPARE(checkSnippet(tooFarAbove).findings.size(), std::size_t(1));
    }
    void checkFileReadsFromDisk() {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/moved.cpp";
        std::ofstream(path) << kMovedTwice;
        const auto report = engine::checkFile(path, {});
        QCOMPARE(report.path, path);
        QCOMPARE(report.findings.size(), std::size_t(1));
        QCOMPARE(report.findings.front().primary.file, path);
    }
};

QTEST_APPLESS_MAIN(CheckerTest)
#include "checker_test.moc"
