// case: a pointer to the first player is kept across a call that reads the whole roster, then written through.
#include <iostream>
#include <string>
#include <vector>

struct Player {
    std::string name;
    int score = 0;
};

void print_roster(const std::vector<Player>& players) {
    for (const Player& p : players)
        std::cout << p.name << ": " << p.score << '\n';
}

int main() {
    std::vector<Player> players{{"Ada", 3}, {"Linus", 5}};
    Player* current = &players[0];
    current->score += 2;
    print_roster(players); // expect: exclusive-mutable-borrow
    current->score += 1;
}
