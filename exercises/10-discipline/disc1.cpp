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

double averageScore(const int* input, int count) {
    int* scores = new int[count > 0 ? count : 1];
    if (count == 0)
        return 0.0;
    for (int i = 0; i < count; ++i)
        scores[i] = input[i];
    double sum = 0;
    for (int i = 0; i < count; ++i)
        sum += scores[i];
    delete[] scores;
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
