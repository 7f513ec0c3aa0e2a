// Pieces every manifest item reads the same way: ids, pack files and rule lists.
#include "app/course/pack/manifest_items.h"

#include "app/course/pack/pack_loader.h"

#include <QDir>
#include <QRegularExpression>

namespace ownlings::course {

QString describeTable(const TomlValue& table, const QString& kind, const QString& fallback) {
    const TomlValue* id = table.find(QStringLiteral("id"));
    if (id && id->type == TomlValue::Type::String && !id->text.isEmpty()) {
        return QStringLiteral("%1 `%2`").arg(kind, id->text);
    }
    return fallback;
}

QString readId(TableReader& table, ManifestContext& context) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    const std::optional<QString> id = table.string(QStringLiteral("id"), Need::Required);
    if (!id) return {};
    if (!pattern.match(*id).hasMatch()) {
        context.problem(table.lineOf(QStringLiteral("id")),
                        QStringLiteral("id `%1` may hold only lower-case letters, digits, `-` and `_` "
                                       "(starting with a letter or digit, at most 64)")
                            .arg(*id));
        return {};
    }
    return *id;
}

FileRef readPackFile(TableReader& table, const QString& key, Need need, ManifestContext& context) {
    const std::optional<QString> path = table.string(key, need);
    if (!path) return {};
    FileRef ref;
    ref.contents = context.files.read(*path, context.file, table.lineOf(key), kMaxPackFileBytes);
    if (ref.contents) ref.path = QDir::cleanPath(*path);
    return ref;
}

std::vector<engine::RuleId> readRules(TableReader& table, const QString& key, ManifestContext& context) {
    std::vector<engine::RuleId> rules;
    const auto names = table.strings(key, Need::Optional);
    if (!names) return rules;
    for (const TomlValue* name : *names) {
        if (const auto rule = engine::ruleFromName(name->text.toStdString())) {
            rules.push_back(*rule);
        } else {
            context.problem(name->position.line,
                            QStringLiteral("unknown rule `%1` (`ownlings explain` lists the rules)").arg(name->text));
        }
    }
    return rules;
}

} // namespace ownlings::course
