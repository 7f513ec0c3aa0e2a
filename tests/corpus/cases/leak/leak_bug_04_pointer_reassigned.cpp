// case: a raw pointer holding the only reference to one allocation is overwritten by a second new.
#include <iostream>
#include <string>

struct Message {
    std::string text;
};

int main() {
    Message* current = new Message{"first"}; // expect: raw-owning-pointer
    std::cout << current->text << '\n';
    current = new Message{"second"}; // expect: leak,raw-owning-pointer
    std::cout << current->text << '\n';
    delete current; // expect: raw-owning-pointer
}
