// case: a string is moved into a function that returns a new string, and only the returned value is used afterwards.
#include <cctype>
#include <iostream>
#include <string>
#include <utility>

std::string to_upper(std::string text) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

int main() {
    std::string word = "ownership";
    std::string loud = to_upper(std::move(word));
    std::cout << loud << " has " << loud.size() << " letters\n";
}
