// case: a vector is scaled by itself through a non-const and a const pointer parameter.
#include <iostream>

struct Vec2 {
    double x = 1;
    double y = 2;
};

void scale(Vec2* out, const Vec2* by) {
    out->x *= by->x;
    out->y *= by->y;
}

int main() {
    Vec2 v;
    Vec2 factor{2, 3};
    scale(&v, &factor);
    scale(&v, &v); // expect: exclusive-mutable-borrow
    std::cout << v.x << ' ' << v.y << '\n';
}
