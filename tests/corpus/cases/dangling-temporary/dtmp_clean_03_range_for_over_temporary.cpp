// case: range-for loops over a container returned by value (extended by the loop) and over a member of a named object made in the init-statement.
#include <iostream>
#include <map>
#include <string>
#include <vector>

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

std::vector<std::string> load_names() {
    return {"Ada", "Grace", "Barbara"};
}

int main() {
    for (const std::string& name : load_names()) std::cout << name << '\n';
    for (const Inventory inventory = load_inventory(); const auto& [fruit, count] : inventory.stock()) {
        std::cout << fruit << ": " << count << '\n';
    }
}
