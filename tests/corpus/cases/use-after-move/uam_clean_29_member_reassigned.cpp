// case: a member is moved out of a struct and given a new value before the whole struct is passed on.
#include <iostream>
#include <string>
#include <utility>

struct Profile {
    std::string nickname;
    int level = 1;
};

void show(const Profile& p) {
    std::cout << p.nickname << " (level " << p.level << ")\n";
}

int main() {
    Profile profile{"rustacean", 3};
    std::string old_nickname = std::move(profile.nickname);
    profile.nickname = "crab";
    show(profile);
    std::cout << "was " << old_nickname << '\n';
}
