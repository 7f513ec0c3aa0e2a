// case: a malloc'd buffer is written and printed, then freed after its last use (no use-after-delete).
#include <cstdlib>
#include <cstring>
#include <iostream>

int main() {
    char* greeting = static_cast<char*>(std::malloc(32)); // expect: raw-owning-pointer
    if (greeting == nullptr) return 1;
    std::strcpy(greeting, "hello, heap");
    std::cout << greeting << '\n';
    std::free(greeting); // expect: raw-owning-pointer
}
