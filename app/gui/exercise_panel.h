#pragma once
// ExercisePanel: beside the editor: the exercise's title, status, instructions and revealed hints, and its buttons.

#include <QStringList>
#include <QWidget>

class QLabel;

namespace ownlings::course {
struct Exercise;
struct ExerciseProgress;
}

namespace ownlings::gui {

struct CourseActions;
class MarkdownView;

/// What the panel shows about one exercise.
struct ExerciseView {
    QString chapterTitle;
    QStringList revealedHints; ///< in order
    int hintCount = 0;         ///< hints the exercise has
    QString solutionNote;      ///< why the solution is (not yet) available
};

/// The instructions of the open exercise rendered from Markdown, its status,
/// the hints revealed so far, and buttons for Grade, Hint, Solution, History
/// and Reset (the window's actions). GUI thread only.
class ExercisePanel : public QWidget {
    Q_OBJECT
public:
    ExercisePanel(const CourseActions& actions, QWidget* parent = nullptr);

    void showExercise(const course::Exercise& exercise, const course::ExerciseProgress& progress,
                      const ExerciseView& view);
    /// No exercise is open.
    void showNothing(const QString& message);

    /// The Markdown on screen (for tests).
    QString markdown() const;
    MarkdownView* view() const { return m_view; }

private:
    QLabel* m_statusIcon;
    QLabel* m_status;
    MarkdownView* m_view;
};

/// The Markdown the panel shows for an exercise (title, how it is graded,
/// instructions, hints revealed).
QString exerciseMarkdown(const course::Exercise& exercise, const ExerciseView& view);

/// "1 attempt", "3 attempts".
QString attemptCount(int attempts);

/// "Done on 3 May 2025 (2 attempts)", "3 attempts so far", "Not started yet".
QString progressSummary(const course::ExerciseProgress& progress);

} // namespace ownlings::gui
