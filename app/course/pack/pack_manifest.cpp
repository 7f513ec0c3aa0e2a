// Reading the manifest's header and chapters, keeping items in written order and ids unique.
#include "app/course/pack/pack_manifest.h"

#include "app/course/pack/pack_loader.h"

#include <QHash>

#include <algorithm>

namespace ownlings::course {
namespace {

bool before(const TomlValue* a, const TomlValue* b) {
    return std::pair(a->position.line, a->position.column) < std::pair(b->position.line, b->position.column);
}

class ManifestReader {
public:
    explicit ManifestReader(ManifestContext& context) : m_context(context) {}

    std::optional<Pack> read(const TomlValue& root) {
        TableReader top(root, QStringLiteral("the manifest"), m_context.file, m_context.problems);
        Pack pack;
        if (!readFormatVersion(top, pack)) return std::nullopt;
        readHeader(top, pack);
        const std::vector<const TomlValue*> chapters = top.tables(QStringLiteral("chapter"));
        if (chapters.empty() && !top.has(QStringLiteral("chapter"))) {
            m_context.problem(1, QStringLiteral("the manifest has no `[[chapter]]`"));
        }
        for (const TomlValue* chapter : chapters) pack.chapters.push_back(readChapter(*chapter));
        top.reportUnknownKeys();
        return pack;
    }

private:
    // False when the version is newer than supported and nothing else should be read.
    bool readFormatVersion(TableReader& top, Pack& pack) {
        const TomlValue* version = top.take(QStringLiteral("format_version"));
        if (!version) {
            m_context.problem(1, QStringLiteral("the manifest needs `format_version = %1`").arg(kPackFormatVersion));
            return true;
        }
        const int line = version->position.line;
        if (version->type != TomlValue::Type::Integer || version->integer < 1) {
            m_context.problem(line, QStringLiteral("`format_version` must be a whole number such as %1").arg(kPackFormatVersion));
        } else if (version->integer > kPackFormatVersion) {
            m_context.problem(line, QStringLiteral("format_version %1 is newer than this Ownlings understands (%2); "
                                                   "update Ownlings to use this pack")
                                        .arg(version->integer)
                                        .arg(kPackFormatVersion));
            return false;
        } else {
            pack.formatVersion = static_cast<int>(version->integer);
        }
        return true;
    }

    void readHeader(TableReader& top, Pack& pack) {
        pack.id = readId(top, m_context);
        pack.title = top.string(QStringLiteral("title"), Need::Required).value_or(QString());
        pack.version = top.string(QStringLiteral("version"), Need::Required).value_or(QString());
        if (const auto authors = top.strings(QStringLiteral("authors"), Need::Optional)) {
            for (const TomlValue* author : *authors) pack.authors.append(author->text);
        }
    }

    Chapter readChapter(const TomlValue& value) {
        TableReader table(value, describeTable(value, QStringLiteral("chapter"), QStringLiteral("[[chapter]]")),
                          m_context.file, m_context.problems);
        Chapter chapter;
        chapter.manifestLine = table.line();
        chapter.id = readId(table, m_context);
        claimId(m_chapterIds, chapter.id, table.lineOf(QStringLiteral("id")), QStringLiteral("chapter"));
        chapter.title = table.string(QStringLiteral("title"), Need::Required).value_or(QString());
        chapter.lesson = readPackFile(table, QStringLiteral("lesson"), Need::Required, m_context).path;
        chapter.items = readItems(table);
        if (chapter.items.empty() && !table.has(QStringLiteral("exercise")) && !table.has(QStringLiteral("quiz"))) {
            m_context.problem(table.line(), QStringLiteral("chapter `%1` has no `[[chapter.exercise]]` or `[[chapter.quiz]]`")
                                                .arg(chapter.id));
        }
        table.reportUnknownKeys();
        return chapter;
    }

    // Exercises and quizzes are two TOML arrays; their order in the file is the course order.
    std::vector<Item> readItems(TableReader& chapter) {
        const std::vector<const TomlValue*> exercises = chapter.tables(QStringLiteral("exercise"));
        const std::vector<const TomlValue*> quizzes = chapter.tables(QStringLiteral("quiz"));
        std::vector<const TomlValue*> ordered = exercises;
        ordered.insert(ordered.end(), quizzes.begin(), quizzes.end());
        std::stable_sort(ordered.begin(), ordered.end(), before);
        std::vector<Item> items;
        for (const TomlValue* table : ordered) {
            const bool isQuiz = std::find(quizzes.begin(), quizzes.end(), table) != quizzes.end();
            items.push_back(isQuiz ? Item(readQuiz(*table, m_context)) : Item(readExercise(*table, m_context)));
            const TomlValue* id = table->find(QStringLiteral("id"));
            claimId(m_itemIds, itemId(items.back()), id ? id->position.line : table->position.line,
                    isQuiz ? QStringLiteral("quiz") : QStringLiteral("exercise"));
        }
        return items;
    }

    void claimId(QHash<QString, int>& seen, const QString& id, int line, const QString& kind) {
        if (id.isEmpty()) return;
        if (const auto first = seen.constFind(id); first != seen.constEnd()) {
            m_context.problem(line, QStringLiteral("%1 id `%2` is already used on line %3").arg(kind, id).arg(*first));
            return;
        }
        seen.insert(id, line);
    }

    ManifestContext& m_context;
    QHash<QString, int> m_chapterIds;
    QHash<QString, int> m_itemIds; ///< exercises and quizzes share one namespace
};

} // namespace

std::optional<Pack> readManifest(const TomlValue& root, ManifestContext& context) {
    return ManifestReader(context).read(root);
}

} // namespace ownlings::course
