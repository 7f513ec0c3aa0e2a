// disc4.cpp: when aliasing breaks the code.
//
// `appendAll` appends every element of `source` to `target`. It is correct
// as long as the two are different vectors. `main` passes the same vector
// twice, so the loop reads `source` while `push_back` grows it: the loop's
// iterators are invalidated by the very vector they walk, and the program
// reads freed memory.
//
// Rust refuses the call: `numbers` cannot be borrowed mutably and shared at
// once (E0502). The `exclusive-mutable-borrow` rule is on. Fix `main` so
// that the function gets two different vectors.

#include <iostream>
#include <vector>

void appendAll(std::vector<int>& target, const std::vector<int>& source) {
    for (int value : source)
        target.push_back(value);
}

int main() {
    std::vector<int> numbers{1, 2, 3};
    const std::vector<int>& extra = numbers;

    // ownlings: begin locked
    appendAll(numbers, extra);
    for (int value : numbers)
        std::cout << value << ' ';
    std::cout << '\n';
    return 0;
}
// ownlings: end locked
