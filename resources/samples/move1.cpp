// move1.cpp: hand a playlist over to the archive without losing track of it.
//
// `std::move(x)` moves nothing by itself: it only lets the next constructor or
// assignment steal x's insides. After that, x is "moved-from": still a valid
// object, but its contents are gone (or unspecified), so reading it again is a
// bug. Rust would refuse to compile this with error E0382, "use of moved value".
//
// Press Ctrl+Return to check the file, then read the finding below the line.

#include <iostream>
#include <string>
#include <utility>
#include <vector>

struct Playlist {
    std::string name;
    std::vector<std::string> songs;
};

void printPlaylist(const Playlist& playlist) {
    std::cout << playlist.name << ": " << playlist.songs.size() << " songs\n";
}

int main() {
    Playlist favourites{"Favourites", {"Clair de lune", "Hallelujah", "Hey Jude"}};
    Playlist archive = std::move(favourites);

    printPlaylist(archive);
    // TODO: `favourites` was moved into `archive` above, so this prints an
    // empty playlist. Print `archive` instead, or keep a copy of `favourites`
    // (without std::move) if you still need both.
    printPlaylist(favourites);
    return 0;
}
