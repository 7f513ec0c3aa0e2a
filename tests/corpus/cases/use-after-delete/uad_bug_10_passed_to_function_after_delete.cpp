// case: a deleted pointer is passed on to a printing function.
#include <iostream>
#include <string>

struct Student {
    std::string name;
    int grade = 0;
};

void print_student(const Student* s) {
    std::cout << s->name << ": " << s->grade << '\n';
}

int main() {
    Student* top = new Student{"Barbara", 98}; // expect: raw-owning-pointer
    print_student(top);
    delete top; // expect: raw-owning-pointer
    print_student(top); // expect: use-after-delete
}
