// Tests of the status-bar summary of a check.
#include "app/gui/check_summary.h"

#include "engine/diagnostics/file_report.h"

#include <QtTest>

using ownlings::engine::Diagnostic;
using ownlings::engine::FileReport;
using ownlings::engine::FileStatus;
using ownlings::engine::Severity;
using ownlings::gui::checkSummary;

class CheckSummaryTest : public QObject {
    Q_OBJECT
private slots:
    void cleanReportSaysNoProblemsAndTheTime() {
        QCOMPARE(checkSummary(FileReport{}, 48), QStringLiteral("No ownership problems found \u00b7 48 ms"));
    }

    void findingsAreCountedBySeverity() {
        FileReport report;
        report.findings = {Diagnostic{}, Diagnostic{}, Diagnostic{}};
        report.findings[2].severity = Severity::Warning;
        QCOMPARE(checkSummary(report, 7), QStringLiteral("2 errors, 1 warning \u00b7 7 ms"));
        report.findings.resize(1);
        QCOMPARE(checkSummary(report, 7), QStringLiteral("1 error \u00b7 7 ms"));
    }

    void compileErrorSaysItDoesNotCompile() {
        FileReport report;
        report.status = FileStatus::CompileError;
        report.compilerErrors = {Diagnostic{}};
        QCOMPARE(checkSummary(report, 300), QStringLiteral("Does not compile: 1 error \u00b7 300 ms"));
    }

    void inputErrorNamesTheProblem() {
        FileReport report;
        report.status = FileStatus::InputError;
        report.error = "the file is binary";
        QVERIFY(checkSummary(report, 1).startsWith(QStringLiteral("Could not check: the file is binary")));
    }
};

QTEST_GUILESS_MAIN(CheckSummaryTest)
#include "check_summary_test.moc"
