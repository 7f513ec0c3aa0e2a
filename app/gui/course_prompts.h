#pragma once
// CoursePrompts: every question and message box the course parts show, replaceable in tests.

#include <QString>
#include <QStringList>

#include <functional>

class QDialog;
class QWidget;

namespace ownlings::gui {

/// The course parts ask through these, so that tests can answer without a
/// modal dialog. defaultCoursePrompts() shows real dialogs.
struct CoursePrompts {
    /// A yes/no question; true for yes. `details` may be empty.
    std::function<bool(QWidget* parent, const QString& title, const QString& question, const QString& details)> confirm;
    /// A list of problems shown all at once (e.g. everything wrong with a pack).
    std::function<void(QWidget* parent, const QString& title, const QString& intro, const QStringList& problems)>
        showProblems;
    /// A short error or notice.
    std::function<void(QWidget* parent, const QString& title, const QString& message)> warn;
    /// Runs a dialog (history, solution) modally; returns QDialog::exec()'s result.
    std::function<int(QDialog& dialog)> run;
    /// Asks for a pack folder; empty when cancelled.
    std::function<QString(QWidget* parent, const QString& startDir)> choosePackFolder;
};

CoursePrompts defaultCoursePrompts();

} // namespace ownlings::gui
