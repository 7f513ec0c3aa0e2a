// case: a string is copied (not moved) into another variable, so a view of the original stays valid.
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

int main() {
    std::vector<std::string> history;
    std::string command = "cargo build --release --all-features";
    std::string_view shown = command;
    history.push_back(command);
    std::string copy = command;
    std::cout << shown << ' ' << copy.size() << ' ' << history.size() << '\n';
}
