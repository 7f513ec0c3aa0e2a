// closure3.cpp: a thread that nobody waits for.
//
// `main` adds up numbers on a worker thread. The thread's lambda borrows
// `numbers` and `total`, and then the thread is detached: nobody waits for it.
// The sleep makes it likely that the thread finishes first, but nothing
// guarantees it; if `main` returns first, the thread writes to dead locals.
// Rust's thread::spawn refuses a closure that borrows locals (E0373).
//
// Make sure the thread has finished before `total` is printed, without
// relying on timing.

#include <chrono>
#include <iostream>
#include <thread>
#include <vector>

int main() {
    std::vector<int> numbers{1, 2, 3, 4};
    int total = 0;
    std::thread worker([&] {
        for (int n : numbers)
            total += n;
    });
    worker.detach();
    std::this_thread::sleep_for(std::chrono::milliseconds(100));

    // ownlings: begin locked
    std::cout << total << '\n';
    return 0;
}
// ownlings: end locked
