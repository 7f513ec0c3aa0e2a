// raii3.cpp: the order was deleted before it was reported.
//
// `shipOrder` reports which order it shipped. But it deletes the order first,
// and then reads its id through the same pointer: a use after delete. It may
// print the right number, garbage, or crash; AddressSanitizer would stop it.
//
// Make `shipOrder` report the order while it still exists. (If you like,
// go further and let a std::unique_ptr own the order.)

#include <iostream>
#include <string>

struct Order {
    int id = 0;
    std::string item;
};

void shipOrder(Order* order) {
    std::cout << "packing " << order->item << '\n';
    delete order;
    std::cout << "shipped order " << order->id << '\n';
}

// ownlings: begin locked
int main() {
    shipOrder(new Order{42, "a crab plushie"});
    return 0;
}
// ownlings: end locked
