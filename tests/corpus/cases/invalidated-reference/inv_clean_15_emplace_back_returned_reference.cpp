// case: the reference returned by emplace_back refers to the new element and is used before the vector changes again.
#include <iostream>
#include <vector>

struct Point {
    int x = 0;
    int y = 0;
};

int main() {
    std::vector<Point> path{{0, 0}};
    Point& added = path.emplace_back();
    added.x = 3;
    added.y = 4;
    std::cout << path.back().x << ',' << path.back().y << '\n';
}
