// case: a shared_ptr is made from a unique_ptr's get() to pass the object to code that wants shared ownership.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct Track {
    std::string title;
};

int main() {
    auto track = std::make_unique<Track>(Track{"intro"});
    std::vector<std::shared_ptr<Track>> playlist;
    std::shared_ptr<Track> shared(track.get()); // expect: double-ownership
    playlist.push_back(shared);
    std::cout << playlist.front()->title << ' ' << track->title << '\n';
}
