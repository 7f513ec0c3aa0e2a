// case: the data() of a string declared in a switch case block is passed to puts after the switch.
#include <cstdio>
#include <string>

int main(int argc, char**) {
    const char* label = "unknown";
    switch (argc) {
    case 1: {
        std::string text = "one argument: " + std::to_string(argc);
        label = text.data();
        break;
    }
    default:
        label = "several arguments";
        break;
    }
    std::puts(label); // expect: dangling-reference
}
