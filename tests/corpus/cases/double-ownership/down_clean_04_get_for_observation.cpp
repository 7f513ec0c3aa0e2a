// case: get() is passed to a function taking a const pointer and compared, while the unique_ptr keeps ownership.
#include <iostream>
#include <memory>
#include <string>

struct Account {
    std::string owner;
    int balance = 0;
};

void print(const Account* account) {
    if (account != nullptr) std::cout << account->owner << ": " << account->balance << '\n';
}

int main() {
    auto account = std::make_unique<Account>(Account{"ann", 40});
    const Account* view = account.get();
    print(view);
    print(account.get());
    if (view == account.get()) std::cout << "same object\n";
}
