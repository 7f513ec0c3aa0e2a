// smart1.cpp: an owner cannot be copied.
//
// A Car owns its Engine through a std::unique_ptr: exactly one owner, like
// Rust's Box. Building the car tries to copy the pointer into it, and a copy
// would be a second owner, so std::unique_ptr has no copy constructor. This
// exercise does not even compile: read the compiler's error.
//
// Hand the engine over to the car instead of copying it. After that, `engine`
// is null: use the car to reach the engine.

#include <iostream>
#include <memory>
#include <string>
#include <utility>

struct Engine {
    std::string model;
};

struct Car {
    std::unique_ptr<Engine> engine;
};

int main() {
    auto engine = std::make_unique<Engine>(Engine{"V8"});
    Car car{std::move(engine)}; // ownership moves into the car

    // ownlings: begin locked
    std::cout << car.engine->model << '\n';
    return 0;
}
// ownlings: end locked
