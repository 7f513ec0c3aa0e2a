// case: a string_view bound to a concatenation temporary is walked character by character in a range-for.
#include <iostream>
#include <string>
#include <string_view>

int main() {
    const std::string user = "ferris";
    std::string_view banner = "~~ " + user + " ~~";
    int letters = 0;
    for (char c : banner) letters += c != ' ' ? 1 : 0; // expect: dangling-temporary
    std::cout << letters << '\n';
}
