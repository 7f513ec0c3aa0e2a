// case: a std::thread declared before a block is started there on a lambda capturing a block-local vector by reference, and joined only after the block; the lambda escapes where it is handed to the outer thread.
#include <iostream>
#include <numeric>
#include <thread>
#include <vector>

int main() {
    int total = 0;
    std::thread worker;
    {
        std::vector<int> samples{4, 8, 15, 16, 23, 42};
        worker = std::thread([&samples, &total] { total = std::accumulate(samples.begin(), samples.end(), 0); }); // expect: escaping-reference-capture
    }
    worker.join();
    std::cout << total << '\n';
}
