// case: a unique_ptr is moved into a shared_ptr, and unique_ptrs are moved and swapped between owners.
#include <iostream>
#include <memory>
#include <utility>

struct Sensor {
    int id = 0;
};

int main() {
    auto probe = std::make_unique<Sensor>(Sensor{1});
    std::shared_ptr<Sensor> shared = std::move(probe);

    auto left = std::make_unique<Sensor>(Sensor{2});
    auto right = std::make_unique<Sensor>(Sensor{3});
    left.swap(right);
    std::unique_ptr<Sensor> taken = std::move(left);
    right.reset();
    std::cout << shared->id << ' ' << taken->id << ' ' << (right ? "set" : "empty") << '\n';
}
