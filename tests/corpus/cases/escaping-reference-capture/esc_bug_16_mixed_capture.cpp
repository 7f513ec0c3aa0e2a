// case: a returned lambda copies most locals with [=] but captures the local log vector by reference.
#include <functional>
#include <iostream>
#include <vector>

std::function<std::size_t(int)> make_recorder(int factor) {
    std::vector<int> log;
    return [=, &log](int value) { // expect: escaping-reference-capture
        log.push_back(value * factor);
        return log.size();
    };
}

int main() {
    auto record = make_recorder(2);
    record(1);
    std::cout << record(5) << '\n';
}
