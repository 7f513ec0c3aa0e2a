// case: a reference is bound to value() of a std::optional returned by value, so it refers into a dead temporary.
#include <iostream>
#include <optional>
#include <string>

std::optional<std::string> find_user(int id) {
    if (id == 7) return "james.bond@example.com";
    return std::nullopt;
}

int main() {
    const std::string& email = find_user(7).value();
    std::cout << "mail to " << email << '\n'; // expect: dangling-temporary
}
