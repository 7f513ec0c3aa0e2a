// case: a struct's tags member is moved out while a view into its sibling title member is still used.
#include <iostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct Document {
    std::string title;
    std::vector<std::string> tags;
};

int main() {
    Document doc{"Ownership and borrowing, explained slowly", {"rust", "c++"}};
    std::string_view title = doc.title;
    std::vector<std::string> tags = std::move(doc.tags);
    std::cout << title << " has " << tags.size() << " tags\n";
}
