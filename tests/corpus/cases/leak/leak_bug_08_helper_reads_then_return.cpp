// case: the pointer is passed to a helper that only reads it, then an early return loses the allocation.
#include <iostream>
#include <string>

struct Order {
    std::string item;
    int quantity = 0;
};

void show(const Order* order) {
    std::cout << order->item << " x" << order->quantity << '\n';
}

bool place_order(const std::string& item, int quantity) {
    Order* order = new Order{item, quantity}; // expect: raw-owning-pointer
    show(order);
    if (order->quantity == 0) {
        return false; // expect: leak
    }
    delete order; // expect: raw-owning-pointer
    return true;
}

int main() {
    std::cout << place_order("tea", 2) << place_order("cake", 0) << '\n';
}
