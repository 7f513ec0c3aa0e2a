// case: a string_view is only used before the string grows, and is assigned a fresh view before being used again.
#include <iostream>
#include <string>
#include <string_view>

int main() {
    std::string greeting = "hello";
    std::string_view view = greeting;
    std::cout << view << '\n';
    greeting += ", world, and everyone else who is reading this";
    view = greeting;
    std::cout << view << '\n';
}
