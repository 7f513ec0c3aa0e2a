// case: a moved-from vector is cleared before it is filled again, which gives it a known empty state.
#include <iostream>
#include <utility>
#include <vector>

int main() {
    std::vector<std::vector<int>> batches;
    std::vector<int> batch;
    for (int i = 1; i <= 6; ++i) {
        batch.push_back(i);
        if (batch.size() == 3) {
            batches.push_back(std::move(batch));
            batch.clear();
        }
    }
    std::cout << batches.size() << " full batches, " << batch.size() << " left over\n";
}
