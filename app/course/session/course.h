#pragma once
// Course: one pack, the learner's progress and working copies, and the grader,
// tied together. Everything both front ends do with a course goes through here.

#include "app/course/grading/grader.h"
#include "app/course/pack/pack.h"
#include "app/course/progress/progress_store.h"
#include "app/course/progress/workspace.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace ownlings::course {

class Course;

/// The outcome of Course::open(): a course, or every reason it could not open.
struct CourseOpening {
    std::unique_ptr<Course> course;
    QStringList errors;   ///< pack problems ("pack.toml:3: ...") or a store error
    QStringList warnings; ///< e.g. a corrupt database was set aside
};

/// A grade recorded in the store, and the exercise it was for.
struct GradedAttempt {
    GradeResult result;
    QString recordError; ///< non-empty when the attempt could not be saved in the store
};

class Course {
public:
    /// Loads the pack in `packDir` and opens the progress in `dataDir`.
    static CourseOpening open(const QString& packDir, const QString& dataDir);

    const Pack& pack() const { return m_pack; }
    ProgressStore& store() { return *m_store; }
    Workspace& workspace() { return m_workspace; }
    Grader& grader() { return m_grader; }
    QString dataDirectory() const { return m_dataDir; }

    /// The learner's working copy of an exercise (created from the starting code
    /// on first use); nullopt with `error` set when it cannot be made.
    std::optional<QString> workingCopy(const Exercise& exercise, QString* error = nullptr);

    /// A grading job for `source`, named `path`, as the exercise's metadata says.
    GradeRequest requestFor(const Exercise& exercise, const QString& path, const QString& source) const;

    /// Grades the working copy and records the attempt (and its source) in the store.
    GradedAttempt gradeWorkingCopy(const Exercise& exercise);

    /// Grades `source` (e.g. an editor's unsaved text, saved first by the caller)
    /// and records the attempt.
    GradedAttempt gradeAndRecord(const Exercise& exercise, const QString& path, const QString& source);

    /// Reveals the next hint; nullopt when all are shown. `number` gets its 1-based number.
    std::optional<QString> revealNextHint(const Exercise& exercise, int* number = nullptr);

    /// Hints shown so far, in order.
    QStringList revealedHints(const Exercise& exercise);

    /// The exercise the learner is on: the stored current one, else the first
    /// item not done, else the last one. nullptr for an empty pack.
    const Item* currentItem();

    /// The first item in course order that is not done; nullptr when all are.
    const Item* firstUnfinishedItem();

    /// Status of every item in course order.
    QList<ExerciseProgress> progress();

    /// Whether a quiz answer is right, recording it. `answer` is the choice
    /// index (choice quiz) or the line (checker quiz, 0 = passes).
    bool answerQuiz(const Quiz& quiz, int answer);

    /// The reference solution's text; records that it was viewed.
    std::optional<QString> viewSolution(const Exercise& exercise, QString* error = nullptr);

private:
    Course(Pack pack, std::unique_ptr<ProgressStore> store, const QString& dataDir);

    Pack m_pack;
    std::unique_ptr<ProgressStore> m_store;
    QString m_dataDir;
    Workspace m_workspace;
    Grader m_grader;
};

/// Reads a text file as UTF-8; nullopt (and `error`) when it cannot be read.
std::optional<QString> readTextFile(const QString& path, QString* error = nullptr);

/// A grading job for `source` (named `path`) of an exercise whose starting code is `startingCode`.
GradeRequest gradeRequest(const Pack& pack, const Exercise& exercise, const QString& startingCode,
                          const QString& path, const QString& source);

/// The ids of every item in course order.
QStringList itemIds(const Pack& pack);

} // namespace ownlings::course
