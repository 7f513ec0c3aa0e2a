// case: the get() of a unique_ptr<char[]> is handed to C functions that write and read the buffer without owning it.
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>

int main() {
    const std::size_t size = 32;
    auto buffer = std::make_unique<char[]>(size);
    std::snprintf(buffer.get(), size, "%s-%d", "item", 42);
    std::size_t length = std::strlen(buffer.get());
    std::cout << buffer.get() << ' ' << length << '\n';
}
