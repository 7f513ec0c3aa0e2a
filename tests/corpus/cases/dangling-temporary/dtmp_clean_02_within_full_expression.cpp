// case: views and c_str() of temporaries are only used inside the statement that created the temporaries.
#include <cstddef>
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>

std::size_t count_vowels(std::string_view text) {
    std::size_t n = 0;
    for (char c : text) {
        if (std::string_view("aeiou").find(c) != std::string_view::npos) ++n;
    }
    return n;
}

std::string_view first_word(std::string_view text) {
    return text.substr(0, text.find(' '));
}

int main() {
    const std::string first = "Grace";
    const std::string last = "Hopper";
    std::cout << count_vowels(first + " " + last) << '\n';
    std::cout << first_word(first + " " + last) << '\n';
    std::puts((first + "." + last).c_str());
    std::cout << std::string_view(std::to_string(2024)).substr(0, 2) << '\n';
}
