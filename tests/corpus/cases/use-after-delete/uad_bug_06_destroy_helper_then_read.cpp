// case: a destroy(Node*) helper deletes the node, and the caller still reads through its pointer afterwards.
#include <iostream>

struct Node {
    int value = 0;
    Node* next = nullptr;
};

void destroy(Node* node) {
    std::cout << "destroying " << node->value << '\n';
    delete node; // expect: raw-owning-pointer
}

int main() {
    Node* node = new Node{42, nullptr}; // expect: raw-owning-pointer
    destroy(node);
    std::cout << "value was " << node->value << '\n'; // expect: use-after-delete
}
