// case: a pointer chosen inside a loop points into a global array, which lives for the whole program.
#include <iostream>
#include <string>

struct Level {
    std::string name;
    int threshold;
};

const Level levels[] = {{"bronze", 10}, {"silver", 50}, {"gold", 100}};

int main() {
    const int points = 64;
    const Level* reached = nullptr;
    for (const Level& level : levels) {
        if (points >= level.threshold) {
            reached = &level;
        }
    }
    if (reached) std::cout << "reached " << reached->name << '\n';
}
