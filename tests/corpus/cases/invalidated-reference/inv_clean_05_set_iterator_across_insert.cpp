// case: an iterator into a set is dereferenced after inserting other elements, which never invalidates set iterators.
#include <iostream>
#include <set>

int main() {
    std::set<int> primes{2, 3, 5, 7};
    auto five = primes.find(5);
    primes.insert(11);
    primes.insert(13);
    primes.emplace(1);
    if (five != primes.end()) {
        std::cout << "found " << *five << '\n';
    }
}
