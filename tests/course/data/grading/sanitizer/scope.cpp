#include <iostream>
int main() {
    int* p = nullptr;
    {
        int x = 5;
        p = &x;
    }
    std::cout << *p << '\n';
}
