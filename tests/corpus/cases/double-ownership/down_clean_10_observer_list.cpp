// case: a vector of non-owning raw pointers is filled from the get() of unique_ptrs kept in a vector of owners.
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct Shape {
    std::string name;
};

int main() {
    std::vector<std::unique_ptr<Shape>> owners;
    std::vector<Shape*> visible;
    for (const char* name : {"circle", "square"}) {
        auto shape = std::make_unique<Shape>(Shape{name});
        visible.push_back(shape.get());
        owners.push_back(std::move(shape));
    }
    for (const Shape* s : visible) std::cout << s->name << '\n';
}
