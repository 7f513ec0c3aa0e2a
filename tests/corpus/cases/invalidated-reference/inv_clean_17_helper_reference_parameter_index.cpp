// case: a helper that takes a vector by reference re-reads the element by index after push_back instead of keeping a reference.
#include <iostream>
#include <vector>

void append_double_of_first(std::vector<int>& values) {
    values.push_back(values.front() * 2);
    std::cout << "first is " << values.front() << ", last is " << values.back() << '\n';
}

int main() {
    std::vector<int> values{1, 2, 3};
    append_double_of_first(values);
    std::cout << values.size() << '\n';
}
