#include <cstdio>

int main() {
    for (;;)
        std::fputs("all work and no play makes a flood of output\n", stdout);
}
