// ownlings-gui: the desktop app. All of it lives in the ownlings_gui library.
#include "app/gui/gui_app.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    return ownlings::gui::runGuiApp(app);
}
