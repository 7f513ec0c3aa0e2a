// case: each element of the by-value vector is changed through a reference before it is printed.
#include <iostream>
#include <vector>

void print_doubled(std::vector<int> values) {
    for (int& value : values)
        value *= 2;
    for (int value : values)
        std::cout << value << ' ';
    std::cout << '\n';
}

int main() {
    std::vector<int> values{1, 2, 3};
    print_doubled(values);
    std::cout << values[0] << '\n';
}
