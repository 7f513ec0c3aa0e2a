// raii2.cpp: let a type own the player.
//
// This program is correct: every `new` has its `delete`. It is also fragile:
// an early return or an exception between them leaks the Player, and a second
// `delete` somewhere else frees it twice. The `raw-owning-pointer` rule is on
// for this exercise: it reports every owning `new` and every `delete`.
//
// Rewrite `main` without `new` and `delete`. The Player does not even need
// the heap; if you want it there anyway, use std::make_unique. The output must
// stay the same.

#include <iostream>
#include <string>

struct Player {
    std::string name;
    int score = 0;
};

void printPlayer(const Player& player) {
    std::cout << player.name << ": " << player.score << '\n';
}

int main() {
    Player* player = new Player{"Ferris", 0};
    player->score += 10;
    printPlayer(*player);
    delete player;
    return 0;
}
