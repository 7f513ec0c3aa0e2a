// Tests for disc5.cpp: the grader includes them after the learner's file.

TEST_CASE("starts with zeros") {
    const Samples samples(3);
    REQUIRE(samples.size() == 3);
    CHECK_EQ(samples.get(0), 0);
    CHECK_EQ(samples.get(2), 0);
}

TEST_CASE("keeps what is set") {
    Samples samples(2);
    samples.set(1, 42);
    CHECK_EQ(samples.get(1), 42);
}

TEST_CASE("a copy is independent") {
    Samples original(2);
    original.set(0, 7);
    Samples copy = original;
    copy.set(0, 8);
    CHECK_EQ(original.get(0), 7);
    CHECK_EQ(copy.get(0), 8);
}

TEST_CASE("assignment copies too") {
    Samples first(1);
    Samples second(1);
    first.set(0, 1);
    second = first;
    second.set(0, 2);
    CHECK_EQ(first.get(0), 1);
}
