// case: a factory returns an auto-typed lambda that captures its local threshold by reference.
#include <iostream>
#include <vector>

auto make_filter(int base) {
    int threshold = base * 10;
    return [&threshold](int value) { return value > threshold; }; // expect: escaping-reference-capture
}

int main() {
    auto is_big = make_filter(3);
    std::vector<int> values{5, 25, 45};
    for (int v : values) {
        std::cout << v << (is_big(v) ? " big\n" : " small\n");
    }
}
