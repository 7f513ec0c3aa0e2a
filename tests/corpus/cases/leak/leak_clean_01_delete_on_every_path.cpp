// case: every early return deletes the allocation before leaving the function.
#include <iostream>
#include <string>

struct Report {
    std::string body;
};

int publish(const std::string& text) {
    Report* report = new Report{text}; // expect: raw-owning-pointer
    if (report->body.empty()) {
        delete report; // expect: raw-owning-pointer
        return 0;
    }
    if (report->body.size() > 20) {
        delete report; // expect: raw-owning-pointer
        return -1;
    }
    int length = static_cast<int>(report->body.size());
    delete report; // expect: raw-owning-pointer
    return length;
}

int main() {
    std::cout << publish("") << ' ' << publish("short") << ' ' << publish("a rather long report text") << '\n';
}
