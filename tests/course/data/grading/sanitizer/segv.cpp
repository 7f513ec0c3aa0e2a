#include <cstdio>
int main(int argc, char**) { int* p = reinterpret_cast<int*>(argc * 16); std::printf("%d\n", *p); }
