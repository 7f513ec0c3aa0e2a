// case: member functions return references, views and pointers to members of *this, and a builder returns *this.
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct Engine {
    int power = 0;
};

class Car {
public:
    Car& add_option(const std::string& option) {
        options_.push_back(option);
        return *this;
    }
    const std::vector<std::string>& options() const { return options_; }
    std::string_view model() const { return model_; }
    const Engine* engine() const { return engine_.get(); }

private:
    std::string model_ = "roadster";
    std::vector<std::string> options_;
    std::unique_ptr<Engine> engine_ = std::make_unique<Engine>(Engine{180});
};

int main() {
    Car car;
    car.add_option("heated seats").add_option("sunroof");
    std::cout << car.model() << ' ' << car.options().size() << ' ' << car.engine()->power << '\n';
}
