// case: an inventory is merged into itself: the output and the read-only input of one call are the same object.
#include <iostream>
#include <map>
#include <string>

using Inventory = std::map<std::string, int>;

void merge(Inventory& into, const Inventory& from) {
    for (const auto& [item, count] : from)
        into[item] += count;
}

int main() {
    Inventory bag{{"apple", 2}, {"rope", 1}};
    Inventory chest{{"gold", 10}};
    merge(chest, bag);
    merge(bag, bag); // expect: exclusive-mutable-borrow
    std::cout << bag.size() << ' ' << chest.size() << '\n';
}
