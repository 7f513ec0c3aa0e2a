// case: a string_view of a profile's name member is printed after that member was moved out.
#include <iostream>
#include <string>
#include <string_view>
#include <utility>

struct Profile {
    std::string name;
    int level = 1;
};

int main() {
    Profile profile{"Ferris the friendly crab", 3};
    std::string_view name = profile.name;
    std::string badge = std::move(profile.name);
    std::cout << badge << '\n';
    std::cout << name << " at level " << profile.level << '\n'; // expect: move-while-borrowed
}
