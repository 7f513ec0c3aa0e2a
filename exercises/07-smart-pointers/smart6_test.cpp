// Tests for smart6.cpp: the grader includes them after the learner's file.

#include <memory>
#include <utility>

TEST_CASE("pushes onto an empty list") {
    std::unique_ptr<Node> head = pushFront(nullptr, 7);
    REQUIRE(head != nullptr);
    CHECK_EQ(head->value, 7);
    CHECK(head->next == nullptr);
}

TEST_CASE("the newest value comes first") {
    std::unique_ptr<Node> head;
    for (int value = 1; value <= 3; ++value)
        head = pushFront(std::move(head), value);
    REQUIRE(length(head.get()) == 3);
    CHECK_EQ(head->value, 3);
    CHECK_EQ(head->next->value, 2);
    CHECK_EQ(head->next->next->value, 1);
}

TEST_CASE("a long list is freed without help") {
    std::unique_ptr<Node> head;
    for (int value = 0; value < 1000; ++value)
        head = pushFront(std::move(head), value);
    CHECK_EQ(length(head.get()), 1000u);
}
