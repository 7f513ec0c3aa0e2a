// case: a string is moved into a lambda with an init-capture and the original variable is printed afterwards.
#include <functional>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::function<void()>> callbacks;
    std::string greeting = "hello from the callback";
    callbacks.push_back([text = std::move(greeting)] { std::cout << text << '\n'; });
    std::cout << "registered: " << greeting << '\n'; // expect: use-after-move
    for (const auto& callback : callbacks) callback();
}
