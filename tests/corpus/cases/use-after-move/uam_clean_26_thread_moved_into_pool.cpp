// case: threads are moved into a vector and joined through the vector; the moved-from locals are never touched again.
#include <iostream>
#include <thread>
#include <utility>
#include <vector>

void work(int id) {
    std::cout << "worker " << id << '\n';
}

int main() {
    std::vector<std::thread> pool;
    for (int id = 0; id < 3; ++id) {
        std::thread worker(work, id);
        pool.push_back(std::move(worker));
    }
    for (std::thread& t : pool) t.join();
    std::cout << pool.size() << " workers joined\n";
}
