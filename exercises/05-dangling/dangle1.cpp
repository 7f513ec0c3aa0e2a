// dangle1.cpp: the winner did not live long enough.
//
// `main` looks for the longest name. It keeps a pointer to the winner, but
// the winner is a string declared inside the loop body: it is destroyed at the
// end of every round, and the pointer is left dangling. Rust rejects the same
// code with E0597, "`candidate` does not live long enough".
//
// Make the winner outlive the loop. Either keep a pointer to a string that
// lives long enough (the names in the vector do), or keep a copy of the value.

#include <iostream>
#include <string>
#include <vector>

int main() {
    std::vector<std::string> names{"Ann", "Ferris", "Corro"};
    const std::string* longest = nullptr;
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::string candidate = names[i];
        if (longest == nullptr || candidate.size() > longest->size())
            longest = &candidate;
    }

    // ownlings: begin locked
    std::cout << "longest: " << *longest << '\n';
    return 0;
}
// ownlings: end locked
