// case: the value of an optional returned by value is copied out, or the optional is named before a reference into it is taken.
#include <iostream>
#include <optional>
#include <string>

std::optional<std::string> find_user(int id) {
    if (id == 7) return "james.bond@example.com";
    return std::nullopt;
}

int main() {
    const std::string email = find_user(7).value();
    std::cout << "mail to " << email << '\n';
    if (const auto found = find_user(7)) {
        const std::string& again = *found;
        std::cout << "again " << again << '\n';
    }
    std::cout << find_user(1).value_or("nobody") << '\n';
}
