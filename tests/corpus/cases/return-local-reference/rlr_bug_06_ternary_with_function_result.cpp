// case: a ternary chooses between a parameter and a string returned by value, so the const reference result refers to a temporary.
#include <cctype>
#include <iostream>
#include <string>

std::string to_upper(const std::string& text) {
    std::string result = text;
    for (char& c : result) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return result;
}

const std::string& headline(const std::string& title, bool shout) {
    return shout ? to_upper(title) : title; // expect: return-local-reference
}

int main() {
    const std::string title = "borrowing rules";
    std::cout << headline(title, true) << '\n';
}
