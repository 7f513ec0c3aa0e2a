// case: functions take string_view and span parameters and return sub-views of them, which point into the caller's data.
#include <cstddef>
#include <iostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

std::string_view trim(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return text;
}

std::span<const int> tail(std::span<const int> values, std::size_t n) {
    return values.last(n < values.size() ? n : values.size());
}

int main() {
    const std::string line = "   padded   ";
    const std::vector<int> numbers{1, 2, 3, 4, 5};
    std::cout << '[' << trim(line) << "] " << tail(numbers, 2).front() << '\n';
}
