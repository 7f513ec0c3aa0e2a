// case: a string is moved into a lambda's init-capture and then assigned a new value before the enclosing function uses it again.
#include <iostream>
#include <string>
#include <utility>

int main() {
    std::string prompt = "Enter your name: ";
    auto show = [text = std::move(prompt)] { std::cout << text; };
    prompt = "Enter your age: ";
    show();
    std::cout << '\n' << prompt << '\n';
}
