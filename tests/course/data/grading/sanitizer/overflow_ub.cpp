#include <climits>
#include <cstdio>
int add(int a, int b) { return a + b; }
int main() {
    int big = INT_MAX;
    std::printf("%d\n", add(big, 1));
}
