// case: a function declared to return const std::string& returns a concatenation, which is a temporary.
#include <iostream>
#include <string>

struct Person {
    std::string first;
    std::string last;
};

const std::string& full_name(const Person& p) {
    return p.first + " " + p.last; // expect: return-local-reference
}

int main() {
    const Person p{"Alan", "Turing"};
    std::cout << full_name(p) << '\n';
}
