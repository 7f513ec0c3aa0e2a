// case: a vector is moved into a map with emplace and the local vector is printed afterwards.
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::map<std::string, std::vector<int>> inventory;
    std::vector<int> crates{12, 8, 20};
    inventory.emplace("apples", std::move(crates));
    std::cout << "apples: " << inventory["apples"].size() << " crates\n";
    std::cout << "still here: " << crates.size() << '\n'; // expect: use-after-move
}
