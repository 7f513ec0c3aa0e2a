// case: a heap object and a copy of its pointer are used freely, and the object is deleted once at the very end (no use-after-delete).
#include <iostream>

class Counter {
public:
    void increment() { ++count_; }
    int value() const { return count_; }

private:
    int count_ = 0;
};

void click(Counter* counter) {
    counter->increment();
}

int main() {
    Counter* clicks = new Counter; // expect: raw-owning-pointer
    Counter* alias = clicks;
    click(clicks);
    click(alias);
    std::cout << "clicks: " << alias->value() << '\n';
    delete clicks; // expect: raw-owning-pointer
}
