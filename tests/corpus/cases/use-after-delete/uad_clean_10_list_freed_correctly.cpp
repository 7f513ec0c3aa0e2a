// case: a linked list is freed in a loop that reads each next pointer before deleting the node (no use-after-delete).
#include <iostream>

struct Node {
    int value;
    Node* next;
};

int main() {
    Node* head = new Node{1, new Node{2, new Node{3, nullptr}}}; // expect: raw-owning-pointer
    int sum = 0;
    for (const Node* n = head; n != nullptr; n = n->next) {
        sum += n->value;
    }
    while (head != nullptr) {
        Node* next = head->next;
        delete head; // expect: raw-owning-pointer
        head = next;
    }
    std::cout << "sum " << sum << ", list empty: " << (head == nullptr) << '\n';
}
