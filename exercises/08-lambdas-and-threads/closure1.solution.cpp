// closure1.cpp: a counter that outlives its count.
//
// `makeCounter` returns a lambda that counts how often it was called. The
// lambda captures `count` by reference, but `count` is a local of
// `makeCounter`: it is gone as soon as the function returns, and every call
// of the counter then writes to memory that belongs to someone else. Rust
// says E0373, "closure may outlive the current function, but it borrows
// `count`", and suggests a `move` closure.
//
// Let the lambda own its count.

#include <functional>
#include <iostream>

std::function<int()> makeCounter() {
    int count = 0;
    // A copy of `count` lives inside the lambda; `mutable` lets it change.
    return [count]() mutable { return ++count; };
}

// ownlings: begin locked
int main() {
    std::function<int()> counter = makeCounter();
    std::cout << counter() << '\n';
    std::cout << counter() << '\n';
    std::cout << counter() << '\n';
    return 0;
}
// ownlings: end locked
