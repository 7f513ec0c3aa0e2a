// case: a balance is changed by its own name while a non-const reference to it is still used afterwards.
#include <iostream>

int main() {
    int balance = 100;
    int& wallet = balance;
    wallet -= 30;
    balance += 5; // expect: exclusive-mutable-borrow
    wallet -= 10;
    std::cout << balance << '\n';
}
