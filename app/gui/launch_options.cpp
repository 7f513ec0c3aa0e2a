// The command line of ownlings-gui, on QCommandLineParser.
#include "app/gui/launch_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ownlings::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("LaunchOptions", text); }

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
    parser.addOptions({checkOnStart, screenshot, selfTest});
    parser.addPositionalArgument(tr("file"), tr("A C++ file to open instead of the sample exercise."), tr("[file]"));

    LaunchCommand command;
    if (!parser.parse(arguments)) return {LaunchCommand::Action::Fail, {}, parser.errorText()};
    if (parser.isSet(help)) return {LaunchCommand::Action::ShowHelp, {}, parser.helpText()};
    if (parser.isSet(version))
        return {LaunchCommand::Action::ShowVersion, {},
                QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()};
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) return {LaunchCommand::Action::Fail, {}, tr("Give at most one file to open.")};
    command.options.file = files.value(0);
    command.options.checkOnStart = parser.isSet(checkOnStart);
    command.options.screenshotPath = parser.value(screenshot);
    command.options.selfTest = parser.isSet(selfTest);
    return command;
}

} // namespace ownlings::gui
