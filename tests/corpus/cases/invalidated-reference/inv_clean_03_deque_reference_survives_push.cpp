// case: a reference to the front of a deque stays valid across push_back and push_front, which only invalidate iterators.
#include <deque>
#include <iostream>
#include <string>

int main() {
    std::deque<std::string> queue{"first customer"};
    const std::string& front = queue.front();
    queue.push_back("second customer");
    queue.push_front("vip customer");
    queue.emplace_back("third customer");
    std::cout << "still serving: " << front << " of " << queue.size() << '\n';
}
