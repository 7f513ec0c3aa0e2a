// case: a constructor takes a temporary string by const reference but copies it into a member; only the team is kept by pointer.
#include <iostream>
#include <string>

struct Team {
    std::string name;
};

class Player {
public:
    Player(const std::string& name, const Team& team) : name_(name), team_(&team) {}
    void introduce() const { std::cout << name_ << " plays for " << team_->name << '\n'; }

private:
    std::string name_;
    const Team* team_;
};

int main() {
    const Team team{"Crabs"};
    const std::string surname = "Ferris";
    const Player player("Captain " + surname, team);
    player.introduce();
}
