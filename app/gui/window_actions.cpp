// The main window's actions: names, shortcuts, tips and icons in one place.
#include "app/gui/window_actions.h"

#include "app/gui/severity_style.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>
#include <QKeySequence>
#include <QStyle>
#include <QWidget>

namespace ownlings::gui {
namespace {

QAction* makeAction(const QString& text, const QList<QKeySequence>& shortcuts, const QString& tip, QWidget* parent,
                    const char* objectName) {
    auto* action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcuts(shortcuts);
    action->setStatusTip(tip);
    const QString plain = QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("\u2026"));
    action->setToolTip(shortcuts.isEmpty() ? plain
                                           : QStringLiteral("%1 (%2)").arg(plain, shortcuts.first().toString(
                                                                                      QKeySequence::NativeText)));
    return action;
}

QIcon themedIcon(const char* name, QStyle::StandardPixmap fallback, const QWidget* widget) {
    return QIcon::fromTheme(QString::fromLatin1(name), widget->style()->standardIcon(fallback));
}

void createFileActions(WindowActions& a, QWidget* w) {
    a.open = makeAction(QWidget::tr("&Open\u2026"), {QKeySequence::Open}, QWidget::tr("Open a C++ file"), w, "openAction");
    a.open->setIcon(themedIcon("document-open", QStyle::SP_DialogOpenButton, w));
    a.save = makeAction(QWidget::tr("&Save"), {QKeySequence::Save}, QWidget::tr("Save the file"), w, "saveAction");
    a.save->setIcon(themedIcon("document-save", QStyle::SP_DialogSaveButton, w));
    a.saveAs = makeAction(QWidget::tr("Save &As\u2026"), {QKeySequence::SaveAs},
                          QWidget::tr("Save the file under a new name"), w, "saveAsAction");
    a.quit = makeAction(QWidget::tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, QWidget::tr("Quit Ownlings"), w,
                        "quitAction");
    a.quit->setMenuRole(QAction::QuitRole);
}

void createEditActions(WindowActions& a, QWidget* w) {
    a.undo = makeAction(QWidget::tr("&Undo"), {QKeySequence::Undo}, QWidget::tr("Undo the last edit"), w, "undoAction");
    a.redo = makeAction(QWidget::tr("&Redo"), {QKeySequence::Redo}, QWidget::tr("Redo the edit undone last"), w,
                        "redoAction");
    a.cut = makeAction(QWidget::tr("Cu&t"), {QKeySequence::Cut}, QWidget::tr("Cut the selection"), w, "cutAction");
    a.copy = makeAction(QWidget::tr("&Copy"), {QKeySequence::Copy}, QWidget::tr("Copy the selection"), w, "copyAction");
    a.paste = makeAction(QWidget::tr("&Paste"), {QKeySequence::Paste}, QWidget::tr("Paste"), w, "pasteAction");
    a.selectAll = makeAction(QWidget::tr("Select &All"), {QKeySequence::SelectAll}, QWidget::tr("Select all text"),
                             w, "selectAllAction");
    // The editor handles these keys itself; the menu entries only show them.
    for (QAction* action : {a.undo, a.redo, a.cut, a.copy, a.paste, a.selectAll})
        action->setShortcutContext(Qt::WidgetShortcut);
    a.find = makeAction(QWidget::tr("&Find\u2026"), {QKeySequence(Qt::CTRL | Qt::Key_F)},
                        QWidget::tr("Find text in the file"), w, "findAction");
    a.replace = makeAction(QWidget::tr("R&eplace\u2026"), {QKeySequence(Qt::CTRL | Qt::Key_H)},
                           QWidget::tr("Find and replace text"), w, "replaceAction");
    a.findNext = makeAction(QWidget::tr("Find &Next"), {QKeySequence(Qt::Key_F3)}, QWidget::tr("Go to the next match"),
                            w, "findNextAction");
    a.findPrevious = makeAction(QWidget::tr("Find Pre&vious"), {QKeySequence(Qt::SHIFT | Qt::Key_F3)},
                                QWidget::tr("Go to the previous match"), w, "findPreviousAction");
}

void createCheckActions(WindowActions& a, QWidget* w) {
    a.check = makeAction(QWidget::tr("&Check"),
                         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                         QWidget::tr("Check the file for ownership problems"), w, "checkAction");
    a.check->setIcon(checkActionIcon());
    a.checkAsYouType = makeAction(QWidget::tr("Check as You &Type"), {},
                                  QWidget::tr("Check the file whenever you pause typing"), w, "checkAsYouTypeAction");
    a.checkAsYouType->setCheckable(true);
    a.checkAsYouType->setChecked(true);
    a.explain = makeAction(QWidget::tr("&Explain This Problem"), {QKeySequence(Qt::Key_F1)},
                           QWidget::tr("Read the explanation of the rule behind the problem at the cursor"), w,
                           "explainAction");
    a.explain->setIcon(explainActionIcon());
}

void createViewActions(WindowActions& a, QWidget* w) {
    a.themes = new QActionGroup(w);
    a.lightTheme = makeAction(QWidget::tr("&Light Theme"), {}, QWidget::tr("Dark text on a light background"), w,
                              "lightThemeAction");
    a.darkTheme = makeAction(QWidget::tr("&Dark Theme"), {}, QWidget::tr("Light text on a dark background"), w,
                             "darkThemeAction");
    for (QAction* theme : {a.lightTheme, a.darkTheme}) {
        theme->setCheckable(true);
        a.themes->addAction(theme);
    }
    a.lightTheme->setChecked(true);
    a.zoomIn = makeAction(QWidget::tr("Zoom &In"),
                          {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                          QWidget::tr("Larger editor text"), w, "zoomInAction");
    a.zoomOut = makeAction(QWidget::tr("Zoom &Out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)},
                           QWidget::tr("Smaller editor text"), w, "zoomOutAction");
    a.zoomReset = makeAction(QWidget::tr("&Reset Zoom"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
                             QWidget::tr("Editor text at its normal size"), w, "zoomResetAction");
    a.about = new QAction(QWidget::tr("&About Ownlings"), w);
    a.about->setMenuRole(QAction::AboutRole);
}

} // namespace

WindowActions createWindowActions(QWidget* window) {
    WindowActions actions;
    createFileActions(actions, window);
    createEditActions(actions, window);
    createCheckActions(actions, window);
    createViewActions(actions, window);
    return actions;
}

} // namespace ownlings::gui
