// Typed reads of manifest tables, with a problem for every missing, mistyped or unknown key.
#include "app/course/pack/table_reader.h"

#include <QStringList>

#include <algorithm>

namespace ownlings::course {
namespace {

// Edit distance, to suggest `hints` for a mistyped `hint`.
int editDistance(const QString& a, const QString& b) {
    std::vector<int> row(static_cast<std::size_t>(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j) row[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const auto column = static_cast<std::size_t>(j);
            const int substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            diagonal = row[column];
            row[column] = std::min({row[column] + 1, row[column - 1] + 1, substitution});
        }
    }
    return row.back();
}

} // namespace

TableReader::TableReader(const TomlValue& table, QString name, QString file, std::vector<PackProblem>& problems)
    : m_table(table), m_name(std::move(name)), m_file(std::move(file)), m_problems(problems) {}

const TomlValue* TableReader::take(const QString& key, Need need) {
    m_known.insert(key);
    const TomlValue* value = m_table.find(key);
    if (!value && need == Need::Required) problem(line(), QStringLiteral("%1 needs `%2`").arg(m_name, key));
    return value;
}

const TomlValue* TableReader::take(const QString& key, TomlValue::Type type, Need need) {
    const TomlValue* value = take(key, need);
    if (value && value->type != type) {
        problem(value->position.line, QStringLiteral("`%1` must be %2, not %3")
                                          .arg(key, describeTomlType(type), describeTomlType(value->type)));
        return nullptr;
    }
    return value;
}

std::optional<QString> TableReader::string(const QString& key, Need need) {
    const TomlValue* value = take(key, TomlValue::Type::String, need);
    if (!value) return std::nullopt;
    if (need == Need::Required && value->text.trimmed().isEmpty()) {
        problem(value->position.line, QStringLiteral("`%1` must not be empty").arg(key));
        return std::nullopt;
    }
    return value->text;
}

std::optional<qint64> TableReader::integer(const QString& key, Need need) {
    const TomlValue* value = take(key, TomlValue::Type::Integer, need);
    return value ? std::optional<qint64>(value->integer) : std::nullopt;
}

std::optional<bool> TableReader::boolean(const QString& key, Need need) {
    const TomlValue* value = take(key, TomlValue::Type::Boolean, need);
    return value ? std::optional<bool>(value->boolean) : std::nullopt;
}

std::optional<std::vector<const TomlValue*>> TableReader::strings(const QString& key, Need need) {
    const TomlValue* array = take(key, TomlValue::Type::Array, need);
    if (!array) return std::nullopt;
    std::vector<const TomlValue*> elements;
    for (const TomlValue& element : array->elements) {
        if (element.type != TomlValue::Type::String) {
            problem(element.position.line, QStringLiteral("`%1` must hold only strings, not %2")
                                               .arg(key, describeTomlType(element.type)));
            return std::nullopt;
        }
        elements.push_back(&element);
    }
    return elements;
}

std::vector<const TomlValue*> TableReader::tables(const QString& key) {
    std::vector<const TomlValue*> result;
    const TomlValue* array = take(key, TomlValue::Type::Array, Need::Optional);
    if (!array) return result;
    for (const TomlValue& element : array->elements) {
        if (element.type == TomlValue::Type::Table) {
            result.push_back(&element);
        } else {
            problem(element.position.line, QStringLiteral("`%1` must hold tables (write `[[...%1]]`), not %2")
                                               .arg(key, describeTomlType(element.type)));
        }
    }
    return result;
}

void TableReader::reject(const QString& key, const QString& why) {
    m_known.insert(key);
    if (const TomlValue* value = m_table.find(key)) problem(value->position.line, why);
}

void TableReader::reportUnknownKeys() {
    for (const TomlEntry& entry : m_table.entries) {
        if (m_known.contains(entry.key)) continue;
        QString message = QStringLiteral("unknown key `%1` in %2").arg(entry.key, m_name);
        if (const QString suggestion = closestUnusedKey(entry.key); !suggestion.isEmpty()) {
            message += QStringLiteral(" (did you mean `%1`?)").arg(suggestion);
        }
        problem(entry.keyPosition.line, message);
    }
}

QString TableReader::closestUnusedKey(const QString& unknown) const {
    QStringList candidates(m_known.begin(), m_known.end());
    candidates.sort();
    QString best;
    int bestDistance = 3; // further than two edits is no typo
    for (const QString& known : candidates) {
        const int distance = editDistance(unknown, known);
        if (distance < bestDistance && !m_table.find(known)) {
            best = known;
            bestDistance = distance;
        }
    }
    return best;
}

int TableReader::lineOf(const QString& key) const {
    const TomlValue* value = m_table.find(key);
    return value ? value->position.line : line();
}

void TableReader::problem(int problemLine, const QString& message) {
    m_problems.push_back({m_file, problemLine, 0, message});
}

} // namespace ownlings::course
