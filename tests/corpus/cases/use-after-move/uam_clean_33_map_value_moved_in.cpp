// case: per-team member lists are built in a local vector, moved into a map, and the vector is cleared before the next team.
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>

int main() {
    const std::vector<std::string> roster{"red:ann", "red:bob", "blue:cid"};
    std::map<std::string, std::vector<std::string>> teams;
    std::vector<std::string> members;
    std::string team = "red";
    for (const std::string& entry : roster) {
        std::string entry_team = entry.substr(0, entry.find(':'));
        if (entry_team != team) {
            teams[team] = std::move(members);
            members.clear();
            team = entry_team;
        }
        members.push_back(entry.substr(entry.find(':') + 1));
    }
    teams[team] = std::move(members);
    std::cout << teams.size() << " teams, red has " << teams["red"].size() << '\n';
}
