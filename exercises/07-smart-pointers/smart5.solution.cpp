// smart5.cpp: a borrow that outlived its object.
//
// `current` is a raw pointer from `.get()`: a borrow of the level that `level`
// owns. Loading the next level replaces the owned object, and replacing it
// deletes the old one. `current` still points at the old level.
//
// Make `current` follow the owner: borrow again after the change (or do not
// keep a separate pointer at all).

#include <iostream>
#include <memory>
#include <string>

struct Level {
    std::string name;
};

int main() {
    auto level = std::make_unique<Level>(Level{"the forest"});
    Level* current = level.get();
    std::cout << "entering " << current->name << '\n';

    level = std::make_unique<Level>(Level{"the castle"});
    current = level.get(); // borrow the new level
    std::cout << "entering " << current->name << '\n';
    return 0;
}
