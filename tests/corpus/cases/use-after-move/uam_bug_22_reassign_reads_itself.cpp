// case: a moved-from string is given a new value computed from itself, so the right-hand side reads it before it is re-initialised.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> versions;
    std::string draft = "Chapter 1";
    versions.push_back(std::move(draft));
    draft = draft + " (revised)"; // expect: use-after-move
    versions.push_back(draft);
    std::cout << versions.size() << '\n';
}
