// case: a reference to a map value is kept while other keys are inserted: map nodes never move.
#include <iostream>
#include <map>
#include <string>

int main() {
    std::map<std::string, int> ages{{"ann", 31}};
    const int& ann = ages.at("ann");
    ages["bob"] = 27;
    ages.insert({"carol", 45});
    ages.emplace("dave", 19);
    std::cout << "ann is " << ann << ", " << ages.size() << " people\n";
}
