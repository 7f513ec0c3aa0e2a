// case: returned [&] lambdas only name a function-local static and a global, which are not captured at all.
#include <functional>
#include <iostream>

int g_requests = 0;

std::function<int()> make_id_source() {
    static int next_id = 100;
    return [&] { ++g_requests; return next_id++; };
}

int main() {
    auto next = make_id_source();
    next();
    std::cout << next() << ' ' << g_requests << '\n';
}
