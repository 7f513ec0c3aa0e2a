// case: a reference into a struct's member vector is used after the member was resized.
#include <iostream>
#include <string>
#include <vector>

struct Inventory {
    std::vector<std::string> items;
};

int main() {
    Inventory bag{{"sword", "shield"}};
    const std::string& weapon = bag.items[0];
    bag.items.resize(16);
    std::cout << "weapon: " << weapon << '\n'; // expect: invalidated-reference
}
