// case: binding a const reference to a data member of a temporary (with `.`, not a getter) extends the whole temporary.
#include <iostream>
#include <string>
#include <utility>

struct Person {
    std::string name;
    int age = 0;
};

Person make_person() {
    return Person{"Barbara Liskov", 84};
}

std::pair<std::string, int> make_entry() {
    return {"answer", 42};
}

int main() {
    const std::string& name = make_person().name;
    const auto& [key, value] = make_entry();
    std::cout << name << ' ' << key << '=' << value << '\n';
}
