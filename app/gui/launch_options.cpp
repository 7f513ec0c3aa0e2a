// The command line of ownlings-gui, on QCommandLineParser.
#include "app/gui/launch_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace ownlings::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("LaunchOptions", text); }

QString helpText(const QCommandLineParser& parser, const QStringList& arguments) {
    // Without a QCoreApplication (help must work without a display) Qt cannot
    // name the program itself.
    QString text = parser.helpText();
    const QString program = QFileInfo(arguments.value(0, QStringLiteral("ownlings-gui"))).fileName();
    return text.replace(QStringLiteral("<executable_name>"), program);
}

} // namespace

LaunchCommand parseLaunchCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Ownlings: learn Rust-style ownership and borrowing in C++.\n"
           "Opens an editor with a sample exercise; Check (Ctrl+Return) shows ownership problems."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption checkOnStart(QStringLiteral("check-on-start"), tr("Check the file as soon as the window opens."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("After the first check, save a picture of the window to <file> and quit."),
                                        tr("file"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      tr("Check the file, then quit: exit status 0 if a finding shows, 1 if not."));
    const QCommandLineOption theme(QStringLiteral("theme"), tr("Use the light or dark theme."), tr("light|dark"));
    const QCommandLineOption exitWhenShown(
        QStringLiteral("exit-when-shown"),
        tr("Print the time (ms since the epoch) when the window first painted, then quit (for benchmarks)."));
    const QCommandLineOption pack(
        QStringLiteral("pack"), tr("Open the exercise pack in <dir> (default: the last one opened, else the bundled pack)."),
        tr("dir"));
    const QCommandLineOption data(QStringLiteral("data"), tr("Keep progress and working copies in <dir>."), tr("dir"));
    const QCommandLineOption exercise(QStringLiteral("exercise"),
                                      tr("Open the exercise or quiz <id> of the pack instead of the one you were on."),
                                      tr("id"));
    parser.addOptions({checkOnStart, screenshot, selfTest, theme, exitWhenShown, pack, data, exercise});
    parser.addPositionalArgument(tr("file"), tr("A C++ file to open instead of the sample exercise."), tr("[file]"));

    LaunchCommand command;
    const bool parsed = parser.parse(arguments);
    // Help and version win over mistakes elsewhere on the line.
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all")))
        return {LaunchCommand::Action::ShowHelp, {}, helpText(parser, arguments)};
    if (parser.isSet(version))
        return {LaunchCommand::Action::ShowVersion, {},
                QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()};
    if (!parsed) return {LaunchCommand::Action::Fail, {}, parser.errorText()};
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) return {LaunchCommand::Action::Fail, {}, tr("Give at most one file to open.")};
    command.options.file = files.value(0);
    command.options.checkOnStart = parser.isSet(checkOnStart);
    command.options.screenshotPath = parser.value(screenshot);
    command.options.selfTest = parser.isSet(selfTest);
    command.options.exitWhenShown = parser.isSet(exitWhenShown);
    command.options.packDir = parser.value(pack);
    command.options.dataDir = parser.value(data);
    command.options.exerciseId = parser.value(exercise);
    if (parser.isSet(theme)) {
        command.options.theme = themeFromName(parser.value(theme));
        if (!command.options.theme)
            return {LaunchCommand::Action::Fail, {}, tr("Unknown theme \"%1\": use light or dark.").arg(parser.value(theme))};
    }
    return command;
}

} // namespace ownlings::gui
