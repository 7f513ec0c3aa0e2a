// Look-ups over the pack model: course order, items by id, the next exercise.
#include "app/course/pack/pack.h"

#include <QDir>

namespace ownlings::course {

const QString& itemId(const Item& item) {
    return std::visit([](const auto& step) -> const QString& { return step.id; }, item);
}

const QString& itemTitle(const Item& item) {
    return std::visit([](const auto& step) -> const QString& { return step.title; }, item);
}

QString Pack::absolutePath(const QString& relativePath) const {
    return QDir::cleanPath(QDir(rootDir).filePath(relativePath));
}

std::vector<const Item*> Pack::courseOrder() const {
    std::vector<const Item*> order;
    for (const Chapter& chapter : chapters) {
        for (const Item& item : chapter.items) order.push_back(&item);
    }
    return order;
}

std::vector<const Exercise*> Pack::exercises() const {
    std::vector<const Exercise*> result;
    for (const Item* item : courseOrder()) {
        if (const auto* exercise = std::get_if<Exercise>(item)) result.push_back(exercise);
    }
    return result;
}

const Item* Pack::findItem(const QString& wanted) const {
    for (const Item* item : courseOrder()) {
        if (itemId(*item) == wanted) return item;
    }
    return nullptr;
}

const Exercise* Pack::findExercise(const QString& wanted) const {
    const Item* item = findItem(wanted);
    return item ? std::get_if<Exercise>(item) : nullptr;
}

const Quiz* Pack::findQuiz(const QString& wanted) const {
    const Item* item = findItem(wanted);
    return item ? std::get_if<Quiz>(item) : nullptr;
}

const Chapter* Pack::chapterOf(const QString& wanted) const {
    for (const Chapter& chapter : chapters) {
        for (const Item& item : chapter.items) {
            if (itemId(item) == wanted) return &chapter;
        }
    }
    return nullptr;
}

const Item* Pack::nextItem(const QString& wanted) const {
    const std::vector<const Item*> order = courseOrder();
    for (std::size_t i = 0; i + 1 < order.size(); ++i) {
        if (itemId(*order[i]) == wanted) return order[i + 1];
    }
    return nullptr;
}

const Exercise* Pack::nextExercise(const QString& wanted) const {
    const std::vector<const Item*> order = courseOrder();
    std::size_t i = 0;
    while (i < order.size() && itemId(*order[i]) != wanted) ++i;
    for (++i; i < order.size(); ++i) {
        if (const auto* exercise = std::get_if<Exercise>(order[i])) return exercise;
    }
    return nullptr;
}

namespace {

engine::RuleSet bugsPlus(const std::vector<engine::RuleId>& rules) {
    engine::RuleSet set = engine::RuleSet::bugs();
    for (engine::RuleId rule : rules) set.insert(rule);
    return set;
}

} // namespace

engine::RuleSet enabledRules(const Exercise& exercise) {
    return bugsPlus(exercise.rules);
}

engine::RuleSet enabledRules(const Quiz& quiz) {
    return bugsPlus(quiz.rules);
}

QString expectedStageName(ExpectedStage stage) {
    switch (stage) {
    case ExpectedStage::Compile: return QStringLiteral("compile");
    case ExpectedStage::Run: return QStringLiteral("run");
    case ExpectedStage::Test: return QStringLiteral("test");
    }
    return {};
}

} // namespace ownlings::course
