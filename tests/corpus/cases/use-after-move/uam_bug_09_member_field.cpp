// case: the name member of a struct is moved out and then read through the same member.
#include <iostream>
#include <string>
#include <utility>

struct Employee {
    std::string name;
    int id = 0;
};

int main() {
    Employee emp{"Grace Hopper", 7};
    std::string badge = std::move(emp.name);
    std::cout << badge << '\n';
    std::cout << "employee " << emp.id << ": " << emp.name << '\n'; // expect: use-after-move
}
