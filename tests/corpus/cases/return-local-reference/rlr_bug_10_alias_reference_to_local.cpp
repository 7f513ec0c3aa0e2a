// case: a function returns a local reference variable that is bound to a local string, so it still returns the local.
#include <iostream>
#include <string>

const std::string& shortest(const std::string& a, const std::string& b) {
    const std::string joined = a + b;
    const std::string& result = a.empty() || b.empty() ? joined : (a.size() < b.size() ? a : b);
    return result; // expect: return-local-reference
}

int main() {
    const std::string x = "stack";
    const std::string y = "heap";
    std::cout << shortest(x, y) << '\n';
}
