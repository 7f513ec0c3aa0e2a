// case: lambdas capturing the for-loop counter by reference are collected and called after the loop ended.
#include <functional>
#include <iostream>
#include <vector>

int main() {
    std::vector<std::function<int()>> squares;
    for (int i = 1; i <= 3; ++i) {
        squares.emplace_back([&i] { return i * i; }); // expect: escaping-reference-capture
    }
    for (const auto& square : squares) std::cout << square() << '\n';
}
