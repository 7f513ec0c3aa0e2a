// case: a pointer and an iterator to one element are used to change that element's own vector member;
// the outer vector never changes size, so both stay valid.
#include <iostream>
#include <string>
#include <vector>

struct Player {
    std::string name;
    std::vector<int> scores;
};

int main() {
    std::vector<Player> team(2);
    Player* best = &team[0];
    best->scores.push_back(3);
    best->name += "ann";
    std::cout << best->name << best->scores.size() << '\n';

    auto last = team.end() - 1;
    last->scores.push_back(7);
    std::cout << last->scores.back() << '\n';
}
