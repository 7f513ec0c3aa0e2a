// case: a second pointer copied from the first is written through after the object was deleted through the first.
#include <iostream>

struct Account {
    int balance = 0;
};

int main() {
    Account* account = new Account{100}; // expect: raw-owning-pointer
    Account* shared_view = account;
    std::cout << shared_view->balance << '\n';
    delete account; // expect: raw-owning-pointer
    shared_view->balance += 50; // expect: use-after-delete
}
