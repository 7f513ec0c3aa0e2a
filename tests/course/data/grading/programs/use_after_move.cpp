#include <iostream>
#include <string>
#include <utility>

int main() {
    std::string name = "Ann";
    std::string owner = std::move(name);
    std::cout << "Hello, " << name << '\n';
}
