// A typical 60-line exercise: an inventory that moves items between owners.
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct Item {
    std::string name;
    int weight = 0;
};

class Backpack {
public:
    explicit Backpack(std::string owner) : owner_(std::move(owner)) {}

    void add(Item item) { items_.push_back(std::move(item)); }

    std::vector<Item> empty_out() {
        std::vector<Item> out = std::move(items_);
        items_.clear();
        return out;
    }

    int total_weight() const {
        int total = 0;
        for (const Item& item : items_) total += item.weight;
        return total;
    }

    const std::string& owner() const { return owner_; }

private:
    std::string owner_;
    std::vector<Item> items_;
};

std::unique_ptr<Backpack> make_pack(const std::string& owner) {
    auto pack = std::make_unique<Backpack>(owner);
    pack->add(Item{"rope", 3});
    pack->add(Item{"lamp", 2});
    return pack;
}

int main() {
    auto ferris = make_pack("Ferris");
    Item map{"map", 1};
    ferris->add(std::move(map));
    std::cout << "map weighs " << map.weight << '\n';

    auto corro = std::move(ferris);
    std::cout << corro->owner() << " carries " << corro->total_weight() << '\n';

    std::vector<Item> loot = corro->empty_out();
    for (const Item& item : loot) {
        std::cout << item.name << ' ';
    }
    std::cout << '\n' << ferris->total_weight() << '\n';
    return 0;
}
