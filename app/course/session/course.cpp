// Course: pack + progress + workspace + grader.
#include "app/course/session/course.h"

#include "app/course/pack/pack_loader.h"

#include <QDir>
#include <QFile>

namespace ownlings::course {

std::optional<QString> readTextFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

QStringList itemIds(const Pack& pack) {
    QStringList ids;
    for (const Item* item : pack.courseOrder()) ids << itemId(*item);
    return ids;
}

CourseOpening Course::open(const QString& packDir, const QString& dataDir) {
    CourseOpening opening;
    PackLoadResult loaded = loadPack(packDir);
    if (!loaded.ok()) {
        for (const PackProblem& problem : loaded.problems) opening.errors << problem.toString();
        return opening;
    }
    if (!QDir().mkpath(dataDir)) {
        opening.errors << QStringLiteral("cannot create the data folder %1").arg(dataDir);
        return opening;
    }
    StoreOpening store = ProgressStore::openInDirectory(dataDir);
    opening.warnings = store.warnings;
    if (!store.store) {
        opening.errors << store.error;
        return opening;
    }
    opening.course.reset(new Course(std::move(*loaded.pack), std::move(store.store), dataDir));
    return opening;
}

Course::Course(Pack pack, std::unique_ptr<ProgressStore> store, const QString& dataDir)
    : m_pack(std::move(pack)), m_store(std::move(store)), m_dataDir(dataDir),
      m_workspace(dataDir, *m_store),
      m_grader(GraderOptions{QDir(dataDir).filePath(QStringLiteral("grade-cache"))}) {}

std::optional<QString> Course::workingCopy(const Exercise& exercise, QString* error) {
    std::optional<QString> path =
        m_workspace.ensureWorkingCopy(m_pack.id, exercise.id, m_pack.absolutePath(exercise.file));
    if (!path && error) *error = m_workspace.lastError();
    if (path) m_store->markSeen(m_pack.id, exercise.id);
    return path;
}

GradeRequest gradeRequest(const Pack& pack, const Exercise& exercise, const QString& startingCode,
                          const QString& path, const QString& source) {
    GradeRequest request;
    request.learnerPath = path;
    request.learnerSource = source;
    request.startingCode = startingCode;
    request.mode = exercise.grade;
    if (exercise.grade == GradeMode::Test) request.testPath = pack.absolutePath(exercise.test);
    request.expectedOutput = exercise.expectedOutput;
    request.rules = enabledRules(exercise);
    return request;
}

GradeRequest Course::requestFor(const Exercise& exercise, const QString& path, const QString& source) const {
    const QString starting = readTextFile(m_pack.absolutePath(exercise.file)).value_or(QString());
    return gradeRequest(m_pack, exercise, starting, path, source);
}

GradedAttempt Course::gradeWorkingCopy(const Exercise& exercise) {
    QString error;
    std::optional<QString> path = workingCopy(exercise, &error);
    std::optional<QString> source = path ? readTextFile(*path, &error) : std::nullopt;
    if (!source) {
        GradedAttempt failed;
        failed.result.stage = GradeStage::Setup;
        failed.result.message = error;
        return failed;
    }
    return gradeAndRecord(exercise, *path, *source);
}

GradedAttempt Course::gradeAndRecord(const Exercise& exercise, const QString& path, const QString& source) {
    GradedAttempt graded{m_grader.grade(requestFor(exercise, path, source)), {}};
    const GradeResult& result = graded.result;
    if (result.cancelled || result.stage == GradeStage::Setup) return graded;
    AttemptRecord record;
    record.stage = stageName(result.stage);
    record.passed = result.passed;
    record.rulesHit = result.rulesHit();
    record.durationMs = result.totalMs();
    record.source = source.toUtf8();
    if (!m_store->recordAttempt(m_pack.id, exercise.id, record)) graded.recordError = m_store->lastError();
    return graded;
}

QStringList Course::revealedHints(const Exercise& exercise) {
    QStringList shown;
    const auto reveals = m_store->hintsRevealed(m_pack.id, exercise.id);
    if (!reveals) return shown;
    for (const HintReveal& reveal : *reveals)
        if (reveal.number >= 1 && reveal.number <= exercise.hints.size()) shown << exercise.hints.at(reveal.number - 1);
    return shown;
}

std::optional<QString> Course::revealNextHint(const Exercise& exercise, int* number) {
    const qsizetype next = revealedHints(exercise).size() + 1;
    if (next > exercise.hints.size()) return std::nullopt;
    m_store->recordHintRevealed(m_pack.id, exercise.id, int(next));
    if (number) *number = int(next);
    return exercise.hints.at(next - 1);
}

const Item* Course::firstUnfinishedItem() {
    const auto statuses = m_store->packProgress(m_pack.id, itemIds(m_pack));
    const std::vector<const Item*> order = m_pack.courseOrder();
    for (std::size_t i = 0; i < order.size(); ++i)
        if (!statuses || i >= std::size_t(statuses->size()) || statuses->at(qsizetype(i)).status != ExerciseStatus::Done)
            return order[i];
    return nullptr;
}

const Item* Course::currentItem() {
    if (const auto current = m_store->currentExercise(m_pack.id); current && !current->isEmpty())
        if (const Item* item = m_pack.findItem(*current)) return item;
    if (const Item* unfinished = firstUnfinishedItem()) return unfinished;
    const std::vector<const Item*> order = m_pack.courseOrder();
    return order.empty() ? nullptr : order.back();
}

QList<ExerciseProgress> Course::progress() {
    return m_store->packProgress(m_pack.id, itemIds(m_pack)).value_or(QList<ExerciseProgress>());
}

bool Course::answerQuiz(const Quiz& quiz, int answer) {
    const bool correct = quiz.kind == Quiz::Kind::Choice ? answer == quiz.answer : answer == quiz.answerLine;
    const QString words = quiz.kind == Quiz::Kind::Choice
                              ? quiz.choices.value(answer, QString::number(answer))
                              : (answer == 0 ? QStringLiteral("passes") : QStringLiteral("line %1").arg(answer));
    m_store->recordQuizAnswer(m_pack.id, quiz.id, words, correct);
    return correct;
}

std::optional<QString> Course::viewSolution(const Exercise& exercise, QString* error) {
    std::optional<QString> text = readTextFile(m_pack.absolutePath(exercise.solution), error);
    if (text) m_store->recordSolutionViewed(m_pack.id, exercise.id);
    return text;
}

} // namespace ownlings::course
