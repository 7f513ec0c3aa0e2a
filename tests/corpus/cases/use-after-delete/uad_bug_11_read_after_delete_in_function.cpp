// case: a function deletes the integer it was given and then returns the value read through the deleted pointer.
#include <iostream>

int take_value(int* boxed) {
    delete boxed; // expect: raw-owning-pointer
    return *boxed; // expect: use-after-delete
}

int main() {
    int* boxed = new int(7); // expect: raw-owning-pointer
    std::cout << take_value(boxed) << '\n';
}
