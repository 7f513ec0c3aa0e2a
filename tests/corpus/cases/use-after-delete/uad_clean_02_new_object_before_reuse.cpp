// case: after delete, the pointer is given a new object before it is used again (no use-after-delete).
#include <iostream>
#include <string>

struct Level {
    std::string name;
    int enemies = 0;
};

int main() {
    Level* level = new Level{"forest", 3}; // expect: raw-owning-pointer
    std::cout << level->name << '\n';
    delete level; // expect: raw-owning-pointer
    level = new Level{"castle", 9}; // expect: raw-owning-pointer
    std::cout << level->name << ' ' << level->enemies << '\n';
    delete level; // expect: raw-owning-pointer
}
