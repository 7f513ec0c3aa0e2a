// move3.cpp: a move that copies.
//
// The author wanted to put the title on the shelf without copying it, so they
// wrote std::move. But `title` is const, and a move must change its source (it
// leaves it empty), so overload resolution quietly picks the copy constructor.
// The code says "move" and does a copy. The `move-of-const` rule is on.
//
// Make the code say what it does: either let it really move, or let it copy
// without pretending otherwise. The program must still print the shelf.

#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> shelf;
    const std::string title = "The Rust Programming Language";
    shelf.push_back(std::move(title));

    // ownlings: begin locked
    for (const std::string& book : shelf)
        std::cout << book << '\n';
    return 0;
}
// ownlings: end locked
