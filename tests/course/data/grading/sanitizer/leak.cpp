struct Node { Node* next = nullptr; };
int main() {
    Node* head = new Node;
    head->next = new Node;
    return head ? 0 : 1;
}
