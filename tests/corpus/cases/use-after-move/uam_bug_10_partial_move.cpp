// case: one member of an order is moved out and then the whole order is passed on, so a partly moved-from object is read.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

struct Order {
    std::string customer;
    std::vector<std::string> items;
};

void print_order(const Order& order) {
    std::cout << order.customer << ": " << order.items.size() << " items\n";
}

int main() {
    Order order{"Linus", {"keyboard", "mouse"}};
    std::vector<std::string> packing_list = std::move(order.items);
    std::cout << packing_list.size() << '\n';
    print_order(order); // expect: use-after-move
}
