// move1.cpp: hand the playlist over without losing track of it.
//
// `std::move(x)` moves nothing by itself: it only lets the next constructor or
// assignment take x's insides. After that, x is "moved-from": still a valid
// object, but its contents are gone (or unspecified), so reading it is a bug.
// Rust would refuse to compile this with error E0382, "use of moved value".
//
// The program should print the archived playlist twice: once right after
// archiving, once in the summary. Fix the summary so that it prints the
// playlist that actually holds the songs.

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
    Playlist favourites{"Favourites", {"Clair de lune", "Hallelujah"}};
    Playlist archive = std::move(favourites);
    printPlaylist(archive);

    std::cout << "summary: ";
    // `archive` owns the songs now; `favourites` is moved-from.
    printPlaylist(archive);
    return 0;
}
