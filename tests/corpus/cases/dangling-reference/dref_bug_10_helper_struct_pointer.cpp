// case: a helper builds a Stats object that points at a vector local to an inner block; the stats are printed after it.
#include <cstddef>
#include <iostream>
#include <numeric>
#include <vector>

struct Stats {
    const std::vector<int>* values = nullptr;
    int sum() const { return std::accumulate(values->begin(), values->end(), 0); }
};

Stats make_stats(const std::vector<int>& values) {
    return Stats{&values};
}

int main() {
    Stats stats;
    {
        std::vector<int> temperatures{12, 15, 9};
        stats = make_stats(temperatures);
        std::cout << "first sum " << stats.sum() << '\n';
    }
    std::cout << "sum " << stats.sum() << '\n'; // expect: dangling-reference
}
