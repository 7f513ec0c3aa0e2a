#pragma once
// Typed reads of one manifest table that report missing keys, wrong types and unknown keys with their lines.

#include "app/course/pack/pack_loader.h"
#include "app/course/pack/toml_tree.h"

#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace ownlings::course {

enum class Need { Required, Optional };

class TableReader {
public:
    /// `table` is named `name` in messages ("[[chapter.exercise]]"); problems
    /// go to `problems`, located in `file`.
    TableReader(const TomlValue& table, QString name, QString file, std::vector<PackProblem>& problems);

    /// The value of `key`, marking it known; nullptr (and a problem when required) when absent.
    const TomlValue* take(const QString& key, Need need = Need::Optional);
    /// The value of `key` when it has `type`; otherwise reports a problem.
    const TomlValue* take(const QString& key, TomlValue::Type type, Need need);

    /// A required string must not be blank.
    std::optional<QString> string(const QString& key, Need need);
    std::optional<qint64> integer(const QString& key, Need need);
    std::optional<bool> boolean(const QString& key, Need need);
    /// An array whose elements are all strings (reported otherwise).
    std::optional<std::vector<const TomlValue*>> strings(const QString& key, Need need);
    /// An array of tables (`[[key]]`), empty when absent.
    std::vector<const TomlValue*> tables(const QString& key);

    /// Reports `key` when present: it is not used in this kind of table (`why` says so).
    void reject(const QString& key, const QString& why);
    /// Reports every key no take() asked for, suggesting a close known key.
    void reportUnknownKeys();

    /// True when the table has `key` (without marking it known).
    bool has(const QString& key) const { return m_table.find(key) != nullptr; }
    int line() const { return m_table.position.line; }
    /// Line of `key`'s value, or the table's line when absent.
    int lineOf(const QString& key) const;
    void problem(int line, const QString& message);
    const QString& file() const { return m_file; }

private:
    QString closestUnusedKey(const QString& unknown) const;

    const TomlValue& m_table;
    QString m_name;
    QString m_file;
    std::vector<PackProblem>& m_problems;
    QSet<QString> m_known;
};

} // namespace ownlings::course
