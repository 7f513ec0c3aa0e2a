// case: a string_view is bound to the string returned by std::to_string, which dies at the end of the declaration.
#include <iostream>
#include <string>
#include <string_view>

int main() {
    const int order_id = 1048576;
    std::string_view id_text = std::to_string(order_id);
    std::cout << "order #" << id_text << '\n'; // expect: dangling-temporary
}
