// case: a temporary unique_ptr made from an owner's get() is pushed into a vector of owners.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct Sprite {
    std::string file;
};

int main() {
    std::vector<std::unique_ptr<Sprite>> layer;
    auto hero = std::make_unique<Sprite>(Sprite{"hero.png"});
    layer.push_back(std::unique_ptr<Sprite>(hero.get())); // expect: double-ownership
    std::cout << layer.size() << ' ' << hero->file << '\n';
}
