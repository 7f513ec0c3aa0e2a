// case: std::move into a function that takes const std::string& moves nothing, so the string is still intact afterwards.
#include <iostream>
#include <string>
#include <utility>

void greet(const std::string& name) {
    std::cout << "hello, " << name << '\n';
}

int main() {
    std::string name = "Bjarne";
    greet(std::move(name)); // expect: move-of-const
    std::cout << name << " has " << name.size() << " letters\n";
}
