// Tests of the check-worker protocol: request and reply lines, and the worker answering them with the real engine.
#include "app/course/check_protocol.h"
#include "app/course/check_worker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ownlings;
using course::CheckReply;
using course::CheckRequest;
using engine::Diagnostic;
using engine::FileReport;
using engine::FileStatus;
using engine::Severity;

namespace {

const QString kMoved = QStringLiteral(
    "#include <string>\n"
    "#include <utility>\n"
    "\n"
    "int main() {\n"
    "    std::string name = \"Gr\u00fc\u00dfe\";\n"
    "    std::string owner = std::move(name);\n"
    "    return static_cast<int>(name.size() + owner.size());\n"
    "}\n");

engine::SourceSpan span(const std::string& file, unsigned line, unsigned column, unsigned endColumn) {
    return {file, line, column, line, endColumn};
}

/// A finding with every field the JSON carries, non-ASCII text included.
Diagnostic fullFinding() {
    Diagnostic d;
    d.rule = engine::ruleFromName("use-after-move");
    d.severity = Severity::Error;
    d.message = "use of moved value: `name` (\u00fcber)";
    d.primary = span("/w/a.cpp", 7, 29, 33);
    d.primaryLabel = "value used here after move";
    d.labels.push_back({span("/w/a.cpp", 6, 25, 40), "value moved here"});
    d.notes = {"`std::string` has no defined state after a move"};
    d.help = "use `owner` instead";
    d.rustCode = "E0382";
    return d;
}

std::optional<CheckReply> roundTrip(const FileReport& report) {
    const QByteArray line = course::encodeReply(42, report, 17);
    if (line.count('\n') != 1 || !line.endsWith('\n')) return std::nullopt;
    QString error;
    std::optional<CheckReply> reply = course::decodeReply(line, error);
    if (!reply) qWarning("%s", qPrintable(error));
    return reply;
}

CheckReply ask(course::CheckWorker& worker, const CheckRequest& request) {
    QString error;
    const std::optional<CheckReply> reply = course::decodeReply(worker.handle(course::encodeRequest(request)), error);
    if (!reply) qFatal("unreadable reply: %s", qPrintable(error));
    return *reply;
}

} // namespace

class CheckProtocolTest : public QObject {
    Q_OBJECT
private slots:
    void requestSurvivesTheLineWithNewlinesInTheSource() {
        const CheckRequest sent{7, QStringLiteral("/w/a b.cpp"), kMoved, QStringLiteral("all"),
                                {QStringLiteral("-std=c++23"), QStringLiteral("-DX=\"1\"")}};
        const QByteArray line = course::encodeRequest(sent);
        QCOMPARE(line.count('\n'), 1);
        QString error;
        std::optional<qint64> id;
        const std::optional<CheckRequest> read = course::decodeRequest(line, error, id);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->id, 7);
        QCOMPARE(read->file, sent.file);
        QCOMPARE(read->source, kMoved);
        QCOMPARE(read->rules, QStringLiteral("all"));
        QCOMPARE(read->compilerArgs, sent.compilerArgs);
    }

    void requestWithoutSourceIsRefusedButKeepsItsId() {
        QString error;
        std::optional<qint64> id;
        QVERIFY(!course::decodeRequest("{\"id\":3,\"file\":\"a.cpp\"}", error, id));
        QCOMPARE(id, std::optional<qint64>(3));
        QVERIFY2(error.contains(QStringLiteral("source")), qPrintable(error));
        QVERIFY(!course::decodeRequest("not json", error, id));
        QVERIFY(error.startsWith(QStringLiteral("not JSON")));
    }

    void findingsRoundTripWithEveryField() {
        FileReport report;
        report.path = "/w/a.cpp";
        report.findings = {fullFinding()};
        const std::optional<CheckReply> reply = roundTrip(report);
        QVERIFY(reply && reply->report);
        QCOMPARE(reply->id, std::optional<qint64>(42));
        QCOMPARE(reply->elapsedMs, 17);
        QCOMPARE(reply->report->status, FileStatus::Checked);
        QCOMPARE(reply->report->findings.size(), std::size_t{1});
        const Diagnostic& got = reply->report->findings.front();
        const Diagnostic want = fullFinding();
        QCOMPARE(got.rule, want.rule);
        QCOMPARE(got.message, want.message);
        QCOMPARE(got.primary, want.primary);
        QCOMPARE(got.primaryLabel, want.primaryLabel);
        QCOMPARE(got.labels, want.labels);
        QCOMPARE(got.notes, want.notes);
        QCOMPARE(got.help, want.help);
        QCOMPARE(got.rustCode, want.rustCode);
    }

    void compilerErrorInAHeaderKeepsItsFile() {
        FileReport report;
        report.path = "/w/a.cpp";
        report.status = FileStatus::CompileError;
        Diagnostic inHeader;
        inHeader.message = "no member named 'x'";
        inHeader.primary = span("/w/helper.h", 3, 5, 6);
        inHeader.labels.push_back({span("/w/a.cpp", 9, 1, 2), "required from here"});
        report.compilerErrors = {inHeader};
        const std::optional<CheckReply> reply = roundTrip(report);
        QVERIFY(reply && reply->report);
        QCOMPARE(reply->report->status, FileStatus::CompileError);
        QVERIFY(reply->report->error.empty()); // Clang's errors say it all
        QCOMPARE(reply->report->compilerErrors.front().primary.file, std::string("/w/helper.h"));
        QCOMPARE(reply->report->compilerErrors.front().labels.front().span.file, std::string("/w/a.cpp"));
        QVERIFY(!reply->report->compilerErrors.front().rule);
    }

    void inputErrorKeepsItsMessage() {
        FileReport report;
        report.path = "/w/a.cpp";
        report.status = FileStatus::InputError;
        report.error = "not UTF-8 text";
        const std::optional<CheckReply> reply = roundTrip(report);
        QVERIFY(reply && reply->report);
        QCOMPARE(reply->report->status, FileStatus::InputError);
        QCOMPARE(reply->report->error, std::string("not UTF-8 text"));
    }

    void strayLinesAreNotReplies() {
        QString error;
        QVERIFY(!course::decodeReply("warning: something printed", error));
        QVERIFY(!course::decodeReply("{\"id\":1}", error));
        QVERIFY(!course::decodeReply("{\"id\":1,\"report\":{\"path\":\"a.cpp\",\"status\":\"bogus\"}}", error));
        QVERIFY(error.contains(QStringLiteral("status")));
    }

    void workerChecksWithTheEngineAndAnswersEachRequest() {
        course::CheckWorker worker;
        const CheckReply first = ask(worker, {1, QStringLiteral("/tmp/moved.cpp"), kMoved, QStringLiteral("bugs"), {}});
        QCOMPARE(first.id, std::optional<qint64>(1));
        QVERIFY(first.report);
        QCOMPARE(first.report->findings.size(), std::size_t{1});
        QCOMPARE(first.report->findings.front().primary.line, 7u);

        QString fixed = kMoved;
        fixed.replace(QStringLiteral("(name.size()"), QStringLiteral("(owner.size()"));
        const CheckReply second = ask(worker, {2, QStringLiteral("/tmp/moved.cpp"), fixed, QStringLiteral("bugs"), {}});
        QCOMPARE(second.id, std::optional<qint64>(2));
        QVERIFY(second.report && second.report->findings.empty());
    }

    void workerRefusesUnknownRulesWithTheEnginesMessage() {
        course::CheckWorker worker;
        const CheckReply reply = ask(worker, {5, QStringLiteral("/tmp/a.cpp"), kMoved, QStringLiteral("no-such-rule"), {}});
        QCOMPARE(reply.id, std::optional<qint64>(5));
        QVERIFY(!reply.report);
        QVERIFY2(reply.error.contains(QStringLiteral("no-such-rule")), qPrintable(reply.error));
    }

    void workerAnswersGarbageWithAnErrorWithoutId() {
        course::CheckWorker worker;
        QString error;
        const std::optional<CheckReply> reply = course::decodeReply(worker.handle("{oops"), error);
        QVERIFY(reply);
        QVERIFY(!reply->id);
        QVERIFY(reply->error.startsWith(QStringLiteral("bad request")));
    }
};

QTEST_APPLESS_MAIN(CheckProtocolTest)
#include "check_protocol_test.moc"
