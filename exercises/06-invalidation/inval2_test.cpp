// Tests for inval2.cpp: the grader includes them after the learner's file.

#include <vector>

TEST_CASE("removes every negative number") {
    std::vector<int> numbers{3, -1, 4, -1, -5, 9};
    removeNegative(numbers);
    REQUIRE(numbers.size() == 3);
    CHECK_EQ(numbers[0], 3);
    CHECK_EQ(numbers[1], 4);
    CHECK_EQ(numbers[2], 9);
}

TEST_CASE("negatives at the end") {
    std::vector<int> numbers{2, -7};
    removeNegative(numbers);
    REQUIRE(numbers.size() == 1);
    CHECK_EQ(numbers[0], 2);
}

TEST_CASE("nothing to remove") {
    std::vector<int> numbers{0, 1, 2};
    removeNegative(numbers);
    CHECK_EQ(numbers.size(), 3u);
}

TEST_CASE("only negatives") {
    std::vector<int> numbers{-1, -2, -3};
    removeNegative(numbers);
    CHECK(numbers.empty());
}
