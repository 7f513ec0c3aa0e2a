// Tests for borrow2.cpp: the grader includes them after the learner's file.

#include <vector>

TEST_CASE("every score gets the bonus") {
    std::vector<int> scores{90, 72, 85};
    addBonus(scores, 5);
    REQUIRE(scores.size() == 3);
    CHECK_EQ(scores[0], 95);
    CHECK_EQ(scores[1], 77);
    CHECK_EQ(scores[2], 90);
}

TEST_CASE("a bonus of zero changes nothing") {
    std::vector<int> scores{1, 2};
    addBonus(scores, 0);
    CHECK_EQ(scores[0], 1);
    CHECK_EQ(scores[1], 2);
}

TEST_CASE("an empty list stays empty") {
    std::vector<int> scores;
    addBonus(scores, 3);
    CHECK(scores.empty());
}
