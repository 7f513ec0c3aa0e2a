// case: after its contents are moved out, a buffer gets a new value from std::swap with a freshly filled buffer.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> frames;
    std::string front = "frame 1";
    std::string back = "frame 2";
    frames.push_back(std::move(front));
    std::swap(front, back); // front now holds "frame 2"
    back = "frame 3";
    std::cout << front << ' ' << back << ' ' << frames.size() << '\n';
}
