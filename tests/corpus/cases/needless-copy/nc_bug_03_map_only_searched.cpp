// case: a price table is copied into the function on every lookup, though count() and at() only read it.
#include <iostream>
#include <map>
#include <string>

double price_of(std::map<std::string, double> prices, const std::string& item) { // expect: needless-copy
    return prices.count(item) > 0 ? prices.at(item) : 0.0;
}

int main() {
    std::map<std::string, double> prices{{"tea", 2.5}, {"cake", 3.0}};
    std::cout << price_of(prices, "tea") << '\n';
}
