// dangle4.cpp: a loop over a temporary's member.
//
// `loadTeam()` returns a Team by value: a temporary. `members()` returns a
// reference into it. In a range-based `for`, only the whole expression after
// the colon gets its life extended, and that is the reference, not the Team.
// So the Team is destroyed before the first round of the loop, and the loop
// walks through freed memory. (C++23 fixed this; C++20 has not.)
//
// Give the team a name, so that it lives until the loop is done.

#include <iostream>
#include <string>
#include <vector>

class Team {
public:
    explicit Team(std::vector<std::string> names) : m_names(std::move(names)) {}
    const std::vector<std::string>& members() const { return m_names; }

private:
    std::vector<std::string> m_names;
};

Team loadTeam() {
    return Team({"Ferris", "Corro", "Ann"});
}

int main() {
    for (const std::string& member : loadTeam().members())
        std::cout << member << '\n';
    return 0;
}
