// case: a thread pool declared outside a block runs [&] lambdas over block-local data, and every thread is joined and cleared inside the block.
#include <iostream>
#include <string>
#include <thread>
#include <vector>

int main() {
    std::vector<std::thread> pool;
    for (int batch = 0; batch < 2; ++batch) {
        std::string label = "batch " + std::to_string(batch);
        pool.emplace_back([&label] { std::cout << label << " running\n"; });
        for (auto& t : pool) t.join();
        pool.clear();
    }
    std::cout << "all batches done\n";
}
