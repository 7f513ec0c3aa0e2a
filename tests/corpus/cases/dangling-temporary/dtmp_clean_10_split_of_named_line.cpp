// case: the line is kept in a named string, so the views split() returns into it stay valid while the loop runs.
#include <cstddef>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

std::vector<std::string_view> split(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        words.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

std::string read_line() {
    return "the quick brown fox jumps over the lazy dog";
}

int main() {
    const std::string line = read_line();
    for (std::string_view word : split(line)) std::cout << word << '\n';
}
