// Tests for borrow4.cpp: the grader includes them after the learner's file.

#include <string>
#include <string_view>

TEST_CASE("stops at the first space") {
    CHECK_EQ(firstWord("hello world"), "hello");
    CHECK_EQ(firstWord("a b c"), "a");
}

TEST_CASE("one word is the whole text") {
    CHECK_EQ(firstWord("ownership"), "ownership");
    CHECK_EQ(firstWord(""), "");
}

TEST_CASE("the result views the caller's characters") {
    const std::string sentence = "borrow checker";
    std::string_view word = firstWord(sentence);
    CHECK(word.data() == sentence.data());
    CHECK_EQ(word.size(), 6u);
}
