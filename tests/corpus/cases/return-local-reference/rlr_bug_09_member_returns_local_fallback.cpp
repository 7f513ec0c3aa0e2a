// case: a member function returns a reference to its member normally but to a local fallback string when the list is empty.
#include <iostream>
#include <string>
#include <vector>

class Playlist {
public:
    void add(const std::string& song) { songs_.push_back(song); }
    const std::string& current() const {
        const std::string nothing = "(nothing playing)";
        if (songs_.empty()) return nothing; // expect: return-local-reference
        return songs_.front();
    }

private:
    std::vector<std::string> songs_;
};

int main() {
    Playlist list;
    std::cout << list.current() << '\n';
    list.add("Bohemian Rhapsody");
    std::cout << list.current() << '\n';
}
