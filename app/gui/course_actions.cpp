// The course's actions: names, shortcuts and tips in one place.
#include "app/gui/course_actions.h"

#include "app/gui/course_icons.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
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
    action->setToolTip(shortcuts.isEmpty() ? tip
                                           : QStringLiteral("%1 (%2)").arg(tip, shortcuts.first().toString(
                                                                                    QKeySequence::NativeText)));
    return action;
}

QIcon standardIcon(QWidget* widget, QStyle::StandardPixmap pixmap) { return widget->style()->standardIcon(pixmap); }

void createGradingActions(CourseActions& a, QWidget* w) {
    a.grade = makeAction(QWidget::tr("&Grade"), {QKeySequence(Qt::Key_F5)},
                         QWidget::tr("Grade the exercise: check, compile, run and test it"), w, "gradeAction");
    a.grade->setIcon(gradeIcon());
    a.cancelGrade = makeAction(QWidget::tr("&Cancel Grading"), {QKeySequence(Qt::SHIFT | Qt::Key_F5)},
                               QWidget::tr("Stop the grading in progress"), w, "cancelGradeAction");
    a.cancelGrade->setIcon(cancelIcon());
    a.cancelGrade->setEnabled(false);
    a.nextItem = makeAction(QWidget::tr("&Next Exercise"),
                            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::ALT | Qt::Key_Right)},
                            QWidget::tr("Go on to the next exercise or quiz"), w, "nextItemAction");
    a.nextItem->setIcon(standardIcon(w, QStyle::SP_ArrowForward));
    a.previousItem = makeAction(QWidget::tr("&Previous Exercise"), {QKeySequence(Qt::ALT | Qt::Key_Left)},
                                QWidget::tr("Go back to the previous exercise or quiz"), w, "previousItemAction");
    a.previousItem->setIcon(standardIcon(w, QStyle::SP_ArrowBack));
}

void createHelpActions(CourseActions& a, QWidget* w) {
    a.hint = makeAction(QWidget::tr("Show a &Hint"), {QKeySequence(Qt::CTRL | Qt::Key_J)},
                        QWidget::tr("Reveal the next hint for this exercise"), w, "hintAction");
    a.hint->setIcon(standardIcon(w, QStyle::SP_MessageBoxQuestion));
    a.solution = makeAction(QWidget::tr("View &Solution\u2026"), {},
                            QWidget::tr("Show the reference solution"), w, "solutionAction");
    a.reset = makeAction(QWidget::tr("&Reset Exercise\u2026"), {},
                         QWidget::tr("Start the exercise over (your code is kept in its history)"), w, "resetAction");
    a.reset->setIcon(standardIcon(w, QStyle::SP_BrowserReload));
    a.history = makeAction(QWidget::tr("&History\u2026"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)},
                           QWidget::tr("Earlier versions of your code for this exercise"), w, "historyAction");
    a.history->setIcon(standardIcon(w, QStyle::SP_FileDialogDetailedView));
    a.showLesson = makeAction(QWidget::tr("Read the &Lesson"), {},
                              QWidget::tr("Read the lesson of this chapter"), w, "showLessonAction");
}

} // namespace

CourseActions createCourseActions(QWidget* window) {
    CourseActions a;
    a.openPack = makeAction(QWidget::tr("Open &Pack\u2026"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
                            QWidget::tr("Open an exercise pack from a folder"), window, "openPackAction");
    a.openPack->setIcon(window->style()->standardIcon(QStyle::SP_DirOpenIcon));
    a.recentPacks = new QMenu(QWidget::tr("Recent Pac&ks"), window);
    a.recentPacks->setObjectName(QStringLiteral("recentPacksMenu"));
    createGradingActions(a, window);
    createHelpActions(a, window);
    a.courseMenu = new QMenu(QWidget::tr("&Course"), window);
    a.courseMenu->setObjectName(QStringLiteral("courseMenu"));
    a.courseMenu->addActions({a.grade, a.cancelGrade});
    a.courseMenu->addSeparator();
    a.courseMenu->addActions({a.nextItem, a.previousItem, a.showLesson});
    a.courseMenu->addSeparator();
    a.courseMenu->addActions({a.hint, a.solution});
    a.courseMenu->addSeparator();
    a.courseMenu->addActions({a.history, a.reset});
    return a;
}

} // namespace ownlings::gui
