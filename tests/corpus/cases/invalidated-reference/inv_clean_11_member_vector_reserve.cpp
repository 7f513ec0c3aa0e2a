// case: a struct's member vector reserves room first, so a reference taken into it survives pushes within that room.
#include <iostream>
#include <vector>

struct Histogram {
    std::vector<int> bins;
};

int main() {
    Histogram h;
    h.bins.reserve(8);
    h.bins.push_back(4);
    const int& first = h.bins[0];
    h.bins.push_back(1);
    h.bins.push_back(3);
    std::cout << "first bin: " << first << '\n';
}
