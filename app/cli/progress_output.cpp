// Views of a course's progress for the terminal and for scripts.
#include "app/cli/progress_output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace ownlings::cli {
namespace {

using course::ExerciseProgress;
using course::ExerciseStatus;

std::map<QString, ExerciseProgress> progressById(course::Course& course) {
    std::map<QString, ExerciseProgress> byId;
    for (const ExerciseProgress& entry : course.progress()) byId[entry.exerciseId] = entry;
    return byId;
}

QString mark(ExerciseStatus status) {
    switch (status) {
    case ExerciseStatus::Done: return QStringLiteral("✓");
    case ExerciseStatus::Attempted: return QStringLiteral("✗");
    case ExerciseStatus::NotStarted: break;
    }
    return QStringLiteral("·");
}

QString kindOf(const course::Item& item) {
    if (const auto* exercise = std::get_if<course::Exercise>(&item)) return course::gradeModeName(exercise->grade);
    return QStringLiteral("quiz");
}

QString isoTime(const QDateTime& time) { return time.isValid() ? time.toString(Qt::ISODate) : QString(); }

QString minutes(const ExerciseProgress& entry) {
    const auto ms = entry.timeToDoneMs();
    return ms ? QString::number(double(*ms) / 60000.0, 'f', 1) : QString();
}

QString csvField(QString text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))) return text;
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QJsonObject progressJson(const ExerciseProgress& entry) {
    QJsonObject object{{QStringLiteral("id"), entry.exerciseId},
                       {QStringLiteral("status"), course::statusName(entry.status)},
                       {QStringLiteral("attempts"), entry.attempts},
                       {QStringLiteral("hints_revealed"), entry.hintsRevealed},
                       {QStringLiteral("solution_viewed"), entry.solutionViewed()},
                       {QStringLiteral("first_seen"), isoTime(entry.firstSeen)},
                       {QStringLiteral("done_at"), isoTime(entry.doneAt)}};
    if (const auto ms = entry.timeToDoneMs()) object.insert(QStringLiteral("time_to_done_ms"), double(*ms));
    return object;
}

} // namespace

QString listText(course::Course& course, bool color) {
    const course::Pack& pack = course.pack();
    const auto statuses = progressById(course);
    const course::Item* current = course.currentItem();
    int done = 0, total = 0;
    QString body;
    for (const course::Chapter& chapter : pack.chapters) {
        body += QStringLiteral("\n%1\n").arg(chapter.title);
        for (const course::Item& item : chapter.items) {
            const auto found = statuses.find(course::itemId(item));
            const ExerciseStatus status = found == statuses.end() ? ExerciseStatus::NotStarted : found->second.status;
            ++total;
            done += status == ExerciseStatus::Done;
            const bool isCurrent = &item == current;
            QString line = QStringLiteral("%1 %2 %3 %4  %5\n")
                               .arg(isCurrent ? QStringLiteral(">") : QStringLiteral(" "), mark(status))
                               .arg(course::itemId(item), -22)
                               .arg(kindOf(item), -5)
                               .arg(course::itemTitle(item));
            if (isCurrent && color) line = QStringLiteral("\x1b[1m") + line.chopped(1) + QStringLiteral("\x1b[0m\n");
            body += line;
        }
    }
    return QStringLiteral("%1 (%2): %3 of %4 done\n").arg(pack.title, pack.id).arg(done).arg(total) + body;
}

QString listJson(course::Course& course) {
    const course::Pack& pack = course.pack();
    const auto statuses = progressById(course);
    const course::Item* current = course.currentItem();
    QJsonArray items;
    for (const course::Chapter& chapter : pack.chapters) {
        for (const course::Item& item : chapter.items) {
            const auto found = statuses.find(course::itemId(item));
            const ExerciseStatus status = found == statuses.end() ? ExerciseStatus::NotStarted : found->second.status;
            items.append(QJsonObject{{QStringLiteral("id"), course::itemId(item)},
                                     {QStringLiteral("title"), course::itemTitle(item)},
                                     {QStringLiteral("chapter"), chapter.id},
                                     {QStringLiteral("kind"), kindOf(item)},
                                     {QStringLiteral("status"), course::statusName(status)},
                                     {QStringLiteral("current"), &item == current}});
        }
    }
    QJsonObject root{{QStringLiteral("pack"), pack.id},
                     {QStringLiteral("pack_dir"), pack.rootDir},
                     {QStringLiteral("title"), pack.title},
                     {QStringLiteral("current"), current ? course::itemId(*current) : QString()},
                     {QStringLiteral("items"), items}};
    return QString::fromUtf8(QJsonDocument(root).toJson());
}

QString progressText(course::Course& course, const QString& format) {
    const QList<ExerciseProgress> entries = course.progress();
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const ExerciseProgress& entry : entries) array.append(progressJson(entry));
        return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("pack"), course.pack().id},
                                                           {QStringLiteral("exercises"), array}})
                                     .toJson());
    }
    if (format == QLatin1String("csv")) {
        QString text = QStringLiteral("id,status,attempts,hints_revealed,solution_viewed,first_seen,done_at,minutes_to_done\n");
        for (const ExerciseProgress& entry : entries)
            text += QStringList{csvField(entry.exerciseId), course::statusName(entry.status),
                                QString::number(entry.attempts), QString::number(entry.hintsRevealed),
                                entry.solutionViewed() ? QStringLiteral("yes") : QStringLiteral("no"),
                                isoTime(entry.firstSeen), isoTime(entry.doneAt), minutes(entry)}
                        .join(QLatin1Char(',')) + QLatin1Char('\n');
        return text;
    }
    QString text = QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(QStringLiteral("exercise"), -22).arg(QStringLiteral("status"), -12)
                       .arg(QStringLiteral("attempts"), 8).arg(QStringLiteral("hints"), 5)
                       .arg(QStringLiteral("solution"), -9).arg(QStringLiteral("minutes to done"));
    int done = 0;
    for (const ExerciseProgress& entry : entries) {
        done += entry.status == ExerciseStatus::Done;
        text += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                    .arg(entry.exerciseId, -22).arg(course::statusName(entry.status), -12)
                    .arg(entry.attempts, 8).arg(entry.hintsRevealed, 5)
                    .arg(entry.solutionViewed() ? QStringLiteral("viewed") : QStringLiteral("-"), -9)
                    .arg(minutes(entry));
    }
    return text + QStringLiteral("%1 of %2 done\n").arg(done).arg(entries.size());
}

QString quizText(course::Course& course, const course::Quiz& quiz) {
    QString text = QStringLiteral("%1\n\n").arg(quiz.title);
    if (quiz.kind == course::Quiz::Kind::Choice) {
        text += quiz.question + QStringLiteral("\n\n");
        for (qsizetype i = 0; i < quiz.choices.size(); ++i) text += QStringLiteral("  %1. %2\n").arg(i + 1).arg(quiz.choices[i]);
        return text + QStringLiteral("\nAnswer with `ownlings quiz %1 NUMBER`.\n").arg(quiz.id);
    }
    if (!quiz.question.isEmpty()) text += quiz.question + QStringLiteral("\n\n");
    const QString source = course::readTextFile(course.pack().absolutePath(quiz.file)).value_or(QString());
    const QStringList lines = source.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (i + 1 < lines.size() || !lines[i].isEmpty()) text += QStringLiteral("%1 | %2\n").arg(i + 1, 3).arg(lines[i]);
    return text + QStringLiteral("\nDoes it pass the checker? Answer `ownlings quiz %1 0` for yes, or the line of the first finding.\n")
                      .arg(quiz.id);
}

} // namespace ownlings::cli
