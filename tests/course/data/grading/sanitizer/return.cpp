#include <iostream>
const int& pick() { int local = 4; return local; }
int main() { const int& r = pick(); std::cout << r << '\n'; }
