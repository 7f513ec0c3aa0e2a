// case: a constructor moves its parameter into a member and then uses the member, not the parameter, in its body.
#include <cstddef>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

class Playlist {
public:
    Playlist(std::string title, std::vector<std::string> songs)
        : title_(std::move(title)), songs_(std::move(songs)) {
        std::cout << "created " << title_ << " with " << songs_.size() << " songs\n";
    }
    std::size_t length() const { return songs_.size(); }

private:
    std::string title_;
    std::vector<std::string> songs_;
};

int main() {
    Playlist road_trip("Road trip", {"Highway Star", "Radar Love"});
    std::cout << road_trip.length() << '\n';
}
