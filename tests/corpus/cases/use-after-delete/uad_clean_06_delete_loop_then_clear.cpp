// case: every pointer in a vector is deleted in a loop and the vector is cleared before it is used again (no use-after-delete).
#include <iostream>
#include <vector>

struct Shape {
    double width = 0;
    double height = 0;
    double area() const { return width * height; }
};

int main() {
    std::vector<Shape*> shapes;
    shapes.push_back(new Shape{2, 3}); // expect: raw-owning-pointer
    shapes.push_back(new Shape{4, 5}); // expect: raw-owning-pointer
    double total = 0;
    for (const Shape* s : shapes) {
        total += s->area();
    }
    for (Shape* s : shapes) {
        delete s; // expect: raw-owning-pointer
    }
    shapes.clear();
    std::cout << "total area " << total << ", shapes left " << shapes.size() << '\n';
}
