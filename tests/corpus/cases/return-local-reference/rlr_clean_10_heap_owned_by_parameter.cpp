// case: functions return the get() of a unique_ptr held by a reference parameter, and an element reference of a vector member.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct Node {
    std::string name;
    std::vector<std::unique_ptr<Node>> children;
};

const Node* first_child(const Node& parent) {
    if (parent.children.empty()) return nullptr;
    return parent.children.front().get();
}

const Node* peek(const std::unique_ptr<Node>& owner) {
    return owner.get();
}

int main() {
    auto root = std::make_unique<Node>();
    root->name = "root";
    root->children.push_back(std::make_unique<Node>(Node{"leaf", {}}));
    const Node* child = first_child(*root);
    std::cout << peek(root)->name << " -> " << (child ? child->name : "none") << '\n';
}
