// case: inside a range-for loop over the recipients, the same outer message is moved into every letter.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

struct Letter {
    std::string to;
    std::string body;
};

int main() {
    const std::vector<std::string> recipients{"ann", "bob", "cid"};
    std::string body = "The meeting moved to Friday.";
    std::vector<Letter> letters;
    for (const std::string& to : recipients) {
        letters.push_back(Letter{to, std::move(body)}); // expect: use-after-move
    }
    std::cout << letters.size() << '\n';
}
