// case: functions return lambdas that capture their locals and parameters by value.
#include <functional>
#include <iostream>
#include <string>

std::function<bool(int)> make_limit_check(int limit) {
    return [limit](int value) { return value <= limit; };
}

auto make_labeler(const std::string& unit) {
    std::string suffix = " " + unit;
    return [=](int amount) { return std::to_string(amount) + suffix; };
}

int main() {
    auto fits = make_limit_check(10);
    auto label = make_labeler("kg");
    std::cout << fits(7) << ' ' << label(3) << '\n';
}
