// case: a class stores a const reference member bound to a temporary string passed to its constructor, then uses it later.
#include <iostream>
#include <string>

class Greeter {
public:
    explicit Greeter(const std::string& name) : name_(name) {}
    void greet() const { std::cout << "Hello, " << name_ << "!\n"; }

private:
    const std::string& name_;
};

int main() {
    const std::string first = "Ada";
    const Greeter greeter(first + " Lovelace");
    greeter.greet(); // expect: dangling-temporary
}
