// case: a std::thread declared before a block is started there on a lambda capturing a block-local vector by reference, and joined only after the block.
#include <iostream>
#include <numeric>
#include <thread>
#include <vector>

int main() {
    int total = 0;
    std::thread worker; // expect: escaping-reference-capture
    {
        std::vector<int> samples{4, 8, 15, 16, 23, 42};
        worker = std::thread([&samples, &total] { total = std::accumulate(samples.begin(), samples.end(), 0); });
    }
    worker.join();
    std::cout << total << '\n';
}
