// case: entries holding a string_view to a block-local string are pushed into an outer vector and printed after the block.
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

struct Entry {
    std::string_view user;
    int action;
};

int main() {
    std::vector<Entry> audit;
    {
        std::string user = std::string("ro") + "ot";
        audit.push_back(Entry{user, 1});
        audit.push_back(Entry{user, 2});
    }
    for (const Entry& e : audit) std::cout << e.user << ' ' << e.action << '\n'; // expect: dangling-reference
}
