// case: a function emplaces the get() of a unique_ptr it received by const reference into a vector of owners.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct Document {
    std::string title;
};

void archive(const std::unique_ptr<Document>& doc, std::vector<std::unique_ptr<Document>>& shelf) {
    shelf.emplace_back(doc.get()); // expect: double-ownership
}

int main() {
    auto doc = std::make_unique<Document>(Document{"notes"});
    std::vector<std::unique_ptr<Document>> shelf;
    archive(doc, shelf);
    std::cout << shelf.size() << ' ' << doc->title << '\n';
}
