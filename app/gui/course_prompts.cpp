// The real dialogs behind CoursePrompts.
#include "app/gui/course_prompts.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ownlings::gui {
namespace {

bool askYesNo(QWidget* parent, const QString& title, const QString& question, const QString& details) {
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setInformativeText(details);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

/// Every problem in a scrollable, copyable list: a pack can have dozens.
void listProblems(QWidget* parent, const QString& title, const QString& intro, const QStringList& problems) {
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("problemsDialog"));
    dialog.setWindowTitle(title);
    auto* label = new QLabel(intro, &dialog);
    label->setWordWrap(true);
    auto* list = new QPlainTextEdit(problems.join(QLatin1Char('\n')), &dialog);
    list->setReadOnly(true);
    list->setLineWrapMode(QPlainTextEdit::NoWrap);
    list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(720, 360);
    dialog.exec();
}

} // namespace

CoursePrompts defaultCoursePrompts() {
    CoursePrompts prompts;
    prompts.confirm = askYesNo;
    prompts.showProblems = listProblems;
    prompts.warn = [](QWidget* parent, const QString& title, const QString& message) {
        QMessageBox::warning(parent, title, message);
    };
    prompts.run = [](QDialog& dialog) { return dialog.exec(); };
    prompts.choosePackFolder = [](QWidget* parent, const QString& startDir) {
        return QFileDialog::getExistingDirectory(parent, QObject::tr("Open an Exercise Pack"), startDir);
    };
    return prompts;
}

} // namespace ownlings::gui
