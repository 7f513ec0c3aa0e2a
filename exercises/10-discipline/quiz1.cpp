// Does this program pass the checker with the `pessimizing-move` and
// `move-of-const` rules on? If not, on which line is the first finding?

#include <memory>
#include <string>
#include <utility>
#include <vector>

struct Shape {
    virtual ~Shape() = default;
};

struct Circle : Shape {};

std::unique_ptr<Shape> makeShape() {
    auto circle = std::make_unique<Circle>();
    return circle;
}

std::vector<std::string> tags(std::string first) {
    std::vector<std::string> result;
    result.push_back(std::move(first));
    return result;
}

int main() {
    const std::string name = "circle";
    std::vector<std::string> all = tags(std::move(name));
    return makeShape() && !all.empty() ? 0 : 1;
}
