// case: [&] lambdas are passed to helpers that call them synchronously and do not keep them.
#include <functional>
#include <iostream>
#include <string>

bool retry(int attempts, const std::function<bool()>& action) {
    for (int i = 0; i < attempts; ++i)
        if (action()) return true;
    return false;
}

template <class F>
void repeat(int n, F&& body) {
    for (int i = 0; i < n; ++i) body(i);
}

int main() {
    int tries = 0;
    bool ok = retry(5, [&tries] { return ++tries == 3; });
    std::string trace;
    repeat(3, [&](int i) { trace += std::to_string(i); });
    std::cout << ok << ' ' << tries << ' ' << trace << '\n';
}
