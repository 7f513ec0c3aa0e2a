// case: a member function is called through a pointer after the object was deleted.
#include <iostream>

class Counter {
public:
    void increment() { ++count_; }
    int value() const { return count_; }

private:
    int count_ = 0;
};

int main() {
    Counter* clicks = new Counter; // expect: raw-owning-pointer
    clicks->increment();
    clicks->increment();
    delete clicks; // expect: raw-owning-pointer
    std::cout << "clicks: " << clicks->value() << '\n'; // expect: use-after-delete
}
