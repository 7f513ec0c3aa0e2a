// case: a helper deletes a node's two children through local copies, and the caller still uses the parent node (no use-after-delete).
#include <iostream>

struct Tree {
    int value;
    Tree* left;
    Tree* right;
};

void prune(Tree* node) {
    Tree* left = node->left;
    Tree* right = node->right;
    delete left; // expect: raw-owning-pointer
    delete right; // expect: raw-owning-pointer
    node->left = nullptr;
    node->right = nullptr;
}

int main() {
    Tree* root = new Tree{1, new Tree{2, nullptr, nullptr}, new Tree{3, nullptr, nullptr}}; // expect: raw-owning-pointer
    prune(root);
    std::cout << "root " << root->value << " has no children: " << (root->left == nullptr) << '\n';
    delete root; // expect: raw-owning-pointer
}
