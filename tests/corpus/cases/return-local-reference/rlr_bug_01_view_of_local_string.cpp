// case: a function builds a label in a local string and returns a string_view of it.
#include <iostream>
#include <string>
#include <string_view>

std::string_view make_label(int id) {
    std::string label = "item-" + std::to_string(id);
    return label; // expect: return-local-reference
}

int main() {
    std::cout << make_label(7) << '\n';
}
