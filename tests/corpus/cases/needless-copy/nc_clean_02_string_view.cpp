// case: a std::string_view parameter is a cheap view, not a copy of the string.
#include <iostream>
#include <string>
#include <string_view>

void greet(std::string_view name) {
    std::cout << "Hello, " << name << "!\n";
}

int main() {
    std::string who = "Ferris";
    greet(who);
    greet("crab");
}
