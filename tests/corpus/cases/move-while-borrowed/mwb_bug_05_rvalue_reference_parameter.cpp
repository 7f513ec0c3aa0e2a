// case: a string_view of a name is used after the name was handed to a function that takes std::string&& and moves it.
#include <iostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

void enroll(std::vector<std::string>& roster, std::string&& name) {
    roster.push_back(std::move(name));
}

int main() {
    std::vector<std::string> roster;
    std::string name = "Grace Brewster Murray Hopper";
    std::string_view initial = std::string_view(name).substr(0, 5);
    enroll(roster, std::move(name));
    std::cout << "enrolled " << initial << '\n'; // expect: move-while-borrowed
}
