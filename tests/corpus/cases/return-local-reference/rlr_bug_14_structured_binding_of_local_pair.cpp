// case: a function splits a line into a local pair with structured bindings and returns a string_view of the key.
#include <iostream>
#include <string>
#include <string_view>
#include <utility>

std::pair<std::string, std::string> split_pair(const std::string& line) {
    const auto eq = line.find('=');
    return {line.substr(0, eq), line.substr(eq + 1)};
}

std::string_view key_of(const std::string& line) {
    auto [key, value] = split_pair(line);
    if (value.empty()) key += "?";
    return key; // expect: return-local-reference
}

int main() {
    std::cout << key_of("colour=blue") << '\n';
}
