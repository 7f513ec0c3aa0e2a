// case: a raw pointer is given to a struct's unique_ptr member with reset(), then to a local unique_ptr too.
#include <iostream>
#include <memory>

struct Wheel {
    int size = 17;
};

struct Car {
    std::unique_ptr<Wheel> spare;
};

int main() {
    Wheel* wheel = new Wheel; // expect: raw-owning-pointer
    Car car;
    car.spare.reset(wheel);
    std::unique_ptr<Wheel> in_trunk(wheel); // expect: double-ownership
    std::cout << car.spare->size << ' ' << in_trunk->size << '\n';
}
