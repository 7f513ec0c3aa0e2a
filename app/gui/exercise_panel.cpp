// The exercise panel.
#include "app/gui/exercise_panel.h"

#include "app/course/pack/pack.h"
#include "app/course/progress/progress_types.h"
#include "app/gui/course_actions.h"
#include "app/gui/course_icons.h"
#include "app/gui/markdown_view.h"

#include <QAction>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace ownlings::gui {
namespace {

QToolButton* actionButton(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

QString gradedBy(const course::Exercise& exercise) {
    switch (exercise.grade) {
    case course::GradeMode::Check: return QObject::tr("Passes when the ownership checker finds nothing.");
    case course::GradeMode::Run:
        return exercise.expectedOutput ? QObject::tr("Passes when it checks clean, compiles, runs cleanly and prints the expected output.")
                                       : QObject::tr("Passes when it checks clean, compiles and runs cleanly.");
    case course::GradeMode::Test:
        return QObject::tr("Passes when it checks clean and every test in `%1` passes.").arg(QFileInfo(exercise.test).fileName());
    }
    return {};
}

} // namespace

QString attemptCount(int attempts) {
    return attempts == 1 ? QObject::tr("1 attempt") : QObject::tr("%1 attempts").arg(attempts);
}

QString progressSummary(const course::ExerciseProgress& progress) {
    const QLocale locale;
    switch (progress.status) {
    case course::ExerciseStatus::Done:
        return QObject::tr("Done on %1 (%2)")
            .arg(locale.toString(progress.doneAt.toLocalTime(), QLocale::ShortFormat), attemptCount(progress.attempts));
    case course::ExerciseStatus::Attempted:
        return QObject::tr("Not passed yet: %1 so far").arg(attemptCount(progress.attempts));
    case course::ExerciseStatus::NotStarted: return QObject::tr("Not graded yet");
    }
    return {};
}

QString exerciseMarkdown(const course::Exercise& exercise, const ExerciseView& view) {
    QString text = QStringLiteral("## %1\n\n").arg(exercise.title);
    if (!view.chapterTitle.isEmpty()) text += QObject::tr("*%1* \u00b7 `%2`\n\n").arg(view.chapterTitle, exercise.id);
    text += exercise.instructions.trimmed() + QStringLiteral("\n\n");
    text += QStringLiteral("> %1\n\n").arg(gradedBy(exercise));
    if (!view.revealedHints.isEmpty()) {
        text += QObject::tr("### Hints\n\n");
        for (int i = 0; i < view.revealedHints.size(); ++i)
            text += QStringLiteral("%1. %2\n").arg(i + 1).arg(view.revealedHints.at(i).trimmed());
        text += QLatin1Char('\n');
    }
    const int hidden = view.hintCount - int(view.revealedHints.size());
    if (hidden > 0)
        text += (hidden == 1 ? QObject::tr("*1 more hint available: Course \u203a Show a Hint.*")
                             : QObject::tr("*%1 more hints available: Course \u203a Show a Hint.*").arg(hidden))
                + QStringLiteral("\n\n");
    if (!view.solutionNote.isEmpty()) text += QStringLiteral("*%1*\n").arg(view.solutionNote);
    return text;
}

ExercisePanel::ExercisePanel(const CourseActions& actions, QWidget* parent)
    : QWidget(parent), m_statusIcon(new QLabel(this)), m_status(new QLabel(this)), m_view(new MarkdownView(this)) {
    setObjectName(QStringLiteral("exercisePanel"));
    m_status->setObjectName(QStringLiteral("exerciseStatus"));
    m_status->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("instructionsView"));

    auto* buttons = new QGridLayout;
    buttons->addWidget(actionButton(actions.grade, this), 0, 0);
    buttons->addWidget(actionButton(actions.hint, this), 0, 1);
    buttons->addWidget(actionButton(actions.solution, this), 1, 0);
    buttons->addWidget(actionButton(actions.history, this), 1, 1);
    buttons->addWidget(actionButton(actions.reset, this), 2, 0);
    buttons->addWidget(actionButton(actions.nextItem, this), 2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* status = new QHBoxLayout;
    status->addWidget(m_statusIcon);
    status->addWidget(m_status, 1);
    layout->addLayout(status);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void ExercisePanel::showExercise(const course::Exercise& exercise, const course::ExerciseProgress& progress,
                                 const ExerciseView& view) {
    m_statusIcon->setPixmap(statusIcon(progress.status).pixmap(QSize(16, 16)));
    m_statusIcon->show();
    m_status->setText(progressSummary(progress));
    m_view->setMarkdownText(exerciseMarkdown(exercise, view));
}

void ExercisePanel::showNothing(const QString& message) {
    m_statusIcon->hide();
    m_status->clear();
    m_view->setMarkdownText(message);
}

QString ExercisePanel::markdown() const { return m_view->markdownText(); }

} // namespace ownlings::gui
