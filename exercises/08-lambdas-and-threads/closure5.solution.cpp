// closure5.cpp: a future that outlives its data.
//
// `startSum` starts adding up numbers in the background with std::async and
// returns the future, so that the caller can collect the result later. The
// task's lambda captures `numbers` by reference, but `numbers` is a local of
// `startSum`: when the caller calls `.get()`, the task may still be reading a
// vector that no longer exists.
//
// Hand the numbers over to the task, so that it owns them. (Moving them in
// costs nothing: no copy of the vector is needed.)

#include <future>
#include <iostream>
#include <numeric>
#include <utility>
#include <vector>

std::future<int> startSum(int count) {
    std::vector<int> numbers(count);
    std::iota(numbers.begin(), numbers.end(), 1);
    // Rust's `move ||`: the task owns the vector.
    return std::async(std::launch::async, [numbers = std::move(numbers)] {
        return std::accumulate(numbers.begin(), numbers.end(), 0);
    });
}

// ownlings: begin locked
int main() {
    std::future<int> sum = startSum(100);
    std::cout << sum.get() << '\n';
    return 0;
}
// ownlings: end locked
