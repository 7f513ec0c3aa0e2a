// case: an element of a heap array is read after delete[] released the array.
#include <iostream>

int main() {
    int* squares = new int[8]; // expect: raw-owning-pointer
    for (int i = 0; i < 8; ++i) {
        squares[i] = i * i;
    }
    delete[] squares; // expect: raw-owning-pointer
    std::cout << "last square: " << squares[7] << '\n'; // expect: use-after-delete
}
