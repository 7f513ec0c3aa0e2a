// case: a thread running a [&] lambda over local data is joined before the data goes out of scope.
#include <iostream>
#include <numeric>
#include <thread>
#include <vector>

int sum_in_background() {
    std::vector<int> data{1, 2, 3, 4, 5};
    int total = 0;
    std::thread worker([&data, &total] { total = std::accumulate(data.begin(), data.end(), 0); });
    worker.join();
    return total;
}

int main() {
    std::cout << sum_in_background() << '\n';
}
