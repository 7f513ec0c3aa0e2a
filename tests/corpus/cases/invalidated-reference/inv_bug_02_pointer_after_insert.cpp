// case: a pointer to an element is dereferenced after insert at the front shifted every element.
#include <iostream>
#include <vector>

int main() {
    std::vector<int> queue{10, 20, 30};
    const int* second = &queue[1];
    queue.insert(queue.begin(), 5);
    std::cout << "second was " << *second << '\n'; // expect: invalidated-reference
}
