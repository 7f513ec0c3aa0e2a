// case: a helper prints a view of the string it got by reference, and only afterwards moves the string into the cabinet.
#include <iostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

void file_away(std::vector<std::string>& cabinet, std::string& note) {
    std::string_view title = std::string_view(note).substr(0, 12);
    std::cout << "filing " << title << '\n';
    cabinet.push_back(std::move(note));
    note.clear();
}

int main() {
    std::vector<std::string> cabinet;
    std::string note = "meeting notes from the ownership reading group";
    file_away(cabinet, note);
    std::cout << cabinet.size() << ' ' << note.size() << '\n';
}
