// case: a malloc'd C string is printed after free released it.
#include <cstdlib>
#include <cstring>
#include <iostream>

int main() {
    char* greeting = static_cast<char*>(std::malloc(32)); // expect: raw-owning-pointer
    if (greeting == nullptr) return 1;
    std::strcpy(greeting, "hello, heap");
    std::free(greeting); // expect: raw-owning-pointer
    std::cout << greeting << '\n'; // expect: use-after-delete
}
