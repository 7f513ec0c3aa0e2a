// case: a raw observer of a unique_ptr's object is kept after the unique_ptr was moved into an outer vector, which still owns it.
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct Node {
    std::string name;
};

int main() {
    std::vector<std::unique_ptr<Node>> nodes;
    const Node* last = nullptr;
    for (int i = 0; i < 3; ++i) {
        auto node = std::make_unique<Node>(Node{"node " + std::to_string(i)});
        last = node.get();
        nodes.push_back(std::move(node));
    }
    if (last) std::cout << "last: " << last->name << " of " << nodes.size() << '\n';
}
