// case: an iterator found in a map is used after the same key was erased.
#include <iostream>
#include <map>
#include <string>

int main() {
    std::map<std::string, int> stock{{"apples", 4}, {"pears", 0}};
    auto pears = stock.find("pears");
    if (pears != stock.end() && pears->second == 0) {
        stock.erase("pears");
        std::cout << "removed " << pears->first << '\n'; // expect: invalidated-reference
    }
    std::cout << stock.size() << '\n';
}
