// case: a destroy(Node*) helper deletes the node, and the caller forgets the pointer instead of reading through it (no use-after-delete).
#include <iostream>

struct Node {
    int value = 0;
    Node* next = nullptr;
};

void destroy(Node* node) {
    delete node; // expect: raw-owning-pointer
}

int main() {
    Node* node = new Node{42, nullptr}; // expect: raw-owning-pointer
    const int saved = node->value;
    destroy(node);
    node = nullptr;
    if (node == nullptr) {
        std::cout << "node destroyed, its value was " << saved << '\n';
    }
}
