// The `ownlings` binary as a user runs it: exit statuses, text against golden
// files, JSON, SARIF, rule selection, compiler flags, every kind of bad input,
// and `ownlings explain`.
// Set OWNLINGS_UPDATE_GOLDEN=1 (or build the update-golden target) to rewrite
// the golden files from the current output; read the diff before committing.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run ownlings(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProgram(QStringLiteral(OWNLINGS_CLI_PATH));
    process.setArguments(args);
    process.setWorkingDirectory(QStringLiteral(OWNLINGS_CLI_DATA));
    process.setProcessEnvironment(env);
    process.start();
    if (!process.waitForFinished(60000)) qFatal("ownlings did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

/// Compares `actual` with golden/`name`, or rewrites it under OWNLINGS_UPDATE_GOLDEN.
bool matchesGolden(const QString& name, const QString& actual) {
    QFile file(QStringLiteral(OWNLINGS_CLI_GOLDEN) + QLatin1Char('/') + name);
    if (qEnvironmentVariableIsSet("OWNLINGS_UPDATE_GOLDEN")) {
        if (!file.open(QIODevice::WriteOnly)) return false;
        file.write(actual.toUtf8());
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing golden file %s", qPrintable(file.fileName()));
        return false;
    }
    const QString expected = QString::fromUtf8(file.readAll());
    if (expected != actual) qWarning("output differs from %s:\n%s", qPrintable(name), qPrintable(actual));
    return expected == actual;
}

QJsonObject parseJson(const QString& text) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) qWarning("bad JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(text));
    return doc.object();
}

} // namespace

class CliTest : public QObject {
    Q_OBJECT
private slots:
    void helpAndVersionSucceed() {
        const Run help = ownlings({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("ownlings check"));
        const Run checkHelp = ownlings({"check", "--help"});
        QCOMPARE(checkHelp.exitCode, 0);
        QVERIFY(checkHelp.out.contains("--rules LIST"));
        QVERIFY(checkHelp.out.contains("Exit status"));
        const Run version = ownlings({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(QRegularExpression("^ownlings \\d+\\.\\d+\\.\\d+\n$").match(version.out).hasMatch());
    }
    void findingIsPrintedLikeRustcAndExitsOne() {
        const Run run = ownlings({"check", "moved_name.cpp"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.out.contains(QLatin1Char('\x1b')));
        QVERIFY(matchesGolden("moved_name.txt", run.out));
    }
    void loopFindingSaysPreviousIteration() {
        const Run run = ownlings({"check", "moved_in_loop.cpp"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(matchesGolden("moved_in_loop.txt", run.out));
    }
    void cleanFileExitsZero() {
        const Run run = ownlings({"check", "clean.cpp"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("no ownership problems found in `clean.cpp`\n"));
    }
    void compileErrorShowsClangsMessageAndExitsTwo() {
        const Run run = ownlings({"check", "does_not_compile.cpp"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("use of undeclared identifier 'pritn'"));
        QVERIFY(!run.err.contains("error[use-after-move]"));
        QVERIFY(matchesGolden("does_not_compile.txt", run.err));
    }
    void jsonFollowsTheContract() {
        const Run run = ownlings({"check", "--format", "json", "moved_name.cpp", "clean.cpp"});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray files = parseJson(run.out)["files"].toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0].toObject()["path"].toString(), QStringLiteral("moved_name.cpp"));
        const QJsonObject d = files[0].toObject()["diagnostics"].toArray()[0].toObject();
        QCOMPARE(d["rule"].toString(), QStringLiteral("use-after-move"));
        QCOMPARE(d["severity"].toString(), QStringLiteral("error"));
        QCOMPARE(d["line"].toInt(), 11);
        QCOMPARE(d["column"].toInt(), 18);
        QCOMPARE(d["message"].toString(), QStringLiteral("use of moved value: `name`"));
        QCOMPARE(d["labels"].toArray()[0].toObject()["line"].toInt(), 8);
        QCOMPARE(d["labels"].toArray()[0].toObject()["message"].toString(), QStringLiteral("value moved here"));
        QVERIFY(d["help"].toString().contains("owner"));
        QCOMPARE(files[1].toObject()["diagnostics"].toArray().size(), 0);
        QVERIFY(matchesGolden("moved_name.json", run.out));
    }
    void jsonReportsUnreadableFilesAndExitsTwo() {
        const Run run = ownlings({"check", "--format=json", "missing.cpp", "moved_name.cpp"});
        QCOMPARE(run.exitCode, 2);
        const QJsonArray files = parseJson(run.out)["files"].toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0].toObject()["status"].toString(), QStringLiteral("input-error"));
        QVERIFY(files[0].toObject()["error"].toString().contains("no such file"));
        QCOMPARE(files[1].toObject()["diagnostics"].toArray().size(), 1);
    }
    void rulesOptionSelectsRules() {
        QCOMPARE(ownlings({"check", "--rules", "leak", "moved_name.cpp"}).exitCode, 0);
        QCOMPARE(ownlings({"check", "--rules=use-after-move,leak", "moved_name.cpp"}).exitCode, 1);
        QCOMPARE(ownlings({"check", "--rules", "all", "moved_name.cpp"}).exitCode, 1);
        const Run bad = ownlings({"check", "--rules", "use-after-free", "moved_name.cpp"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("unknown rule `use-after-free`"));
    }
    void flagsAfterDoubleDashGoToTheCompiler() {
        QCOMPARE(ownlings({"check", "needs_define.cpp"}).exitCode, 2);
        const Run run = ownlings({"check", "needs_define.cpp", "--", "-DGREETING=\"hi\"", "-std=c++20"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("use of moved value: `message`"));
    }
    void everyFileOfSeveralIsReported() {
        const Run run = ownlings({"check", "moved_name.cpp", "clean.cpp", "moved_in_loop.cpp"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("--> moved_name.cpp:11:18"));
        QVERIFY(run.out.contains("--> moved_in_loop.cpp:10:37"));
        QVERIFY(run.out.endsWith("found 2 errors in 2 of 3 files\n"));
    }
    void badInputGetsOneClearLineAndExitsTwo_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << "nope.cpp" << "error: cannot read `nope.cpp`: no such file\n";
        QTest::newRow("directory") << "." << "error: `.` is a directory, not a source file\n";
        QTest::newRow("empty") << "empty.cpp" << "error: `empty.cpp` is empty: there is no code to check\n";
        QTest::newRow("binary") << "binary.cpp" << "error: `binary.cpp` is not a text file (it contains binary data)\n";
    }
    void badInputGetsOneClearLineAndExitsTwo() {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const Run run = ownlings({"check", path});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, message);
        QVERIFY(run.out.isEmpty());
    }
    void wrongCallsExitTwo() {
        QCOMPARE(ownlings({}).exitCode, 2);
        QCOMPARE(ownlings({"frobnicate"}).exitCode, 2);
        QCOMPARE(ownlings({"check"}).exitCode, 2);
        const Run unknown = ownlings({"check", "--frobnicate", "clean.cpp"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown option `--frobnicate`"));
        QCOMPARE(ownlings({"check", "--format", "xml", "clean.cpp"}).exitCode, 2);
    }
    void explainListsEveryRuleWithItsKindAndRustCode() {
        const Run run = ownlings({"explain"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QStringList ids{"use-after-move",           "use-after-delete",       "dangling-reference",
                              "return-local-reference",   "dangling-temporary",     "invalidated-reference",
                              "move-while-borrowed",      "escaping-reference-capture", "double-ownership",
                              "exclusive-mutable-borrow", "raw-owning-pointer",     "leak",
                              "move-of-const",            "pessimizing-move",       "needless-copy"};
        for (const QString& id : ids)
            QVERIFY2(QRegularExpression("\\n  " + id + " +(E\\d{4}|-) +\\S").match(run.out).hasMatch(), qPrintable(id));
        QVERIFY(run.out.contains(QRegularExpression("\\n  use-after-move +E0382 +an object is used after it was moved from\\n")));
        const qsizetype bugs = run.out.indexOf("bug rules");
        const qsizetype discipline = run.out.indexOf("discipline rules");
        QVERIFY(bugs >= 0 && discipline > bugs);
        QVERIFY(run.out.indexOf("double-ownership") < discipline && run.out.indexOf("needless-copy") > discipline);
        QVERIFY(run.out.contains("ownlings explain RULE"));
        QVERIFY(!run.out.contains(QLatin1Char('\x1b')));
    }
    void explainPrintsTheLongTextOfOneRule() {
        const Run run = ownlings({"explain", "use-after-move"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("# use-after-move: "));
        QVERIFY(!run.out.contains(QLatin1Char('\x1b')));
        QVERIFY(matchesGolden("explain_use_after_move.txt", run.out));
        const Run coloured = ownlings({"explain", "--color=always", "leak"});
        QCOMPARE(coloured.exitCode, 0);
        QVERIFY(coloured.out.contains("\x1b[1;34m## What it means\x1b[0m"));
    }
    void explainOfAnUnknownRuleSuggestsTheClosestAndExitsTwo() {
        const Run typo = ownlings({"explain", "use-after-mvoe"});
        QCOMPARE(typo.exitCode, 2);
        QVERIFY(typo.out.isEmpty());
        QVERIFY(typo.err.contains("unknown rule `use-after-mvoe`; did you mean `use-after-move`?"));
        const Run otherName = ownlings({"explain", "use-after-free"});
        QCOMPARE(otherName.exitCode, 2);
        QVERIFY(otherName.err.contains("did you mean `use-after-delete`?"));
        const Run rustCode = ownlings({"explain", "E0505"});
        QCOMPARE(rustCode.exitCode, 2);
        QVERIFY(rustCode.err.contains("did you mean `move-while-borrowed`?"));
        QCOMPARE(ownlings({"explain", "leak", "use-after-move"}).exitCode, 2);
        QCOMPARE(ownlings({"explain", "--frobnicate"}).exitCode, 2);
    }
    void explainHelpAndTheCommandListMentionIt() {
        const Run help = ownlings({"explain", "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith("Usage: ownlings explain"));
        const Run usage = ownlings({"--help"});
        QVERIFY(usage.out.contains("ownlings explain [RULE]"));
        QVERIFY(usage.out.contains("\n  explain "));
    }
    void sarifIsValidJsonWithResultsAndExitsOne() {
        const Run run = ownlings({"check", "--format", "sarif", "moved_name.cpp", "clean.cpp"});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject log = parseJson(run.out);
        QCOMPARE(log["version"].toString(), QStringLiteral("2.1.0"));
        const QJsonObject sarifRun = log["runs"].toArray()[0].toObject();
        QCOMPARE(sarifRun["tool"].toObject()["driver"].toObject()["rules"].toArray().size(), 15);
        QCOMPARE(sarifRun["artifacts"].toArray().size(), 2);
        QCOMPARE(sarifRun["invocations"].toArray()[0].toObject()["executionSuccessful"].toBool(), true);
        const QJsonArray results = sarifRun["results"].toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject result = results[0].toObject();
        QCOMPARE(result["ruleId"].toString(), QStringLiteral("use-after-move"));
        QCOMPARE(result["level"].toString(), QStringLiteral("error"));
        const QJsonObject location = result["locations"].toArray()[0].toObject()["physicalLocation"].toObject();
        QCOMPARE(location["artifactLocation"].toObject()["uri"].toString(), QStringLiteral("moved_name.cpp"));
        QCOMPARE(location["region"].toObject()["startLine"].toInt(), 11);
        QCOMPARE(location["region"].toObject()["startColumn"].toInt(), 18);
        const QJsonObject moved = result["relatedLocations"].toArray()[0].toObject();
        QCOMPARE(moved["physicalLocation"].toObject()["region"].toObject()["startLine"].toInt(), 8);
        QCOMPARE(moved["message"].toObject()["text"].toString(), QStringLiteral("value moved here"));
        QCOMPARE(ownlings({"check", "--format=sarif", "clean.cpp"}).exitCode, 0);
    }
    void sarifReportsFilesThatCannotBeCheckedAndExitsTwo() {
        const Run run = ownlings({"check", "--format=sarif", "missing.cpp", "does_not_compile.cpp", "moved_name.cpp"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.isEmpty());
        const QJsonObject sarifRun = parseJson(run.out)["runs"].toArray()[0].toObject();
        const QJsonObject invocation = sarifRun["invocations"].toArray()[0].toObject();
        QCOMPARE(invocation["executionSuccessful"].toBool(), false);
        const QJsonArray notifications = invocation["toolExecutionNotifications"].toArray();
        QVERIFY(notifications.size() >= 2);
        QVERIFY(notifications[0].toObject()["message"].toObject()["text"].toString().contains("no such file"));
        bool compileError = false;
        for (const QJsonValue& n : notifications)
            compileError |= n.toObject()["message"].toObject()["text"].toString().contains("pritn");
        QVERIFY(compileError);
        QCOMPARE(sarifRun["results"].toArray().size(), 1);
    }
    void colourOnATerminalUnlessNoColor() {
        const QString script = QStandardPaths::findExecutable("script");
        if (script.isEmpty()) QSKIP("util-linux `script` is needed to give ownlings a terminal");
        auto onTerminal = [&](const QProcessEnvironment& env) {
            QProcess process;
            process.setWorkingDirectory(QStringLiteral(OWNLINGS_CLI_DATA));
            process.setProcessEnvironment(env);
            process.start(script, {"-qec", QStringLiteral(OWNLINGS_CLI_PATH " check moved_name.cpp"), "/dev/null"});
            process.waitForFinished(60000);
            return QString::fromUtf8(process.readAllStandardOutput());
        };
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("NO_COLOR");
        env.insert("TERM", "xterm");
        QVERIFY(onTerminal(env).contains("\x1b[1;31merror[use-after-move]"));
        env.insert("NO_COLOR", "1");
        const QString plain = onTerminal(env);
        QVERIFY(plain.contains("error[use-after-move]"));
        QVERIFY(!plain.contains(QLatin1Char('\x1b')));
        QVERIFY(ownlings({"check", "--color=always", "moved_name.cpp"}).out.contains(QLatin1Char('\x1b')));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
