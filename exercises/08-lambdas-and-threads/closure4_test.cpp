// Tests for closure4.cpp: the grader includes them after the learner's file.

#include <functional>
#include <vector>

TEST_CASE("the filter keeps its limit") {
    std::function<bool(int)> small = makeFilter(10);
    CHECK(small(3));
    CHECK(small(10));
    CHECK(!small(11));
}

TEST_CASE("two filters, two limits") {
    std::function<bool(int)> low = makeFilter(0);
    std::function<bool(int)> high = makeFilter(100);
    CHECK(!low(5));
    CHECK(high(5));
}

TEST_CASE("counts accepted values") {
    std::vector<int> values{1, 50, 7, 120, 10};
    CHECK_EQ(countAccepted(values, makeFilter(10)), 3u);
    CHECK_EQ(countAccepted({}, makeFilter(10)), 0u);
}
