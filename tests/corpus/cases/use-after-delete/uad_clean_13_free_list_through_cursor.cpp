// case: a linked list is freed through a cursor copied from head, and head is reset to nullptr instead of being read (no use-after-delete).
#include <iostream>

struct Node {
    int value;
    Node* next;
};

int main() {
    Node* head = new Node{1, new Node{2, new Node{3, nullptr}}}; // expect: raw-owning-pointer
    std::cout << "first value " << head->value << '\n';
    Node* current = head;
    while (current != nullptr) {
        Node* next = current->next;
        delete current; // expect: raw-owning-pointer
        current = next;
    }
    head = nullptr;
    std::cout << "list freed: " << (head == nullptr) << '\n';
}
