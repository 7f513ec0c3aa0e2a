// case: a temporary bound to a reference member in brace aggregate initialisation is extended to the lifetime of the aggregate.
#include <iostream>
#include <string>

struct Label {
    const std::string& text;
    int width;
};

std::string make_text() {
    return "Total";
}

int main() {
    const Label label{make_text(), 12};
    std::cout << label.text << " (" << label.width << ")\n";
}
