// case: a constructor moves its parameter into a member in the initializer list and then prints the parameter in its body.
#include <iostream>
#include <string>
#include <utility>

class Player {
public:
    explicit Player(std::string name) : name_(std::move(name)) {
        std::cout << "welcome, " << name << '\n'; // expect: use-after-move
    }
    const std::string& display_name() const { return name_; }

private:
    std::string name_;
};

int main() {
    Player player("Ferris");
    std::cout << player.display_name() << '\n';
}
