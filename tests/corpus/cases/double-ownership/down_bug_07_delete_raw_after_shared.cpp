// case: a raw pointer is handed to a shared_ptr and later deleted by hand as well.
#include <iostream>
#include <memory>
#include <vector>

struct Node {
    int value = 0;
};

int main() {
    Node* node = new Node{5}; // expect: raw-owning-pointer
    std::shared_ptr<Node> owner(node);
    std::vector<std::shared_ptr<Node>> graph{owner};
    std::cout << graph.size() << ' ' << node->value << '\n';
    delete node; // expect: double-ownership,raw-owning-pointer
}
