// case: a struct is moved into a structured binding and the original struct's member is read afterwards.
#include <iostream>
#include <string>
#include <utility>

struct Reading {
    std::string sensor;
    double value = 0.0;
};

int main() {
    Reading latest{"thermometer-3", 21.5};
    auto [sensor, value] = std::move(latest);
    std::cout << sensor << ": " << value << '\n';
    std::cout << "latest was from " << latest.sensor << '\n'; // expect: use-after-move
}
