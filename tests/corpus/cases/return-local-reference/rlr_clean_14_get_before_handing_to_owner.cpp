// case: a function returns the get() of a unique_ptr after moving it into a container the caller owns, and a reference into a shared_ptr kept in a global registry.
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct Node {
    std::string name;
};

std::vector<std::shared_ptr<Node>> registry;

const Node* add_node(std::vector<std::unique_ptr<Node>>& nodes, const std::string& name) {
    auto node = std::make_unique<Node>(Node{name});
    const Node* observer = node.get();
    nodes.push_back(std::move(node));
    return observer;
}

const Node& register_node(const std::string& name) {
    auto shared = std::make_shared<Node>(Node{name});
    registry.push_back(shared);
    return *shared;
}

int main() {
    std::vector<std::unique_ptr<Node>> nodes;
    const std::string first = "first";
    const std::string global = "global";
    const Node* added = add_node(nodes, first);
    const Node& registered = register_node(global);
    std::cout << added->name << ' ' << registered.name << ' ' << nodes.size() << '\n';
}
