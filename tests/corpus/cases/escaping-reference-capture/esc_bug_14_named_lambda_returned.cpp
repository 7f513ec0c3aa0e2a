// case: a function builds a named [&] lambda over a local prefix and returns it as a std::function.
#include <functional>
#include <iostream>
#include <string>

std::function<void(int)> make_logger(const std::string& component) {
    std::string prefix = "[" + component + "] ";
    auto log = [&](int code) { std::cout << prefix << "code " << code << '\n'; };
    return log; // expect: escaping-reference-capture
}

int main() {
    auto log = make_logger("net");
    log(404);
}
