// case: a const char* and a string_view set in switch cases point to string literals, which never die.
#include <cstdio>
#include <iostream>
#include <string_view>

int main(int argc, char**) {
    const char* label = nullptr;
    std::string_view hint;
    switch (argc) {
    case 1: {
        const char* single = "one argument";
        label = single;
        hint = "try --help";
        break;
    }
    default:
        label = "several arguments";
        hint = "arguments are ignored";
        break;
    }
    std::puts(label);
    std::cout << hint << '\n';
}
