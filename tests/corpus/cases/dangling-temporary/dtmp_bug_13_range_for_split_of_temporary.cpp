// case: a range-for walks the views returned by split() of a temporary string, which C++20 destroys before the loop body runs.
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
    for (std::string_view word : split(read_line())) std::cout << word << '\n'; // expect: dangling-temporary
}
