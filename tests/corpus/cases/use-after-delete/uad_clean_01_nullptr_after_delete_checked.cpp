// case: a pointer is set to nullptr right after delete and only dereferenced behind a null check (no use-after-delete).
#include <iostream>

struct Point {
    int x;
    int y;
};

int main(int argc, char**) {
    Point* p = new Point{1, 2}; // expect: raw-owning-pointer
    std::cout << p->x << ',' << p->y << '\n';
    if (argc > 1) {
        delete p; // expect: raw-owning-pointer
        p = nullptr;
    }
    if (p != nullptr) {
        std::cout << "still here: " << p->x << '\n';
    }
    delete p; // expect: raw-owning-pointer
}
