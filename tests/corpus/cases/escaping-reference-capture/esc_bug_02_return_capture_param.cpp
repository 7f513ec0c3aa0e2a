// case: a function returns a std::function whose [&] lambda captures the function's by-value parameter.
#include <functional>
#include <iostream>
#include <string>

std::function<std::string(const std::string&)> make_prefixer(char mark) {
    return [&](const std::string& text) { return std::string(1, mark) + text; }; // expect: escaping-reference-capture
}

int main() {
    auto bullet = make_prefixer('*');
    std::cout << bullet(" first item") << '\n';
    std::cout << bullet(" second item") << '\n';
}
