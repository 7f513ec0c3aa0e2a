// case: a pointer into a member vector of an object in the outer scope is taken in a loop and used after the loop.
#include <iostream>
#include <string>
#include <vector>

struct Item {
    std::string name;
    int weight;
};

struct Inventory {
    std::vector<Item> items;
};

int main() {
    const Inventory bag{{{"rope", 3}, {"lamp", 2}, {"anvil", 40}}};
    const Item* heaviest = nullptr;
    for (const Item& item : bag.items) {
        const int limit = heaviest ? heaviest->weight : 0;
        if (item.weight > limit) heaviest = &item;
    }
    if (heaviest) std::cout << "heaviest: " << heaviest->name << '\n';
}
