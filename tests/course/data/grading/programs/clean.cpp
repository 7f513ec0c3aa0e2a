#include <iostream>
#include <string>
#include <utility>

int main() {
    std::string name = "Ann";
    std::string owner = std::move(name);
    // ownlings: begin locked (the greeting)
    std::cout << "Hello, " << owner << '\n';
    // ownlings: end locked
}
