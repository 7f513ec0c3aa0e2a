// case: a view returned by a member function of a block-local object is printed after the object is destroyed.
#include <iostream>
#include <string>
#include <string_view>
#include <utility>

class Person {
public:
    explicit Person(std::string name) : name_(std::move(name)) {}
    std::string_view first_name() const { return std::string_view(name_).substr(0, name_.find(' ')); }

private:
    std::string name_;
};

int main() {
    std::string_view first;
    {
        const Person author("Grace Hopper");
        first = author.first_name();
    }
    std::cout << "Hello, " << first << '\n'; // expect: dangling-reference
}
