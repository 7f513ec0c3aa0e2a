// case: one element of a vector of strings is moved out while a view into a different element is still used.
#include <iostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> labels{"first label, long enough to live on the heap", "second label, also on the heap"};
    std::string_view first = labels[0];
    std::string taken = std::move(labels[1]);
    std::cout << first << " / " << taken << '\n';
}
