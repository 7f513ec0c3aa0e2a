// case: a ternary that mixes a named string and a temporary yields a new temporary, which a const reference extends.
#include <iostream>
#include <string>

int main(int argc, char**) {
    const std::string configured = "dark";
    const std::string& theme = argc > 5 ? configured : std::string("light");
    std::cout << "theme: " << theme << '\n';
}
