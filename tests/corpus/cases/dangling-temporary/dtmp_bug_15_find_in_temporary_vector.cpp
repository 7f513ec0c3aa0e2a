// case: std::find runs over a vector returned by value; the iterator it returns points into that temporary,
// which is destroyed at the end of the declaration.
#include <algorithm>
#include <iostream>
#include <vector>

std::vector<int> load_scores() { return {3, 1, 4}; }

int main() {
    auto found = std::find(load_scores().begin(), load_scores().end(), 4);
    std::cout << *found << '\n'; // expect: dangling-temporary
}
