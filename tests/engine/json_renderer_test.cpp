// The JSON contract of `ownlings check --format json`.
#include "engine/diagnostics/json_renderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ownlings::engine;

namespace {

QJsonObject parse(const std::string& json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    if (error.error != QJsonParseError::NoError) qWarning() << error.errorString() << json.c_str();
    return doc.object();
}

FileReport reportWithOneFinding() {
    FileReport report;
    report.path = "a \"quoted\" path.cpp";
    Diagnostic d;
    d.rule = RuleId::UseAfterMove;
    d.message = "use of moved value: `name`";
    d.primary = {report.path, 14, 18, 14, 22};
    d.primaryLabel = "value used here after move";
    d.labels.push_back({{report.path, 11, 18, 11, 33}, "value moved here"});
    d.help = "use `owner` instead";
    d.rustCode = "E0382";
    report.findings.push_back(d);
    return report;
}

} // namespace

class JsonRendererTest : public QObject {
    Q_OBJECT
private slots:
    void hasTheFieldsOfTheContract() {
        const QJsonObject root = parse(renderJson({reportWithOneFinding()}));
        const QJsonArray files = root["files"].toArray();
        QCOMPARE(files.size(), 1);
        const QJsonObject file = files[0].toObject();
        QCOMPARE(file["path"].toString(), QStringLiteral("a \"quoted\" path.cpp"));
        const QJsonObject d = file["diagnostics"].toArray()[0].toObject();
        QCOMPARE(d["rule"].toString(), QStringLiteral("use-after-move"));
        QCOMPARE(d["severity"].toString(), QStringLiteral("error"));
        QCOMPARE(d["line"].toInt(), 14);
        QCOMPARE(d["column"].toInt(), 18);
        QCOMPARE(d["message"].toString(), QStringLiteral("use of moved value: `name`"));
        QCOMPARE(d["help"].toString(), QStringLiteral("use `owner` instead"));
        const QJsonObject label = d["labels"].toArray()[0].toObject();
        QCOMPARE(label["line"].toInt(), 11);
        QCOMPARE(label["column"].toInt(), 18);
        QCOMPARE(label["message"].toString(), QStringLiteral("value moved here"));
    }
    void failedFileCarriesItsErrorAndNoDiagnostics() {
        FileReport report;
        report.path = "broken.cpp";
        report.status = FileStatus::CompileError;
        Diagnostic error;
        error.message = "expected ';' after expression";
        error.primary = {"broken.cpp", 3, 9, 3, 10};
        report.compilerErrors.push_back(error);
        const QJsonObject file = parse(renderJson({report}))["files"].toArray()[0].toObject();
        QCOMPARE(file["status"].toString(), QStringLiteral("compile-error"));
        QCOMPARE(file["diagnostics"].toArray().size(), 0);
        const QJsonObject compiler = file["compiler_errors"].toArray()[0].toObject();
        QVERIFY(compiler["rule"].isNull());
        QCOMPARE(compiler["line"].toInt(), 3);
    }
    void stringsAreEscapedAndKeptValidUtf8() {
        QCOMPARE(jsonString("a\"b\\c\n\t\x01"), std::string("\"a\\\"b\\\\c\\n\\t\\u0001\""));
        QCOMPARE(jsonString("Grüße"), std::string("\"Grüße\""));
        QCOMPARE(jsonString("bad \xff byte"), std::string("\"bad \xEF\xBF\xBD byte\""));
    }
    void severalFilesAreReportedInOrder() {
        FileReport clean;
        clean.path = "clean.cpp";
        const QJsonArray files = parse(renderJson({clean, reportWithOneFinding()}))["files"].toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0].toObject()["path"].toString(), QStringLiteral("clean.cpp"));
        QCOMPARE(files[0].toObject()["diagnostics"].toArray().size(), 0);
        QCOMPARE(files[1].toObject()["diagnostics"].toArray().size(), 1);
    }
};

QTEST_APPLESS_MAIN(JsonRendererTest)
#include "json_renderer_test.moc"
