// case: a reference to the first line is printed after the vector of lines was moved into a function taking it by value.
#include <cstddef>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

class Archive {
public:
    void store(std::vector<std::string> lines) { pages_.push_back(std::move(lines)); }
    std::size_t pages() const { return pages_.size(); }

private:
    std::vector<std::vector<std::string>> pages_;
};

int main() {
    Archive archive;
    std::vector<std::string> lines{"Dear reader,", "ownership is simple."};
    const std::string& greeting = lines.front();
    archive.store(std::move(lines));
    std::cout << greeting << ' ' << archive.pages() << '\n'; // expect: move-while-borrowed
}
