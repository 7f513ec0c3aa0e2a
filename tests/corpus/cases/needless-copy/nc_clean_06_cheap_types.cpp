// case: numbers, trivially copyable structs, pointers and smart pointers are cheap or meant to be passed by value.
#include <iostream>
#include <memory>
#include <string>

struct Point {
    int x = 0;
    int y = 0;
};

int manhattan(Point p, int scale) {
    return (p.x + p.y) * scale;
}

void show(std::shared_ptr<std::string> text, const char* prefix) {
    std::cout << prefix << *text << '\n';
}

int main() {
    std::cout << manhattan(Point{1, 2}, 3) << '\n';
    show(std::make_shared<std::string>("shared"), "> ");
}
