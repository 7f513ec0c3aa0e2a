// ownlings: command-line entry point.
#include "app/cli/cli_app.h"

int main(int argc, char** argv) { return ownlings::cli::run(argc, argv); }
