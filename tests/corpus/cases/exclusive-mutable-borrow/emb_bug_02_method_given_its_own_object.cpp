// case: a playlist appends another playlist through a non-const method, and is passed itself as the other one.
#include <iostream>
#include <string>
#include <vector>

struct Playlist {
    std::vector<std::string> songs;

    void append_all(const Playlist& other) {
        for (const std::string& song : other.songs)
            songs.push_back(song);
    }
};

int main() {
    Playlist mix{{"intro", "theme"}};
    mix.append_all(mix); // expect: exclusive-mutable-borrow
    std::cout << mix.songs.size() << '\n';
}
