// disc1.cpp: legacy code, modern owners.
//
// `averageScore` reads scores into an array it allocates with `new[]`, and
// frees it with `delete[]`, except on the early return for an empty input,
// where it leaks. The `raw-owning-pointer` and `leak` rules are on: the
// first reports every hand-written `new` and `delete`, the second the path
// that forgets.
//
// Rewrite the function so that a type owns the scores. There is a standard
// container made for exactly this.

#include <iostream>
#include <vector>

double averageScore(const int* input, int count) {
    if (count == 0)
        return 0.0;
    // The vector owns the copies and frees them on every path.
    const std::vector<int> scores(input, input + count);
    double sum = 0;
    for (int score : scores)
        sum += score;
    return sum / count;
}

// ownlings: begin locked
int main() {
    const int scores[] = {90, 72, 85, 93};
    std::cout << averageScore(scores, 4) << '\n';
    std::cout << averageScore(scores, 0) << '\n';
    return 0;
}
// ownlings: end locked
