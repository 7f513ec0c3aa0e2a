#pragma once
// Verifying a pack by grading it: every exercise's starting code fails the
// way its metadata says, every solution passes, every known-wrong edit is
// rejected, and every checker quiz's answer is what the checker says.

#include "app/course/grading/grader.h"
#include "app/course/pack/pack.h"

#include <QString>
#include <functional>
#include <vector>

namespace ownlings::course {

/// One way a pack item does not behave as its metadata says.
struct PackCheckFailure {
    QString itemId;
    QString file;    ///< the file at fault, relative to the pack root
    int line = 0;    ///< 1-based; 0 when it concerns the whole file
    QString message;
    QString toString() const; ///< "exercises/a.cpp:12: [move1] message"
};

/// Called before each item is verified: items done so far, total, the item's id.
using PackCheckProgress = std::function<void(int done, int total, const QString& itemId)>;

/// Verifies every item of `pack`; returns every failure found (empty: the pack is good).
std::vector<PackCheckFailure> verifyPack(const Pack& pack, Grader& grader, const PackCheckProgress& progress = {});

/// Verifies one exercise (starting code, solution, wrong edits).
std::vector<PackCheckFailure> verifyExercise(const Pack& pack, const Exercise& exercise, Grader& grader);

/// Verifies one quiz (a checker quiz's answer line).
std::vector<PackCheckFailure> verifyQuiz(const Pack& pack, const Quiz& quiz);

/// The first line the checker reports on `source` under `rules`; 0 when it is
/// clean, -1 when it does not parse. Checker quizzes are answered with this.
int firstFindingLine(const QString& source, const QString& path, const engine::RuleSet& rules);

} // namespace ownlings::course
