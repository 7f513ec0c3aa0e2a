// case: an iterator to a list node is dereferenced after that node was erased.
#include <iostream>
#include <iterator>
#include <list>

int main() {
    std::list<int> tasks{7, 8, 9};
    auto current = std::next(tasks.begin());
    tasks.erase(current);
    std::cout << "erased task " << *current << '\n'; // expect: invalidated-reference
}
