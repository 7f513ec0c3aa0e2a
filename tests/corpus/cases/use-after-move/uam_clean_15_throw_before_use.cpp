// case: a value is moved right before a throw, so the code after the if statement only runs when no move happened.
#include <iostream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

std::vector<std::string> rejected;

void accept(std::string order) {
    if (order.empty()) {
        rejected.push_back(std::move(order));
        throw std::invalid_argument("empty order");
    }
    order += " (accepted)";
    std::cout << order << '\n';
}

int main() {
    accept("2x coffee");
    try {
        accept("");
    } catch (const std::invalid_argument& error) {
        std::cout << error.what() << '\n';
    }
    std::cout << rejected.size() << '\n';
}
