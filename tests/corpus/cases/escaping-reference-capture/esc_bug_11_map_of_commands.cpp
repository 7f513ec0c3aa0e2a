// case: a command table declared in main gets a lambda capturing a block-local user name by reference.
#include <functional>
#include <iostream>
#include <map>
#include <string>

int main() {
    std::map<std::string, std::function<void()>> commands;
    {
        std::string user = "ferris";
        commands["greet"] = [&user] { std::cout << "hi " << user << '\n'; }; // expect: escaping-reference-capture
    }
    commands["greet"]();
}
