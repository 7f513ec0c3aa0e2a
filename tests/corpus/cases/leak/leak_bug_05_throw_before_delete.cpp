// case: a function throws on invalid input after allocating, so the delete at the end is skipped.
#include <iostream>
#include <stdexcept>
#include <vector>

struct Matrix {
    std::vector<double> cells;
};

double trace(int size) {
    Matrix* m = new Matrix; // expect: raw-owning-pointer
    if (size <= 0) {
        throw std::invalid_argument("size must be positive"); // expect: leak
    }
    m->cells.assign(static_cast<std::size_t>(size * size), 1.0);
    double sum = 0;
    for (int i = 0; i < size; ++i) sum += m->cells[static_cast<std::size_t>(i * size + i)];
    delete m; // expect: raw-owning-pointer
    return sum;
}

int main() {
    try {
        std::cout << trace(3) << '\n';
        std::cout << trace(0) << '\n';
    } catch (const std::invalid_argument& e) {
        std::cout << e.what() << '\n';
    }
}
