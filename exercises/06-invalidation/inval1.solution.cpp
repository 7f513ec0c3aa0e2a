// inval1.cpp: the leader moved out.
//
// `main` keeps a reference to the leader of a ranking, then adds a late
// entry. `push_back` may need a bigger block of memory: then it moves every
// element there and frees the old block, and `leader` refers to freed memory.
// Rust refuses with E0502: `ranking` cannot be changed while it is borrowed.
//
// Make sure `leader` never refers into the old block. You may reorder the
// code, or take the reference again after the change, or keep an index.

#include <iostream>
#include <string>
#include <vector>

int main() {
    std::vector<std::string> ranking{"Ferris", "Corro"};
    ranking.push_back("Ann");
    // Borrowed after the last change: nothing can move it any more.
    const std::string& leader = ranking[0];

    // ownlings: begin locked
    std::cout << "leader: " << leader << '\n';
    std::cout << "entries: " << ranking.size() << '\n';
    return 0;
}
// ownlings: end locked
