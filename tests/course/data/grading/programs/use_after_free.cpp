#include <iostream>

void release(int* p) { delete p; }

int main() {
    int* value = new int(42);
    release(value);
    // ownlings: allow(all)
    std::cout << *value << '\n';
}
