// move2.cpp: a move inside a loop.
//
// The loop builds one batch per round and moves it into `batches`. The first
// round is fine. From the second round on, `batch` is a moved-from string, and
// `batch +=` appends to whatever the move left behind. With the usual standard
// library that happens to be an empty string, so the output even looks right.
// The standard promises nothing of the sort.
//
// Make every round start from a string with a known value. There are two
// honest ways: declare the string where it is needed, or give it a new value
// after the move.

#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> batches;
    for (int round = 1; round <= 3; ++round) {
        // A fresh string every round: nothing is ever read after its move.
        std::string batch = "batch " + std::to_string(round);
        batches.push_back(std::move(batch));
    }

    // ownlings: begin locked
    for (const std::string& b : batches)
        std::cout << b << '\n';
    return 0;
}
// ownlings: end locked
