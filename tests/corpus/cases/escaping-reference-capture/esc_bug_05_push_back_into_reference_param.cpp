// case: a registration helper pushes a lambda capturing its local name by reference into the caller's vector of callbacks.
#include <functional>
#include <iostream>
#include <string>
#include <vector>

void register_greeter(std::vector<std::function<void()>>& handlers, int id) {
    std::string name = "guest-" + std::to_string(id);
    handlers.push_back([&name] { std::cout << "hello, " << name << '\n'; }); // expect: escaping-reference-capture
}

int main() {
    std::vector<std::function<void()>> handlers;
    register_greeter(handlers, 1);
    register_greeter(handlers, 2);
    for (const auto& handler : handlers) handler();
}
