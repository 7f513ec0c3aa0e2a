// Use after move: make main print the name without reading a moved-from string.
#include <iostream>
#include <string>
#include <utility>

std::string keep(std::string name) {
    return name;
}

int main() {
    std::string name = "Ann";
    std::string kept = keep(std::move(name));
    // ownlings: begin locked (the output)
    std::cout << "Hello, " << name << '\n';
    // ownlings: end locked
    return kept.empty() ? 1 : 0;
}
