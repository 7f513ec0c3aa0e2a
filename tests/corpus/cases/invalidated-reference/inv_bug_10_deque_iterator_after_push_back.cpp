// case: an iterator into a deque is dereferenced after push_back, which invalidates every deque iterator.
#include <deque>
#include <iostream>

int main() {
    std::deque<int> jobs{1, 2, 3};
    auto next = jobs.begin();
    jobs.push_back(4);
    std::cout << "next job: " << *next << '\n'; // expect: invalidated-reference
}
