// case: a node's field is printed, then an early return skips the delete.
#include <iostream>

struct Node {
    int value;
};

int describe(int v) {
    Node* node = new Node{v}; // expect: raw-owning-pointer
    std::cout << "node " << node->value << '\n';
    if (node->value < 0) {
        return -1; // expect: leak
    }
    int doubled = node->value * 2;
    delete node; // expect: raw-owning-pointer
    return doubled;
}

int main() {
    std::cout << describe(4) << ' ' << describe(-2) << '\n';
}
