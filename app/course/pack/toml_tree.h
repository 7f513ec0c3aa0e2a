#pragma once
// A plain copy of a parsed TOML document with source positions, so that only
// toml_tree.cpp compiles the (heavy) toml++ header.

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace ownlings::course {

struct TomlPosition {
    int line = 0;   ///< 1-based
    int column = 0; ///< 1-based
};

struct TomlEntry;

struct TomlValue {
    enum class Type { Table, Array, String, Integer, Float, Boolean, Date, Time, DateTime };
    Type type = Type::Table;
    TomlPosition position; ///< where the value (or a table's header) starts
    QString text;          ///< String
    qint64 integer = 0;    ///< Integer
    double number = 0;     ///< Float
    bool boolean = false;  ///< Boolean
    std::vector<TomlEntry> entries;  ///< Table, sorted by key
    std::vector<TomlValue> elements; ///< Array

    /// nullptr when this is not a table or has no such key.
    const TomlValue* find(const QString& key) const;
};

struct TomlEntry {
    QString key;
    TomlPosition keyPosition;
    TomlValue value;
};

/// "a table", "an array", "a string", "an integer", ... for messages.
QString describeTomlType(TomlValue::Type type);

struct TomlParseResult {
    std::optional<TomlValue> root; ///< the top-level table, when the text parsed
    TomlPosition errorPosition;    ///< of the syntax error otherwise
    QString errorMessage;
};

/// Parses UTF-8 TOML text. Never throws.
TomlParseResult parseToml(const QByteArray& text);

} // namespace ownlings::course
