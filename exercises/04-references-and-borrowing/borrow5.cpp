// borrow5.cpp: the best score, and a surprise.
//
// `main` finds the best score and then prints all of them. It keeps the best
// so far in `best`, a reference to the first score. So every `best = score`
// also overwrites scores[0]: the list printed afterwards starts with 93, not
// with the 71 it was given.
//
// In Rust `best` would be a mutable borrow of `scores`, and reading `scores`
// in the loop while that borrow is live is refused (E0502). The
// `exclusive-mutable-borrow` rule is on. Fix `main` so that finding the best
// score does not change the list.

#include <iostream>
#include <vector>

int main() {
    std::vector<int> scores{71, 93, 88};
    int& best = scores[0];
    for (int score : scores) {
        if (score > best)
            best = score;
    }

    // ownlings: begin locked
    std::cout << "best: " << best << '\n';
    for (int score : scores)
        std::cout << score << '\n';
    return 0;
}
// ownlings: end locked
