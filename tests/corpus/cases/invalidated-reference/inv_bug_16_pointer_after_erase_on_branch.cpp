// case: a pointer to the first player is used after the first player may have been erased on a branch.
#include <iostream>
#include <string>
#include <vector>

struct Player {
    std::string name;
    int score = 0;
};

int main(int argc, char**) {
    std::vector<Player> team{{"ann", 3}, {"bob", 5}};
    const Player* leader = &team[0];
    if (argc > 1) {
        team.erase(team.begin());
    }
    std::cout << leader->name << '\n'; // expect: invalidated-reference
}
