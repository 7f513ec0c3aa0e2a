// case: an iterator and a pointer are taken again after push_back instead of reusing the stale ones.
#include <iostream>
#include <vector>

int main() {
    std::vector<int> values{1, 2, 3};
    auto it = values.cbegin();
    const int* last = &values.back();
    std::cout << *it << ' ' << *last << '\n';
    values.push_back(4);
    it = values.cbegin();
    last = &values.back();
    std::cout << *it << ' ' << *last << '\n';
}
