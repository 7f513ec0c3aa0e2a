// Tests for raii4.cpp: the grader includes them after the learner's file.

#include <stdexcept>

TEST_CASE("counts while alive") {
    int alive = 0;
    {
        ScopedCounter first(alive);
        CHECK_EQ(alive, 1);
        ScopedCounter second(alive);
        CHECK_EQ(alive, 2);
    }
    CHECK_EQ(alive, 0);
}

TEST_CASE("counts down on an early return") {
    int alive = 0;
    auto work = [&alive](bool stopEarly) {
        ScopedCounter guard(alive);
        if (stopEarly)
            return alive;
        return alive * 10;
    };
    CHECK_EQ(work(true), 1);
    CHECK_EQ(alive, 0);
    CHECK_EQ(work(false), 10);
    CHECK_EQ(alive, 0);
}

TEST_CASE("counts down when an exception leaves the scope") {
    int alive = 0;
    try {
        ScopedCounter guard(alive);
        throw std::runtime_error("boom");
    } catch (const std::runtime_error&) {
        CHECK_EQ(alive, 0);
    }
    CHECK_EQ(alive, 0);
}
