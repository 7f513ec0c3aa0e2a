// case: a helper returns one of its const reference parameters, and the caller keeps the result although one argument was a temporary.
#include <iostream>
#include <string>

const std::string& longer(const std::string& a, const std::string& b) {
    return a.size() >= b.size() ? a : b;
}

int main() {
    const std::string nickname = "ferris";
    const std::string& shown = longer(nickname, std::string("anonymous crab"));
    std::cout << "shown name: " << shown << '\n'; // expect: dangling-temporary
}
