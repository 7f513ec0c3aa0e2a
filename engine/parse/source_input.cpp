// Reading and validating learner source files.
#include "engine/parse/source_input.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

namespace ownlings::engine {
namespace {

std::string backticked(std::string_view name) { return "`" + std::string(name) + "`"; }

bool looksBinary(std::string_view text) {
    if (text.find('\0') != std::string_view::npos) return true;
    // Control bytes other than whitespace are rare in source; a lot of them means data.
    const std::string_view head = text.substr(0, 8192);
    const auto controls = std::count_if(head.begin(), head.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 && byte != '\n' && byte != '\r' && byte != '\t' && byte != '\f' && byte != '\v';
    });
    return controls * 20 > static_cast<long>(head.size());
}

std::string tooLarge(std::string_view name, std::size_t bytes) {
    return backticked(name) + " is too large to be a source file (" + std::to_string(bytes / 1024) +
           " KiB; the limit is " + std::to_string(kMaxSourceBytes / 1024 / 1024) + " MiB)";
}

bool onlyWhitespace(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
}

} // namespace

std::optional<std::string> sourceTextProblem(std::string_view text, std::string_view name) {
    if (text.empty() || onlyWhitespace(text)) return backticked(name) + " is empty: there is no code to check";
    if (text.size() > kMaxSourceBytes) return tooLarge(name, text.size());
    if (looksBinary(text)) return backticked(name) + " is not a text file (it contains binary data)";
    return std::nullopt;
}

SourceRead readSourceFile(const std::filesystem::path& path) {
    const std::string name = path.string();
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return {std::nullopt, "cannot read " + backticked(name) + ": no such file"};
    if (std::filesystem::is_directory(status))
        return {std::nullopt, backticked(name) + " is a directory, not a source file"};
    if (!std::filesystem::is_regular_file(status))
        return {std::nullopt, backticked(name) + " is not a regular file"};
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxSourceBytes) return {std::nullopt, tooLarge(name, size)};

    std::ifstream in(path, std::ios::binary);
    if (!in) return {std::nullopt, "cannot read " + backticked(name) + ": " + std::strerror(errno)};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) return {std::nullopt, "cannot read " + backticked(name) + ": read error"};
    std::string text = std::move(buffer).str();
    if (auto problem = sourceTextProblem(text, name)) return {std::nullopt, *problem};
    return {std::move(text), {}};
}

} // namespace ownlings::engine
