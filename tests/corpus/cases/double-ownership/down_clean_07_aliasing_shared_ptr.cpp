// case: the aliasing constructor makes a shared_ptr to a member that shares the owner's control block.
#include <iostream>
#include <memory>
#include <string>

struct Profile {
    std::string name = "ann";
    int age = 31;
};

int main() {
    auto profile = std::make_shared<Profile>();
    std::shared_ptr<int> age(profile, &profile->age);
    std::shared_ptr<std::string> name(profile, &profile->name);
    std::cout << *name << ' ' << *age << ' ' << profile.use_count() << '\n';
}
