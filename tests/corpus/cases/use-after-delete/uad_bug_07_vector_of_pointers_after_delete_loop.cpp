// case: every shape in a vector of raw pointers is deleted in a loop, then the first shape is used through the vector.
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
    for (Shape* s : shapes) {
        delete s; // expect: raw-owning-pointer
    }
    std::cout << "first area: " << shapes[0]->area() << '\n'; // expect: use-after-delete
}
