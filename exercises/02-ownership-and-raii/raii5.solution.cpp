// raii5.cpp: who deletes the buffer?
//
// `flush` writes a buffer out and then deletes it, because its author thought
// of it as "the last thing that happens to a buffer". `main` did not get the
// memo and deletes the buffer too: a double delete, which corrupts the heap.
// A raw pointer cannot say who owns it; that is the whole problem.
//
// Decide on one owner. Make `main` own the buffer and `flush` only borrow it
// (a `const Buffer&` parameter says "I only look"), so that the buffer is
// deleted exactly once. Bonus: with `main` owning it through a plain local or
// a std::unique_ptr, nobody has to write `delete` at all.

#include <iostream>
#include <string>

struct Buffer {
    std::string text;
};

// `flush` borrows the buffer: the caller keeps owning it.
void flush(const Buffer& buffer) {
    std::cout << buffer.text << '\n';
}

int main() {
    Buffer buffer{"log line 1"};
    flush(buffer);
    return 0;
}
