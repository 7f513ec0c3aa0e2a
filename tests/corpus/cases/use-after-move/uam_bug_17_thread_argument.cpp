// case: a vector is moved into a worker thread's argument list and the main thread reads it after join.
#include <algorithm>
#include <iostream>
#include <thread>
#include <utility>
#include <vector>

void sort_and_print(std::vector<int> values) {
    std::sort(values.begin(), values.end());
    for (int v : values) std::cout << v << ' ';
    std::cout << '\n';
}

int main() {
    std::vector<int> samples{5, 3, 9, 1};
    std::thread worker(sort_and_print, std::move(samples));
    worker.join();
    std::cout << "samples left: " << samples.size() << '\n'; // expect: use-after-move
}
