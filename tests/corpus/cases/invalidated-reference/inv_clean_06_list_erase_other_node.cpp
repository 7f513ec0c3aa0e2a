// case: an iterator to the first list node stays valid when a different node, reached with std::next, is erased.
#include <iostream>
#include <iterator>
#include <list>

int main() {
    std::list<int> tasks{1, 2, 3, 4};
    auto first = tasks.begin();
    auto third = std::next(first, 2);
    tasks.erase(third);
    std::cout << "first task is still " << *first << '\n';
}
