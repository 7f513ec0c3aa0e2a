// case: member functions use [this] lambdas that run at once, inside std::for_each and a local helper.
#include <algorithm>
#include <iostream>
#include <vector>

class Stats {
public:
    void add_all(const std::vector<int>& values) {
        std::for_each(values.begin(), values.end(), [this](int v) { total_ += v; });
        auto bump = [this] { ++batches_; };
        bump();
    }

    void print() const { std::cout << total_ << " in " << batches_ << " batches\n"; }

private:
    int total_ = 0;
    int batches_ = 0;
};

int main() {
    Stats stats;
    stats.add_all({1, 2, 3});
    stats.add_all({4});
    stats.print();
}
