// case: a returned lambda captures by reference only a parameter that is itself a reference to the caller's vector.
#include <functional>
#include <iostream>
#include <vector>

std::function<void(int)> make_appender(std::vector<int>& out) {
    return [&out](int value) { out.push_back(value); };
}

int main() {
    std::vector<int> collected;
    auto append = make_appender(collected);
    append(1);
    append(2);
    std::cout << collected.size() << '\n';
}
