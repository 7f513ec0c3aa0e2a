// case: inside a lambda's body, a by-value parameter is moved into a list and then printed.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> history;
    auto remember = [&history](std::string command) {
        history.push_back(std::move(command));
        std::cout << "remembered " << command << '\n'; // expect: use-after-move
    };
    remember("git status");
    remember("git log");
    std::cout << history.size() << '\n';
}
