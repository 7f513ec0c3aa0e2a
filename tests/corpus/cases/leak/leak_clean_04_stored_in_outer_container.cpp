// case: nodes from new are stored in an outer vector inside a loop and all deleted after it.
#include <iostream>
#include <vector>

struct Node {
    int value;
};

int main() {
    std::vector<Node*> nodes;
    for (int i = 0; i < 4; ++i) {
        Node* node = new Node{i * i}; // expect: raw-owning-pointer
        nodes.push_back(node);
    }
    int sum = 0;
    for (const Node* n : nodes) sum += n->value;
    for (Node* n : nodes) delete n; // expect: raw-owning-pointer
    std::cout << sum << '\n';
}
