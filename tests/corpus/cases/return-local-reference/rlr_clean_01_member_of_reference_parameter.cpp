// case: functions return references to members and elements of objects the caller passed by reference.
#include <iostream>
#include <string>
#include <vector>

struct Person {
    std::string name;
    std::vector<std::string> emails;
};

const std::string& name_of(const Person& p) {
    return p.name;
}

const std::string& primary_email(const Person& p) {
    static const std::string none = "(no email)";
    if (p.emails.empty()) return none;
    return p.emails.front();
}

int main() {
    const Person ada{"Ada", {"ada@example.com"}};
    std::cout << name_of(ada) << ' ' << primary_email(ada) << '\n';
}
