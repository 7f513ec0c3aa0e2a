// case: a std::thread is moved into a vector and then joined through the moved-from local.
#include <iostream>
#include <thread>
#include <utility>
#include <vector>

void work(int id) {
    std::cout << "worker " << id << " done\n";
}

int main() {
    std::vector<std::thread> pool;
    std::thread first(work, 1);
    pool.push_back(std::move(first));
    first.join(); // expect: use-after-move
    for (std::thread& t : pool) t.join();
}
