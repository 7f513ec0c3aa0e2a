// case: a function returns a callback made by a method of its local object, and that callback captures the object through [this].
#include <functional>
#include <iostream>

class Counter {
public:
    std::function<int()> incrementer() {
        return [this] { return ++count_; };
    }

private:
    int count_ = 0;
};

std::function<int()> make_ticker() {
    Counter counter;
    return counter.incrementer(); // expect: escaping-reference-capture
}

int main() {
    auto tick = make_ticker();
    std::cout << tick() << '\n';
}
