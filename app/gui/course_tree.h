#pragma once
// CourseTree: the course's chapters, lessons, exercises and quizzes with their status and progress.

#include "app/course/progress/progress_types.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace ownlings::course {
struct Pack;
}

namespace ownlings::gui {

/// The pack's title and an overall progress bar above a tree of chapters
/// (each with its own progress bar) holding the chapter's lesson, exercises
/// and quizzes, each with a status icon. The current item is shown bold on a
/// tint. Shows what it is given and knows no store. GUI thread only.
class CourseTree : public QWidget {
    Q_OBJECT
public:
    explicit CourseTree(QWidget* parent = nullptr);

    /// Shows `pack`; `progress` as Course::progress() returns it (any order; items missing count as not started).
    void setCourse(const course::Pack& pack, const QList<course::ExerciseProgress>& progress);
    /// Shows no course, with `message` in place of the tree.
    void clearCourse(const QString& message);
    /// Updates the status icons and the progress bars.
    void setProgress(const QList<course::ExerciseProgress>& progress);

    /// Marks `itemId` as the learner's current item (and only it).
    void setCurrentItem(const QString& itemId);
    /// Selects the row of an item or of a chapter's lesson without emitting anything.
    void selectItem(const QString& itemId);
    void selectLesson(int chapterIndex);

    // --- what is on screen (for tests and the window) ---
    course::ExerciseStatus shownStatus(const QString& itemId) const;
    QString currentItemId() const { return m_current; }
    /// Done items and all items, overall or in one chapter (-1).
    QPair<int, int> shownProgress(int chapterIndex = -1) const;
    QTreeWidget* tree() const { return m_tree; }
    /// The row of an item, or nullptr.
    QTreeWidgetItem* rowOf(const QString& itemId) const { return m_rows.value(itemId); }

signals:
    /// The learner picked a chapter or its lesson row.
    void lessonActivated(int chapterIndex);
    /// The learner picked an exercise or a quiz.
    void itemActivated(const QString& itemId);

private:
    enum class RowKind { Chapter, Lesson, Exercise, Quiz };
    struct ChapterRow {
        QTreeWidgetItem* row = nullptr;
        QProgressBar* bar = nullptr;
        QStringList itemIds;
    };

    void addChapter(const course::Pack& pack, int index);
    void onRowChanged(QTreeWidgetItem* row);
    void updateBars();
    void styleRow(QTreeWidgetItem* row, bool current);
    void scrollTo(QTreeWidgetItem* row);
    static QProgressBar* makeBar(QWidget* parent);

    QLabel* m_title;
    QProgressBar* m_overall;
    QTreeWidget* m_tree;
    QLabel* m_placeholder;
    QList<ChapterRow> m_chapters;
    QHash<QString, QTreeWidgetItem*> m_rows;
    QHash<QString, course::ExerciseStatus> m_status;
    QHash<QString, bool> m_isQuiz;
    QString m_current;
};

} // namespace ownlings::gui
