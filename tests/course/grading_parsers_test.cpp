// The grader's readers, without compiling anything: locked regions, clang++
// output, sanitizer logs recorded from real programs, the test harness's
// lines, the output diff, the JSON form of results and the cache.

#include "app/course/grading/compiler_output.h"
#include "app/course/grading/grade_cache.h"
#include "app/course/grading/grade_result_json.h"
#include "app/course/grading/locked_regions.h"
#include "app/course/grading/output_diff.h"
#include "app/course/grading/sanitizer_report.h"
#include "app/course/grading/test_report.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ownlings::course;

namespace {

/// The recorded logs were made from copies in this folder.
const QString kFixtureCopies = QStringLiteral("/tmp/ownlings-grade-fixture/src/learner/");

QString readData(const QString& relative)
{
    QFile file(QStringLiteral(OWNLINGS_TEST_DATA_DIR "/grading/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

SourcePaths fixturePaths(const QString& name)
{
    SourcePaths paths;
    paths.learnerCopy = kFixtureCopies + name + QStringLiteral(".cpp");
    paths.learnerName = QStringLiteral("exercises/") + name + QStringLiteral(".cpp");
    return paths;
}

std::vector<SanitizerFinding> findingsOf(const QString& name)
{
    return parseSanitizerLog(readData(QStringLiteral("sanitizer/%1.log").arg(name)), fixturePaths(name));
}

bool sameDiagnostic(const ownlings::engine::Diagnostic& a, const ownlings::engine::Diagnostic& b)
{
    return a.rule == b.rule && a.severity == b.severity && a.message == b.message && a.primary == b.primary
        && a.primaryLabel == b.primaryLabel && a.labels == b.labels && a.notes == b.notes && a.help == b.help
        && a.rustCode == b.rustCode;
}

QString message(const SanitizerFinding& finding)
{
    return QString::fromStdString(finding.diagnostic.message);
}

const QString kStarting = QStringLiteral(R"(#include <string>
std::string greet(const std::string& name) { return name; }

// ownlings: begin locked (the tests)
int main() {
    return greet("Ann") == "Ann" ? 0 : 1;
}
// ownlings: end locked
)");

} // namespace

class GradingParsersTest : public QObject {
    Q_OBJECT

private slots:
    // --- locked regions ---
    void lockedRegionsAreReadWithTheirNames()
    {
        const std::vector<LockedRegion> regions = lockedRegions(kStarting);
        QCOMPARE(regions.size(), std::size_t{1});
        QCOMPARE(regions[0].name, QStringLiteral("the tests"));
        QCOMPARE(regions[0].beginLine, 4);
        QCOMPARE(regions[0].lines.size(), 3);
        QVERIFY(regions[0].closed);
    }

    void untouchedRegionsPassEvenWithTrailingSpaceAndEditsOutside()
    {
        QString learner = kStarting;
        learner.replace("return name; }", "return \"Hello, \" + name; }");
        learner.replace("int main() {", "int main() {   \t");
        QVERIFY(!findLockedRegionViolation(kStarting, learner, "greet.cpp"));
    }

    void anEditInsideARegionNamesItAndTheLine()
    {
        QString learner = kStarting;
        learner.replace("== \"Ann\" ? 0 : 1", "== \"Ann\" ? 0 : 0");
        const auto violation = findLockedRegionViolation(kStarting, learner, "greet.cpp");
        QVERIFY(violation);
        QCOMPARE(violation->region, QStringLiteral("the tests"));
        QCOMPARE(violation->learnerLine, 6);
        QCOMPARE(violation->file, QStringLiteral("greet.cpp"));
        QVERIFY2(violation->message.contains("\"the tests\"") && violation->message.contains("line 6"),
                 qPrintable(violation->message));
    }

    void removingTheMarkersIsAViolation()
    {
        QString learner = kStarting;
        learner.remove("// ownlings: begin locked (the tests)\n");
        const auto violation = findLockedRegionViolation(kStarting, learner, "greet.cpp");
        QVERIFY(violation);
        QVERIFY2(violation->message.contains("missing"), qPrintable(violation->message));
    }

    void commentingARegionOutIsAViolation()
    {
        QString learner = kStarting;
        learner.replace("// ownlings: begin locked", "/*\n// ownlings: begin locked");
        learner.replace("// ownlings: end locked", "// ownlings: end locked\n*/");
        const auto violation = findLockedRegionViolation(kStarting, learner, "greet.cpp");
        QVERIFY(violation);
        QVERIFY2(violation->message.contains("commented out"), qPrintable(violation->message));
    }

    void hidingARegionUnderIfZeroIsAViolation()
    {
        QString learner = kStarting;
        learner.replace("// ownlings: begin locked", "#if 0\n// ownlings: begin locked");
        learner.replace("// ownlings: end locked", "// ownlings: end locked\n#endif");
        QVERIFY(findLockedRegionViolation(kStarting, learner, "greet.cpp"));
    }

    void addingLinesToARegionIsAViolation()
    {
        QString learner = kStarting;
        learner.replace("int main() {\n", "int main() {\n    return 0;\n");
        const auto violation = findLockedRegionViolation(kStarting, learner, "greet.cpp");
        QVERIFY(violation);
        QCOMPARE(violation->learnerLine, 6);
    }

    // --- compiler output ---
    void compilerErrorsAreMappedToTheLearnersFileWithNotesAsLabels()
    {
        SourcePaths paths = fixturePaths("move1");
        const QString output = kFixtureCopies + "move1.cpp:7:9: error: cannot initialize a variable of type 'int' with an lvalue of type 'const char[5]'\n"
                               "    7 |     int x = \"text\";\n"
                               "      |         ^   ~~~~~~\n"
                               + kFixtureCopies + "move1.cpp:3:6: note: candidate function not viable\n"
                               "1 error generated.\n";
        const auto diagnostics = parseCompilerOutput(output, paths);
        QCOMPARE(diagnostics.size(), std::size_t{1});
        QCOMPARE(diagnostics[0].primary.file, std::string("exercises/move1.cpp"));
        QCOMPARE(diagnostics[0].primary.line, 7u);
        QCOMPARE(diagnostics[0].primary.column, 9u);
        QCOMPARE(diagnostics[0].severity, ownlings::engine::Severity::Error);
        QCOMPARE(diagnostics[0].labels.size(), std::size_t{1});
        QCOMPARE(diagnostics[0].labels[0].span.line, 3u);
        QCOMPARE(paths.rewrite(output).count("exercises/move1.cpp"), 2);
    }

    void linkerErrorsWithASourceLineAreErrors()
    {
        const auto diagnostics = parseCompilerOutput(
            "/usr/bin/ld: " + kFixtureCopies + "move1.cpp:5: undefined reference to `helper()'\n"
            "clang++: error: linker command failed with exit code 1 (use -v to see invocation)\n",
            fixturePaths("move1"));
        QCOMPARE(diagnostics.size(), std::size_t{1});
        QCOMPARE(diagnostics[0].primary.line, 5u);
        QCOMPARE(diagnostics[0].message, std::string("undefined reference to `helper()'"));
    }

    // --- sanitizer logs ---
    void stackFramesAreParsedWithAndWithoutSource()
    {
        const auto withSource = parseStackFrame("    #1 0x5586aefbafab in release(int*) /tmp/x/uaf.cpp:3:24");
        QVERIFY(withSource);
        QCOMPARE(withSource->function, QStringLiteral("release(int*)"));
        QCOMPARE(withSource->file, QStringLiteral("/tmp/x/uaf.cpp"));
        QCOMPARE(withSource->line, 3);
        QCOMPARE(withSource->column, 24);
        const auto library = parseStackFrame("    #0 0x55 in operator delete(void*, unsigned long) (/tmp/x/uaf+0x10c7b2) (BuildId: de9d)");
        QVERIFY(library);
        QVERIFY(library->file.isEmpty());
        QVERIFY(!parseStackFrame("SUMMARY: AddressSanitizer: heap-use-after-free"));
    }

    void heapUseAfterFreePointsAtTheReadAndNamesTheFreeLine()
    {
        const auto findings = findingsOf("uaf");
        QCOMPARE(findings.size(), std::size_t{1});
        const SanitizerFinding& finding = findings[0];
        QCOMPARE(finding.kind, QStringLiteral("heap-use-after-free"));
        QCOMPARE(finding.tool, QStringLiteral("AddressSanitizer"));
        QCOMPARE(finding.diagnostic.primary.file, std::string("exercises/uaf.cpp"));
        QCOMPARE(finding.diagnostic.primary.line, 9u);
        QCOMPARE(message(finding), QStringLiteral("heap-use-after-free: this read touches memory freed on line 3"));
        QCOMPARE(finding.diagnostic.labels.size(), std::size_t{2}); // freed on 3, allocated on 6
        QCOMPARE(finding.diagnostic.labels[0].span.line, 3u);
        QCOMPARE(finding.diagnostic.labels[1].span.line, 6u);
        QVERIFY(!finding.report.contains("Shadow bytes"));
    }

    void doubleFreeNamesTheFirstFree()
    {
        const auto findings = findingsOf("double_free");
        QCOMPARE(findings.size(), std::size_t{1});
        QCOMPARE(findings[0].kind, QStringLiteral("double-free"));
        QCOMPARE(findings[0].diagnostic.primary.line, 6u);
        QCOMPARE(message(findings[0]), QStringLiteral("double-free: this frees memory that was already freed on line 2"));
    }

    void heapBufferOverflowSaysHowFarAndWhichBlock()
    {
        const auto findings = findingsOf("overflow");
        QCOMPARE(findings.size(), std::size_t{1});
        QCOMPARE(findings[0].diagnostic.primary.line, 5u);
        QCOMPARE(message(findings[0]),
                 QStringLiteral("heap-buffer-overflow: this write is just past the end of the 40-byte block allocated on line 4"));
    }

    void stackUseAfterScopeNamesTheVariable()
    {
        const auto findings = findingsOf("scope");
        QCOMPARE(findings.size(), std::size_t{1});
        QCOMPARE(findings[0].diagnostic.primary.line, 8u);
        QCOMPARE(message(findings[0]),
                 QStringLiteral("stack-use-after-scope: this read touches `x` (declared on line 5) after its scope ended"));
    }

    void stackUseAfterReturnNamesTheLocal()
    {
        const auto findings = findingsOf("return");
        QCOMPARE(findings.size(), std::size_t{1});
        QCOMPARE(findings[0].kind, QStringLiteral("stack-use-after-return"));
        QVERIFY2(message(findings[0]).contains("`local`"), qPrintable(message(findings[0])));
    }

    void leaksPointAtTheAllocation()
    {
        const auto findings = findingsOf("leak");
        QCOMPARE(findings.size(), std::size_t{1});
        QCOMPARE(findings[0].tool, QStringLiteral("LeakSanitizer"));
        QCOMPARE(findings[0].kind, QStringLiteral("memory-leak"));
        QCOMPARE(findings[0].diagnostic.primary.line, 3u);
        QCOMPARE(message(findings[0]), QStringLiteral("memory-leak: 8 bytes allocated here are never freed"));
    }

    void undefinedBehaviourUsesTheFirstLearnerFrame()
    {
        const auto findings = findingsOf("overflow_ub");
        QCOMPARE(findings.size(), std::size_t{1});
        QCOMPARE(findings[0].kind, QStringLiteral("signed-integer-overflow"));
        QCOMPARE(findings[0].diagnostic.primary.line, 3u);
        QVERIFY(message(findings[0]).startsWith("undefined behaviour: signed integer overflow: 2147483647 + 1"));
    }

    void segfaultNearZeroIsANullPointer()
    {
        const auto findings = findingsOf("segv");
        QCOMPARE(findings.size(), std::size_t{1});
        QCOMPARE(findings[0].kind, QStringLiteral("SEGV"));
        QCOMPARE(findings[0].diagnostic.primary.line, 2u);
        QVERIFY(message(findings[0]).startsWith("null pointer dereference: this read"));
    }

    void abortIsPlacedOnTheLearnersCallNotInTheLibrary()
    {
        const auto findings = findingsOf("abort");
        QCOMPARE(findings.size(), std::size_t{1});
        QCOMPARE(findings[0].kind, QStringLiteral("ABRT"));
        QCOMPARE(findings[0].diagnostic.primary.file, std::string("exercises/abort.cpp"));
        QCOMPARE(findings[0].diagnostic.primary.line, 2u);
    }

    void findingsOutsideTheLearnersFilesHaveNoPosition()
    {
        const auto findings = parseSanitizerLog(readData("sanitizer/uaf.log"), fixturePaths("other"));
        QCOMPARE(findings.size(), std::size_t{1});
        QVERIFY(!findings[0].diagnostic.primary.valid());
        QVERIFY(message(findings[0]).startsWith("heap-use-after-free"));
    }

    // --- test harness output ---
    void testLinesAreParsedEvenAfterOutputWithoutNewline()
    {
        SourcePaths paths = fixturePaths("greet");
        paths.testCopy = QStringLiteral("/tmp/ownlings-grade-fixture/src/test/greet_test.cpp");
        paths.testName = QStringLiteral("exercises/greet_test.cpp");
        const QString output = QStringLiteral("ownlings-test: start greets by name\n"
                                              "hiownlings-test: pass greets by name\n"
                                              "ownlings-test: start greets a: stranger\n"
                                              "ownlings-test: fail greets a: stranger /tmp/ownlings-grade-fixture/src/test/greet_test.cpp:5: "
                                              "CHECK_EQ(greet(\"\"), \"Hello, stranger\") failed: \"Hello, \" != \"Hello, stranger\"\n"
                                              "ownlings-test: start crashes\n");
        const TestRunReport report = parseTestOutput(output, paths);
        QCOMPARE(report.tests.size(), std::size_t{2});
        QVERIFY(report.tests[0].passed);
        QCOMPARE(report.tests[1].name, QStringLiteral("greets a: stranger"));
        QVERIFY(!report.tests[1].passed);
        QCOMPARE(report.tests[1].file, QStringLiteral("exercises/greet_test.cpp"));
        QCOMPARE(report.tests[1].line, 5);
        QVERIFY(report.tests[1].message.endsWith("\"Hello, \" != \"Hello, stranger\""));
        QVERIFY(!report.finished);
        QCOMPARE(report.unfinishedTest, QStringLiteral("crashes"));
        QCOMPARE(report.programOutput.trimmed(), QStringLiteral("hi"));
    }

    // --- expected output ---
    void equalOutputHasNoDifference()
    {
        QVERIFY(describeOutputDifference("a\nb\n", "a\nb\n").isEmpty());
    }

    void differenceNamesTheFirstLineAndShowsBothSides()
    {
        const QString text = describeOutputDifference("Hello, Ann\nBye, Ann\n", "Hello, Ann\nBye Ann\n");
        QVERIFY2(text.contains("on line 2"), qPrintable(text));
        QVERIFY2(text.contains("- ") && text.contains("\"Bye, Ann\""), qPrintable(text));
        QVERIFY2(text.contains("+ ") && text.contains("\"Bye Ann\""), qPrintable(text));
    }

    void aMissingFinalNewlineIsSaidPlainly()
    {
        QVERIFY(describeOutputDifference("Hi\n", "Hi").contains("must end with a newline"));
        QVERIFY(describeOutputDifference("Hi\n", "").contains("printed nothing"));
    }

    // --- JSON and cache ---
    void resultsSurviveAJsonRoundTrip()
    {
        GradeResult result;
        result.stage = GradeStage::Run;
        result.message = "heap-use-after-free";
        result.sanitizerFindings = findingsOf("uaf");
        result.program = ProgramRun{ProgramRun::End::Exited, 1, 0, "out", "err", true, false, true};
        result.tests.push_back({"t", false, "x_test.cpp", 4, "failed"});
        result.timings.push_back({GradeStage::Compile, 1234});
        result.locked = LockedRegionViolation{"main", "a.cpp", 3, 4, "changed"};
        ownlings::engine::Diagnostic diagnostic;
        diagnostic.rule = ownlings::engine::RuleId::UseAfterMove;
        diagnostic.message = "use of moved value";
        diagnostic.primary = {"a.cpp", 11, 18, 11, 22};
        result.checkDiagnostics.push_back(diagnostic);
        const auto back = gradeResultFromJson(gradeResultToJson(result));
        QVERIFY(back);
        QCOMPARE(back->stage, GradeStage::Run);
        QCOMPARE(back->sanitizerFindings.size(), std::size_t{1});
        QVERIFY(sameDiagnostic(back->sanitizerFindings[0].diagnostic, result.sanitizerFindings[0].diagnostic));
        QCOMPARE(back->program->standardOutput, QStringLiteral("out"));
        QVERIFY(back->program->outputTruncated);
        QCOMPARE(back->tests[0].line, 4);
        QCOMPARE(back->timings[0].ms, 1234);
        QCOMPARE(back->locked->learnerLine, 4);
        QVERIFY(sameDiagnostic(back->checkDiagnostics[0], diagnostic));
        QCOMPARE(back->rulesHit(), QStringList{"use-after-move"});
        QVERIFY(!gradeResultFromJson(QJsonObject{{"stage", "nonsense"}}));
    }

    void cacheKeysChangeWithEverythingThatDecidesAGrade()
    {
        GradeRequest request;
        request.learnerPath = "a.cpp";
        request.learnerSource = "int main() {}";
        const QString base = GradeCache::key(request, {}, "clang 19");
        QCOMPARE(GradeCache::key(request, {}, "clang 19"), base);
        QVERIFY(GradeCache::key(request, {}, "clang 19.1") != base);
        QVERIFY(GradeCache::key(request, "TEST_CASE", "clang 19") != base);
        GradeRequest changed = request;
        changed.learnerSource += " ";
        QVERIFY(GradeCache::key(changed, {}, "clang 19") != base);
        changed = request;
        changed.mode = GradeMode::Run;
        QVERIFY(GradeCache::key(changed, {}, "clang 19") != base);
        changed = request;
        changed.rules.insert(ownlings::engine::RuleId::RawOwningPointer);
        QVERIFY(GradeCache::key(changed, {}, "clang 19") != base);
        changed = request;
        changed.expectedOutput = QString();
        QVERIFY(GradeCache::key(changed, {}, "clang 19") != base);
    }

    void cacheStoresFindsAndStaysBounded()
    {
        QTemporaryDir dir;
        const GradeCache cache(dir.filePath("cache"), 3);
        QVERIFY(!cache.find("k0"));
        GradeResult result;
        result.stage = GradeStage::Done;
        result.passed = true;
        for (int i = 0; i < 5; ++i) {
            result.message = QString::number(i);
            cache.store(QStringLiteral("k%1").arg(i), result);
        }
        QCOMPARE(QDir(dir.filePath("cache")).entryList(QDir::Files).size(), 3);
        const auto found = cache.find("k4");
        QVERIFY(found);
        QVERIFY(found->fromCache);
        QCOMPARE(found->message, QStringLiteral("4"));
        QFile damaged(dir.filePath("cache/k4.json"));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{not json");
        damaged.close();
        QVERIFY(!cache.find("k4"));
    }
};

QTEST_GUILESS_MAIN(GradingParsersTest)
#include "grading_parsers_test.moc"
