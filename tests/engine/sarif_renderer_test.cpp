// SARIF 2.1.0 output of `ownlings check --format sarif`: structure, rules, levels,
// code point columns, related locations and the notifications of failed files.
#include "engine/diagnostics/sarif_renderer.h"

#include "engine/explanations.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QtTest>

using namespace ownlings::engine;

namespace {

QJsonObject parse(const std::string& sarif) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(sarif), &error);
    if (error.error != QJsonParseError::NoError) qWarning() << error.errorString() << sarif.c_str();
    return doc.object();
}

QJsonObject onlyRun(const std::vector<FileReport>& reports) {
    const QJsonObject log = parse(renderSarif(reports));
    const QJsonArray runs = log["runs"].toArray();
    if (runs.size() != 1) qWarning("expected one run, got %lld", static_cast<long long>(runs.size()));
    return runs[0].toObject();
}

QString qs(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<int>(text.size())); }

/// A checked file whose line 2 has two-byte characters before the finding.
FileReport reportWithFindings() {
    FileReport report;
    report.path = "src/grüße.cpp";
    report.source = "std::string name = \"x\";\n"
                    "auto s = \"Grüße\" + name;\n"
                    "auto t = std::move(name);\n";
    Diagnostic move;
    move.rule = RuleId::UseAfterMove;
    move.severity = Severity::Error;
    move.message = "use of moved value: `name`";
    move.primary = {report.path, 2, 22, 2, 26}; // byte columns; "ü" and "ß" take two bytes each
    move.primaryLabel = "value used here after move";
    move.labels.push_back({{report.path, 3, 10, 3, 25}, "value moved here"});
    move.notes.push_back("`std::string` has no defined state after a move");
    move.help = "use `t` instead";
    move.rustCode = "E0382";
    report.findings.push_back(move);
    Diagnostic leak;
    leak.rule = RuleId::Leak;
    leak.severity = Severity::Warning;
    leak.message = "the object `p` points to is never deleted on this path";
    leak.primary = {report.path, 1, 1, 1, 12};
    report.findings.push_back(leak);
    return report;
}

} // namespace

class SarifRendererTest : public QObject {
    Q_OBJECT
private slots:
    void isOneSarif210RunOfOwnlings() {
        const QJsonObject log = parse(renderSarif({reportWithFindings()}));
        QCOMPARE(log["version"].toString(), QStringLiteral("2.1.0"));
        QVERIFY(log["$schema"].toString().contains("sarif-schema-2.1.0.json"));
        const QJsonObject run = log["runs"].toArray()[0].toObject();
        const QJsonObject driver = run["tool"].toObject()["driver"].toObject();
        QCOMPARE(driver["name"].toString(), QStringLiteral("ownlings"));
        QVERIFY(QRegularExpression("^\\d+\\.\\d+\\.\\d+$").match(driver["version"].toString()).hasMatch());
        QCOMPARE(run["columnKind"].toString(), QStringLiteral("unicodeCodePoints"));
    }
    void listsEveryRuleWithItsExplanation() {
        const QJsonArray rules = onlyRun({})["tool"].toObject()["driver"].toObject()["rules"].toArray();
        QCOMPARE(rules.size(), static_cast<qsizetype>(kRuleCount));
        QCOMPARE(rules[0].toObject()["name"].toString(), QStringLiteral("UseAfterMove"));
        QCOMPARE(rules[7].toObject()["name"].toString(), QStringLiteral("EscapingReferenceCapture"));
        for (const RuleInfo& info : allRules()) {
            const QJsonObject rule = rules[static_cast<int>(info.id)].toObject();
            QCOMPARE(rule["id"].toString(), qs(info.name));
            QCOMPARE(rule["shortDescription"].toObject()["text"].toString(), qs(info.summary));
            QCOMPARE(rule["fullDescription"].toObject()["text"].toString(), QString::fromStdString(explanationLead(info.id)));
            const QString level = rule["defaultConfiguration"].toObject()["level"].toString();
            QCOMPARE(level, info.kind == RuleKind::Bug ? QStringLiteral("error") : QStringLiteral("warning"));
            QCOMPARE(rule["help"].toObject()["markdown"].toString(), qs(explanation(info.id)));
            QVERIFY(!rule["help"].toObject()["text"].toString().isEmpty());
        }
    }
    void findingBecomesAResultWithItsRuleAndLevel() {
        const QJsonArray results = onlyRun({reportWithFindings()})["results"].toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject move = results[0].toObject();
        QCOMPARE(move["ruleId"].toString(), QStringLiteral("use-after-move"));
        QCOMPARE(move["ruleIndex"].toInt(), static_cast<int>(RuleId::UseAfterMove));
        QCOMPARE(move["level"].toString(), QStringLiteral("error"));
        const QString text = move["message"].toObject()["text"].toString();
        QVERIFY(text.startsWith("use of moved value: `name`\n"));
        QVERIFY(text.contains("help: use `t` instead"));
        const QJsonObject leak = results[1].toObject();
        QCOMPARE(leak["ruleId"].toString(), QStringLiteral("leak"));
        QCOMPARE(leak["ruleIndex"].toInt(), static_cast<int>(RuleId::Leak));
        QCOMPARE(leak["level"].toString(), QStringLiteral("warning"));
    }
    void columnsCountCodePointsNotBytes() {
        const QJsonObject result = onlyRun({reportWithFindings()})["results"].toArray()[0].toObject();
        const QJsonObject location = result["locations"].toArray()[0].toObject();
        const QJsonObject region = location["physicalLocation"].toObject()["region"].toObject();
        QCOMPARE(region["startLine"].toInt(), 2);
        QCOMPARE(region["startColumn"].toInt(), 20);
        QCOMPARE(region["endLine"].toInt(), 2);
        QCOMPARE(region["endColumn"].toInt(), 24);
        QCOMPARE(location["message"].toObject()["text"].toString(), QStringLiteral("value used here after move"));
        // The same span on an ASCII line keeps its numbers.
        const QJsonObject related = result["relatedLocations"].toArray()[0].toObject();
        QCOMPARE(related["physicalLocation"].toObject()["region"].toObject()["startColumn"].toInt(), 10);
        QCOMPARE(related["physicalLocation"].toObject()["region"].toObject()["endColumn"].toInt(), 25);
    }
    void labelsBecomeRelatedLocationsWithMessages() {
        const QJsonObject result = onlyRun({reportWithFindings()})["results"].toArray()[0].toObject();
        const QJsonArray related = result["relatedLocations"].toArray();
        QCOMPARE(related.size(), 1);
        const QJsonObject label = related[0].toObject();
        QCOMPARE(label["id"].toInt(), 1);
        QCOMPARE(label["message"].toObject()["text"].toString(), QStringLiteral("value moved here"));
        QCOMPARE(label["physicalLocation"].toObject()["region"].toObject()["startLine"].toInt(), 3);
    }
    void artifactsAreRelativeToTheSourceRootAndPercentEncoded() {
        FileReport absolute;
        absolute.path = "/tmp/a b.cpp";
        const QJsonObject run = onlyRun({reportWithFindings(), absolute});
        const QJsonArray artifacts = run["artifacts"].toArray();
        QCOMPARE(artifacts.size(), 2);
        const QJsonObject relative = artifacts[0].toObject()["location"].toObject();
        QCOMPARE(relative["uri"].toString(), QStringLiteral("src/gr%C3%BC%C3%9Fe.cpp"));
        QCOMPARE(relative["uriBaseId"].toString(), QStringLiteral("%SRCROOT%"));
        QCOMPARE(artifacts[0].toObject()["roles"].toArray()[0].toString(), QStringLiteral("analysisTarget"));
        QCOMPARE(artifacts[1].toObject()["location"].toObject()["uri"].toString(), QStringLiteral("file:///tmp/a%20b.cpp"));
        const QString root = run["originalUriBaseIds"].toObject()["%SRCROOT%"].toObject()["uri"].toString();
        QCOMPARE(QUrl(root).toLocalFile(), QDir::currentPath() + "/");
        const QJsonObject resultLocation = run["results"].toArray()[0].toObject()["locations"].toArray()[0].toObject();
        QCOMPARE(resultLocation["physicalLocation"].toObject()["artifactLocation"].toObject()["index"].toInt(), 0);
    }
    void cleanRunSucceedsWithNoResults() {
        FileReport clean;
        clean.path = "clean.cpp";
        clean.source = "int main() {}\n";
        const QJsonObject run = onlyRun({clean});
        QCOMPARE(run["results"].toArray().size(), 0);
        const QJsonObject invocation = run["invocations"].toArray()[0].toObject();
        QCOMPARE(invocation["executionSuccessful"].toBool(), true);
        QCOMPARE(invocation["toolExecutionNotifications"].toArray().size(), 0);
    }
    void filesThatFailedAreNotificationsOfAnUnsuccessfulRun() {
        FileReport missing;
        missing.path = "missing.cpp";
        missing.status = FileStatus::InputError;
        missing.error = "cannot read `missing.cpp`: no such file";
        FileReport broken;
        broken.path = "broken.cpp";
        broken.source = "int main() { pritn(1); }\n";
        broken.status = FileStatus::CompileError;
        Diagnostic error;
        error.message = "use of undeclared identifier 'pritn'";
        error.primary = {"broken.cpp", 1, 14, 1, 19};
        broken.compilerErrors.push_back(error);
        const QJsonObject run = onlyRun({missing, broken, reportWithFindings()});
        QCOMPARE(run["results"].toArray().size(), 2);
        const QJsonObject invocation = run["invocations"].toArray()[0].toObject();
        QCOMPARE(invocation["executionSuccessful"].toBool(), false);
        const QJsonArray notifications = invocation["toolExecutionNotifications"].toArray();
        QCOMPARE(notifications.size(), 2);
        const QJsonObject unreadable = notifications[0].toObject();
        QCOMPARE(unreadable["level"].toString(), QStringLiteral("error"));
        QCOMPARE(unreadable["message"].toObject()["text"].toString(), QStringLiteral("cannot read `missing.cpp`: no such file"));
        QCOMPARE(unreadable["descriptor"].toObject()["id"].toString(), QStringLiteral("input-error"));
        const QJsonObject where = unreadable["locations"].toArray()[0].toObject()["physicalLocation"].toObject();
        QCOMPARE(where["artifactLocation"].toObject()["uri"].toString(), QStringLiteral("missing.cpp"));
        const QJsonObject compile = notifications[1].toObject();
        QCOMPARE(compile["descriptor"].toObject()["id"].toString(), QStringLiteral("compile-error"));
        QCOMPARE(compile["message"].toObject()["text"].toString(), QStringLiteral("use of undeclared identifier 'pritn'"));
        const QJsonObject region = compile["locations"].toArray()[0].toObject()["physicalLocation"].toObject()["region"].toObject();
        QCOMPARE(region["startLine"].toInt(), 1);
        QCOMPARE(region["startColumn"].toInt(), 14);
        const QJsonArray descriptors = run["tool"].toObject()["driver"].toObject()["notifications"].toArray();
        QCOMPARE(descriptors[compile["descriptor"].toObject()["index"].toInt()].toObject()["id"].toString(),
                 QStringLiteral("compile-error"));
    }
};

QTEST_APPLESS_MAIN(SarifRendererTest)
#include "sarif_renderer_test.moc"
