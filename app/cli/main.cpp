// ownlings: command-line entry point.
#include "app/cli/cli_app.h"

#include <QCoreApplication>

int main(int argc, char** argv) {
    // The course commands need it: data locations, the binary's folder, the SQLite plugin.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ownlings"));
    return ownlings::cli::run(argc, argv);
}
