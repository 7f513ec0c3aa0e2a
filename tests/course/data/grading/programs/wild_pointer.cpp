#include <cstdio>

int readAt(const int* where) { return *where; }

int main(int argc, char**) {
    const int* wild = reinterpret_cast<const int*>(static_cast<long>(argc) * 16);
    std::printf("%d\n", readAt(wild));
}
