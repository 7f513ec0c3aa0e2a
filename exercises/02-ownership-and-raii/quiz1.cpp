// Does this program pass the checker? If not, on which line is the finding?

#include <iostream>

struct Sensor {
    int reading = 0;
};

int main() {
    Sensor* sensor = new Sensor{21};
    Sensor* backup = sensor;
    sensor->reading += 1;
    delete sensor;
    sensor = nullptr;
    std::cout << backup->reading << '\n';
    return 0;
}
