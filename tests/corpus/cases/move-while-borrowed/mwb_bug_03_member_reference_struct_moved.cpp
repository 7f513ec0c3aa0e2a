// case: a reference to an order's customer member is printed after the whole order was moved into another variable.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

struct Order {
    std::string customer;
    std::vector<std::string> items;
};

int main() {
    Order order{"Ferris the crab, Rust Foundation", {"book", "mug"}};
    const std::string& customer = order.customer;
    Order shipped = std::move(order);
    std::cout << shipped.items.size() << " items shipped\n";
    std::cout << "to " << customer << '\n'; // expect: move-while-borrowed
}
