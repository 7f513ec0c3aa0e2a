// The one translation unit that compiles toml++: parses text and copies the document into TomlValue.
#include "app/course/pack/toml_tree.h"

// toml++ 3.3 asserts on some malformed headers (`[=x]`) that release builds
// report as syntax errors, so its internal assertions stay off in every build:
// a bad manifest must never abort the app. The preprocessor header is included
// once (#pragma once), so the redefinition holds for the parser below.
#define TOML_ENABLE_FORMATTERS 0
#define TOML_ASSERT(expr) static_assert(true)
#include <toml++/impl/preprocessor.h>
#undef TOML_ASSERT_ASSUME
#define TOML_ASSERT_ASSUME(expr) static_assert(true)
#include <toml++/toml.h>

#include <exception>
#include <string_view>

namespace ownlings::course {
namespace {

TomlPosition positionOf(const toml::source_position& position) {
    return {static_cast<int>(position.line), static_cast<int>(position.column)};
}

QString qString(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

TomlValue copyNode(const toml::node& node);

void copyTable(const toml::table& table, TomlValue& into) {
    for (auto&& [key, value] : table) {
        into.entries.push_back({qString(key.str()), positionOf(key.source().begin), copyNode(value)});
    }
}

void copyArray(const toml::array& array, TomlValue& into) {
    for (const toml::node& element : array) into.elements.push_back(copyNode(element));
}

// toml++ bounds nesting depth while parsing, so this recursion is bounded too.
TomlValue copyNode(const toml::node& node) {
    TomlValue value;
    value.position = positionOf(node.source().begin);
    switch (node.type()) {
    case toml::node_type::table:
        value.type = TomlValue::Type::Table;
        copyTable(*node.as_table(), value);
        break;
    case toml::node_type::array:
        value.type = TomlValue::Type::Array;
        copyArray(*node.as_array(), value);
        break;
    case toml::node_type::string:
        value.type = TomlValue::Type::String;
        value.text = qString(node.as_string()->get());
        break;
    case toml::node_type::integer:
        value.type = TomlValue::Type::Integer;
        value.integer = node.as_integer()->get();
        break;
    case toml::node_type::floating_point:
        value.type = TomlValue::Type::Float;
        value.number = node.as_floating_point()->get();
        break;
    case toml::node_type::boolean:
        value.type = TomlValue::Type::Boolean;
        value.boolean = node.as_boolean()->get();
        break;
    case toml::node_type::date: value.type = TomlValue::Type::Date; break;
    case toml::node_type::time: value.type = TomlValue::Type::Time; break;
    case toml::node_type::date_time: value.type = TomlValue::Type::DateTime; break;
    case toml::node_type::none: break;
    }
    return value;
}

} // namespace

const TomlValue* TomlValue::find(const QString& key) const {
    for (const TomlEntry& entry : entries) {
        if (entry.key == key) return &entry.value;
    }
    return nullptr;
}

QString describeTomlType(TomlValue::Type type) {
    switch (type) {
    case TomlValue::Type::Table: return QStringLiteral("a table");
    case TomlValue::Type::Array: return QStringLiteral("an array");
    case TomlValue::Type::String: return QStringLiteral("a string");
    case TomlValue::Type::Integer: return QStringLiteral("an integer");
    case TomlValue::Type::Float: return QStringLiteral("a floating-point number");
    case TomlValue::Type::Boolean: return QStringLiteral("a boolean");
    case TomlValue::Type::Date: return QStringLiteral("a date");
    case TomlValue::Type::Time: return QStringLiteral("a time");
    case TomlValue::Type::DateTime: return QStringLiteral("a date-time");
    }
    return {};
}

TomlParseResult parseToml(const QByteArray& text) {
    TomlParseResult result;
    try {
        const toml::table table = toml::parse(std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                                              std::string_view("pack.toml"));
        result.root = TomlValue{};
        result.root->position = {1, 1};
        copyTable(table, *result.root);
    } catch (const toml::parse_error& error) {
        result.errorPosition = positionOf(error.source().begin);
        result.errorMessage = qString(error.description());
    } catch (const std::exception& error) {
        result.errorMessage = QStringLiteral("could not parse the manifest: %1").arg(QString::fromUtf8(error.what()));
    }
    return result;
}

} // namespace ownlings::course
