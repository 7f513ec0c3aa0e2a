// A reference into a vector does not survive the vector growing.
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::vector<std::string> names = {"Ann"};
    const std::string& first = names[0];
    names.push_back("Bob");
    std::cout << first << '\n';
}
