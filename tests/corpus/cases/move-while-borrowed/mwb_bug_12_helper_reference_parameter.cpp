// case: a helper borrows a string_view of a string it got by reference, moves the string away, then prints the view.
#include <iostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

void file_away(std::vector<std::string>& cabinet, std::string& note) {
    std::string_view title = std::string_view(note).substr(0, 12);
    cabinet.push_back(std::move(note));
    std::cout << "filed " << title << '\n'; // expect: move-while-borrowed
}

int main() {
    std::vector<std::string> cabinet;
    std::string note = "meeting notes from the ownership reading group";
    file_away(cabinet, note);
    std::cout << cabinet.size() << '\n';
}
