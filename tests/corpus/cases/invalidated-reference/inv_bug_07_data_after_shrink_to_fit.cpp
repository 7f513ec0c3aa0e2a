// case: a raw pointer from data() is read after pop_back and shrink_to_fit released the old buffer.
#include <iostream>
#include <vector>

int main() {
    std::vector<double> samples{1.5, 2.5, 3.5, 4.5};
    const double* raw = samples.data();
    samples.pop_back();
    samples.shrink_to_fit();
    std::cout << raw[0] << '\n'; // expect: invalidated-reference
}
