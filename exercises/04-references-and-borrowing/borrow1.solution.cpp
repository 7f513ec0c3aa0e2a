// borrow1.cpp: borrow what you only read.
//
// `total` takes its vector by value, so every call copies every score, only
// to add them up. In Rust the copy would be visible: a `Vec<i32>` parameter
// takes ownership, and the caller would have to write `.clone()`. In C++ it
// is invisible at the call site. The `needless-copy` rule is on.
//
// Let `total` borrow the caller's vector instead of copying it.

#include <iostream>
#include <vector>

int total(const std::vector<int>& scores) {
    int sum = 0;
    for (int score : scores)
        sum += score;
    return sum;
}

// ownlings: begin locked
int main() {
    std::vector<int> scores{90, 72, 85};
    std::cout << total(scores) << '\n';
    return 0;
}
// ownlings: end locked
