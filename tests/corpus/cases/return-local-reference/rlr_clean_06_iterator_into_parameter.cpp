// case: functions return iterators into containers the caller passed by reference.
#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <vector>

std::vector<int>::const_iterator first_negative(const std::vector<int>& values) {
    return std::find_if(values.begin(), values.end(), [](int x) { return x < 0; });
}

std::map<std::string, int>::iterator find_or_add(std::map<std::string, int>& counts, const std::string& key) {
    auto it = counts.find(key);
    if (it == counts.end()) it = counts.emplace(key, 0).first;
    return it;
}

int main() {
    const std::vector<int> values{3, -4, 7};
    std::map<std::string, int> counts;
    find_or_add(counts, "apples")->second += 2;
    std::cout << *first_negative(values) << ' ' << counts["apples"] << '\n';
}
