// Tests of ownlings-gui's command line.
#include "app/gui/launch_options.h"

#include <QtTest>

using ownlings::gui::LaunchCommand;
using ownlings::gui::parseLaunchCommand;

namespace {

LaunchCommand parse(QStringList arguments) {
    arguments.prepend(QStringLiteral("ownlings-gui"));
    return parseLaunchCommand(arguments);
}

} // namespace

class LaunchOptionsTest : public QObject {
    Q_OBJECT
private slots:
    void noArgumentsRunsTheSampleInteractively() {
        const LaunchCommand command = parse({});
        QCOMPARE(command.action, LaunchCommand::Action::Run);
        QVERIFY(command.options.file.isEmpty());
        QVERIFY(!command.options.checkOnStart);
        QVERIFY(!command.options.unattended());
    }

    void screenshotAndSelfTestAreUnattended() {
        const LaunchCommand command = parse({"--check-on-start", "--screenshot", "shot.png", "--self-test", "a.cpp"});
        QCOMPARE(command.action, LaunchCommand::Action::Run);
        QVERIFY(command.options.checkOnStart);
        QCOMPARE(command.options.screenshotPath, QStringLiteral("shot.png"));
        QVERIFY(command.options.selfTest);
        QVERIFY(command.options.unattended());
        QCOMPARE(command.options.file, QStringLiteral("a.cpp"));
    }

    void helpDescribesEveryOption() {
        const LaunchCommand command = parse({"--help"});
        QCOMPARE(command.action, LaunchCommand::Action::ShowHelp);
        for (const char* option : {"--check-on-start", "--screenshot <file>", "--self-test", "--version"})
            QVERIFY2(command.text.contains(QLatin1String(option)), option);
    }

    void helpShowsUsageAndWinsOverMistakes() {
        const LaunchCommand command = parse({"--frobnicate", "--help"});
        QCOMPARE(command.action, LaunchCommand::Action::ShowHelp);
        QVERIFY2(command.text.startsWith(QStringLiteral("Usage: ")), qPrintable(command.text));
        QVERIFY(command.text.contains(QStringLiteral(" [options] [file]")));
        QVERIFY(!command.text.contains(QStringLiteral("<executable_name>")));
    }

    void unknownOptionFailsWithItsName() {
        const LaunchCommand command = parse({"--frobnicate"});
        QCOMPARE(command.action, LaunchCommand::Action::Fail);
        QVERIFY(command.text.contains(QStringLiteral("frobnicate")));
    }

    void themeIsLightOrDarkAndNothingElse() {
        QCOMPARE(parse({"--theme", "dark"}).options.theme, std::optional(ownlings::gui::Theme::Dark));
        QCOMPARE(parse({"--theme", "light"}).options.theme, std::optional(ownlings::gui::Theme::Light));
        QVERIFY(!parse({}).options.theme);
        const LaunchCommand wrong = parse({"--theme", "purple"});
        QCOMPARE(wrong.action, LaunchCommand::Action::Fail);
        QVERIFY2(wrong.text.contains(QStringLiteral("purple")), qPrintable(wrong.text));
    }

    void exitWhenShownIsUnattended() { QVERIFY(parse({"--exit-when-shown"}).options.unattended()); }

    void packAndDataFoldersAreTaken() {
        const LaunchCommand command = parse({"--pack", "/packs/workshop", "--data", "/tmp/progress"});
        QCOMPARE(command.action, LaunchCommand::Action::Run);
        QCOMPARE(command.options.packDir, QStringLiteral("/packs/workshop"));
        QCOMPARE(command.options.dataDir, QStringLiteral("/tmp/progress"));
        QVERIFY(!command.options.unattended());
        QVERIFY(parse({}).options.packDir.isEmpty());
        QCOMPARE(parse({"--pack"}).action, LaunchCommand::Action::Fail); // the folder is missing
        QCOMPARE(parse({"--exercise", "move1"}).options.exerciseId, QStringLiteral("move1"));
    }

    void twoFilesAreRefused() {
        QCOMPARE(parse({"a.cpp", "b.cpp"}).action, LaunchCommand::Action::Fail);
    }
};

QTEST_GUILESS_MAIN(LaunchOptionsTest)
#include "launch_options_test.moc"
