// case: one case of a switch moves the document into the outbox and breaks, and the document is printed after the switch.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

enum class Action { Send, Draft, Discard };

int main() {
    std::vector<std::string> outbox;
    std::vector<std::string> drafts;
    std::string document = "Dear team, ...";
    Action action = Action::Send;
    switch (action) {
    case Action::Send:
        outbox.push_back(std::move(document));
        break;
    case Action::Draft:
        drafts.push_back(document);
        break;
    case Action::Discard:
        break;
    }
    std::cout << "document length: " << document.size() << '\n'; // expect: use-after-move
    std::cout << outbox.size() << ' ' << drafts.size() << '\n';
}
