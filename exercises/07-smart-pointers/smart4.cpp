// smart4.cpp: registered, and gone.
//
// `registerSensor` takes a std::unique_ptr by value: it takes ownership, and
// the caller hands it over with std::move. After the call, the caller's
// pointer is null. `main` still wants to log the sensor's name afterwards, and
// dereferences the null pointer. Rust: E0382, "borrow of moved value".
//
// Log the name without touching the moved-from pointer. The registry's
// output must come first, as it does now.

#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct Sensor {
    std::string name;
};

std::vector<std::unique_ptr<Sensor>> registry;

void registerSensor(std::unique_ptr<Sensor> sensor) {
    std::cout << "registered " << sensor->name << '\n';
    registry.push_back(std::move(sensor));
}

int main() {
    auto sensor = std::make_unique<Sensor>(Sensor{"thermometer"});
    registerSensor(std::move(sensor));
    std::cout << "logged " << sensor->name << '\n';
    return 0;
}
