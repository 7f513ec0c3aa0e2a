// case: a method builds a second unique_ptr from its own member unique_ptr's get().
#include <iostream>
#include <memory>

struct Engine {
    int power = 150;
};

class Car {
public:
    Car() : engine_(std::make_unique<Engine>()) {}

    int spare_power() {
        std::unique_ptr<Engine> spare(engine_.get()); // expect: double-ownership
        return spare->power;
    }

private:
    std::unique_ptr<Engine> engine_;
};

int main() {
    Car car;
    std::cout << car.spare_power() << '\n';
}
