// case: one member of a struct is moved out and only its sibling members are used afterwards.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

struct Ticket {
    std::string title;
    std::vector<std::string> labels;
    int priority = 0;
};

int main() {
    Ticket ticket{"Crash on startup", {"bug", "urgent"}, 1};
    std::vector<std::string> board = std::move(ticket.labels);
    // `labels` is gone, but `title` and `priority` were never moved.
    std::cout << ticket.title << " (priority " << ticket.priority << ")\n";
    std::cout << board.size() << '\n';
}
