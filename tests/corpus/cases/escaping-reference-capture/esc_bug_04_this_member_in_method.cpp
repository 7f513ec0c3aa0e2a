// case: a method stores a lambda that captures a method-local string by reference into a member callback.
#include <functional>
#include <iostream>
#include <string>

class Timer {
public:
    void arm(int seconds) {
        std::string label = "timer " + std::to_string(seconds) + "s";
        this->on_fire = [&label] { std::cout << label << " fired\n"; }; // expect: escaping-reference-capture
    }

    void fire() const {
        if (on_fire) on_fire();
    }

private:
    std::function<void()> on_fire;
};

int main() {
    Timer t;
    t.arm(5);
    t.fire();
}
