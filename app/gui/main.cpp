// ownlings-gui: the desktop app. All of it lives in the ownlings_gui library.
#include "app/gui/gui_app.h"

int main(int argc, char* argv[]) { return ownlings::gui::runGuiApp(argc, argv); }
