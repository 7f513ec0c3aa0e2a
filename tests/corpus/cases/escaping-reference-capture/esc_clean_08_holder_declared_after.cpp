// case: a std::function holding a [&] lambda is declared after the local it captures, in the same block, and used only there.
#include <functional>
#include <iostream>
#include <string>

int main() {
    {
        std::string greeting = "hello";
        std::function<void(const std::string&)> greet = [&greeting](const std::string& who) {
            std::cout << greeting << ", " << who << '\n';
        };
        greet("ann");
        greet("bob");
    }
    std::cout << "done\n";
}
