// case: an iterator from std::max_element into a vector local to a block is dereferenced after the block.
#include <algorithm>
#include <iostream>
#include <vector>

int main() {
    std::vector<int>::const_iterator best;
    {
        const std::vector<int> scores{72, 95, 88};
        best = std::max_element(scores.begin(), scores.end());
    }
    std::cout << "best score: " << *best << '\n'; // expect: dangling-reference
}
