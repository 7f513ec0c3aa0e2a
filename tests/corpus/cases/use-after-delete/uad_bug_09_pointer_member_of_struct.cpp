// case: a struct keeps a raw pointer member, and the pointee is read through the member after it was deleted.
#include <iostream>
#include <string>

struct Item {
    std::string name;
};

struct Slot {
    Item* item;
    int index;
};

int main() {
    Slot slot{new Item{"lantern"}, 0}; // expect: raw-owning-pointer
    std::cout << slot.item->name << '\n';
    delete slot.item; // expect: raw-owning-pointer
    std::cout << "slot " << slot.index << " held " << slot.item->name << '\n'; // expect: use-after-delete
}
