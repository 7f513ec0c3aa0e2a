// case: a malloc'd buffer is freed when a loop stops early, and freed again after the loop.
#include <cstdlib>
#include <iostream>

int main(int argc, char**) {
    int* counts = static_cast<int*>(std::malloc(4 * sizeof(int))); // expect: raw-owning-pointer
    if (counts == nullptr) return 1;
    for (int i = 0; i < 4; ++i) {
        counts[i] = i;
        if (i + 1 == argc) {
            std::free(counts); // expect: raw-owning-pointer
            break;
        }
    }
    std::cout << "done\n";
    std::free(counts); // expect: use-after-delete,raw-owning-pointer
}
