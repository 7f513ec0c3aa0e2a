// closure4.cpp: a filter that remembers its limit.
//
// `makeFilter` returns a predicate that accepts values up to `limit`.
// `limit` is a parameter taken by value: a local of `makeFilter`, destroyed
// when it returns. The lambda captures it by reference, so every call of the
// returned filter reads a dead variable.
//
// Let the lambda keep its own copy. Then finish `countAccepted`, which counts
// the values a filter accepts.

#include <cstddef>
#include <functional>
#include <vector>

// ownlings: begin locked (the signatures the tests call)
std::function<bool(int)> makeFilter(int limit);
std::size_t countAccepted(const std::vector<int>& values,
                          const std::function<bool(int)>& accept);
// ownlings: end locked

std::function<bool(int)> makeFilter(int limit) {
    return [&limit](int value) { return value <= limit; };
}

std::size_t countAccepted(const std::vector<int>& values,
                          const std::function<bool(int)>& accept) {
    (void)values;
    (void)accept;
    return 0;
}
