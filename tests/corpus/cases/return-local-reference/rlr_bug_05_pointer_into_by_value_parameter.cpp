// case: a function takes a vector by value, sorts it, and returns a pointer to an element of that parameter.
#include <algorithm>
#include <iostream>
#include <vector>

struct Point {
    int x;
    int y;
};

const Point* rightmost(std::vector<Point> points) {
    std::sort(points.begin(), points.end(), [](const Point& a, const Point& b) { return a.x < b.x; });
    return &points.back(); // expect: return-local-reference
}

int main() {
    const std::vector<Point> points{{1, 2}, {9, 0}, {4, 4}};
    std::cout << rightmost(points)->x << '\n';
}
