// case: a copy of a pointer is only used before the object is deleted, and then pointed at a new object (no use-after-delete).
#include <iostream>

struct Account {
    int balance = 0;
};

int main() {
    Account* account = new Account{100}; // expect: raw-owning-pointer
    Account* view = account;
    view->balance += 50;
    std::cout << account->balance << '\n';
    delete account; // expect: raw-owning-pointer
    Account fallback{0};
    view = &fallback;
    std::cout << view->balance << '\n';
}
