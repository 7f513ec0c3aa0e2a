// case: a moved-from vector is reused with push_back without clear() first, so it starts from an unspecified state.
#include <iostream>
#include <utility>
#include <vector>

int main() {
    std::vector<std::vector<int>> batches;
    std::vector<int> batch{1, 2, 3};
    batches.push_back(std::move(batch));
    batch.push_back(4); // expect: use-after-move
    batches.push_back(std::move(batch));
    std::cout << batches.size() << '\n';
}
