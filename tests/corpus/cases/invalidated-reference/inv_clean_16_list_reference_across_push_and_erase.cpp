// case: a reference to one list element survives push_back and erasing a different element, since list nodes never move.
#include <iostream>
#include <iterator>
#include <list>
#include <string>

int main() {
    std::list<std::string> playlist{"intro", "verse", "chorus"};
    const std::string& opening = playlist.front();
    playlist.push_back("outro");
    playlist.push_front("count-in");
    playlist.erase(std::prev(playlist.end()));
    std::cout << "opening: " << opening << '\n';
}
