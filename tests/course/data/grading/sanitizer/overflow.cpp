#include <vector>
#include <cstdio>
int main() {
    int* a = new int[10];
    a[10] = 3;
    std::printf("%d\n", a[0]);
    delete[] a;
}
