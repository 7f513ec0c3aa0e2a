// case: a pointer to a song is used after the song was moved into a playlist with push_back(std::move(...)).
#include <iostream>
#include <string>
#include <utility>
#include <vector>

struct Song {
    std::string title;
    int seconds = 0;
};

int main() {
    std::vector<Song> playlist;
    Song song{"Bohemian Rhapsody (remastered version)", 354};
    const Song* now_playing = &song;
    playlist.push_back(std::move(song));
    std::cout << "now playing " << now_playing->title << '\n'; // expect: move-while-borrowed
}
