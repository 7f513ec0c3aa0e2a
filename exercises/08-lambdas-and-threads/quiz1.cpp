// Does this program pass the checker? If not, on which line is the finding?

#include <iostream>
#include <thread>
#include <vector>

int sum(int from, int to) {
    int total = 0;
    for (int n = from; n <= to; ++n)
        total += n;
    return total;
}

int main() {
    std::vector<int> totals(2);
    {
        std::jthread low([&] { totals[0] = sum(1, 50); });
        std::jthread high([&] { totals[1] = sum(51, 100); });
    }
    std::cout << totals[0] + totals[1] << '\n';
    return 0;
}
