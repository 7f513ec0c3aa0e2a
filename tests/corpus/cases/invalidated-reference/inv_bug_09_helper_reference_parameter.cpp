// case: a helper takes a vector by reference, keeps a reference to its first element and reads it after push_back.
#include <iostream>
#include <vector>

void append_doubles(std::vector<int>& values) {
    const int& first = values.front();
    values.push_back(first * 2);
    std::cout << "first is still " << first << '\n'; // expect: invalidated-reference
}

int main() {
    std::vector<int> values{1, 2, 3};
    append_doubles(values);
    std::cout << values.size() << '\n';
}
