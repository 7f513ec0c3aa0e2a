// case: a range-for with structured bindings iterates a map member of a temporary returned by a function.
#include <iostream>
#include <map>
#include <string>

class Inventory {
public:
    Inventory() : stock_{{"apples", 12}, {"pears", 3}} {}
    const std::map<std::string, int>& stock() const { return stock_; }

private:
    std::map<std::string, int> stock_;
};

Inventory load_inventory() {
    return Inventory{};
}

int main() {
    for (const auto& [fruit, count] : load_inventory().stock()) { // expect: dangling-temporary
        std::cout << fruit << ": " << count << '\n';
    }
}
