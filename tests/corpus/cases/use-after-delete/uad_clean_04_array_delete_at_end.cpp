// case: a heap array is filled, read, and released with delete[] after its last use (no use-after-delete).
#include <iostream>

int main() {
    const int count = 8;
    int* squares = new int[count]; // expect: raw-owning-pointer
    for (int i = 0; i < count; ++i) {
        squares[i] = i * i;
    }
    std::cout << "last square: " << squares[count - 1] << '\n';
    delete[] squares; // expect: raw-owning-pointer
}
