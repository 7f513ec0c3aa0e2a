// inval2.cpp: erasing while iterating.
//
// `removeNegative` walks through the vector and erases every negative number.
// But `erase` invalidates the iterator it was given (and every one after it),
// and the loop goes on to increment and compare that very iterator.
//
// Fix the loop. `erase` returns an iterator to the element after the erased
// one: use it. Or let the library do the whole job: C++20's std::erase_if
// (Rust: `v.retain(...)`).

#include <vector>

// ownlings: begin locked (the signature the tests call)
void removeNegative(std::vector<int>& numbers)
// ownlings: end locked
{
    for (auto it = numbers.begin(); it != numbers.end(); ++it) {
        if (*it < 0)
            numbers.erase(it);
    }
}
