// smart2.cpp: two owners for one texture.
//
// `raw` points at a Texture made with `new`, and two std::unique_ptr are built
// from it. Each believes it is the only owner, and each deletes the texture
// when it goes away: a double delete at the end of `main`. A raw pointer
// cannot tell an owner that it already has one.
//
// Give the texture exactly one owner, created together with it. The second
// name only needs to look at the texture, so let it borrow.

#include <iostream>
#include <memory>

struct Texture {
    int id = 0;
};

int main() {
    auto atlas = std::make_unique<Texture>(Texture{7}); // the one owner
    const Texture* preview = atlas.get();                // a borrow

    // ownlings: begin locked
    std::cout << "atlas " << atlas->id << '\n';
    std::cout << "preview " << preview->id << '\n';
    return 0;
}
// ownlings: end locked
