// case: a linked list is freed node by node in a loop, and the head pointer is read after the loop.
#include <iostream>

struct Node {
    int value;
    Node* next;
};

int main() {
    Node* head = new Node{1, new Node{2, new Node{3, nullptr}}}; // expect: raw-owning-pointer
    Node* current = head;
    while (current != nullptr) {
        Node* next = current->next;
        delete current; // expect: raw-owning-pointer
        current = next;
    }
    std::cout << "the list started with " << head->value << '\n'; // expect: use-after-delete
}
