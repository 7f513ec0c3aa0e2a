// ownlings_test.h: the tiny assertion header of Ownlings' test exercises.
//
// The grader compiles one translation unit: the learner's file, this header,
// then the exercise's test file (docs/pack-format.md). The test file writes
//
//     TEST_CASE("greets by name") {
//         CHECK(greet("Ann") == "Hello, Ann");
//         CHECK_EQ(greet(""), "Hello, stranger");
//         REQUIRE(!names.empty());   // stops this test case when false
//     }
//
// and this header supplies main(), which runs every test case in order and
// prints, on stdout, one line per test case for the grader:
//
//     ownlings-test: start <name>
//     ownlings-test: pass <name>
//     ownlings-test: fail <name> <file>:<line>: <message>
//     ownlings-test: done <passed> <failed>
//
// The exit status is 0 when every test case passed, 1 otherwise.
#pragma once

#include <cstdio>
#include <exception>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace ownlings_test {

struct TestCase {
    const char* name;
    const char* file;
    int line;
    void (*body)();
};

struct Failure {
    std::string file;
    int line = 0;
    std::string message;
};

/// Thrown by REQUIRE to leave the test case; caught by the runner.
struct RequireFailed {};

inline std::vector<TestCase>& registry()
{
    static std::vector<TestCase> cases;
    return cases;
}

inline std::vector<Failure>& failures()
{
    static std::vector<Failure> current;
    return current;
}

struct Registrar {
    Registrar(const char* name, const char* file, int line, void (*body)())
    {
        registry().push_back({name, file, line, body});
    }
};

/// One line: newlines in values or names would break the grader's parsing.
inline std::string oneLine(std::string text)
{
    for (char& c : text) {
        if (c == '\n' || c == '\r')
            c = ' ';
    }
    return text;
}

template <class T>
std::string show(const T& value)
{
    if constexpr (std::is_same_v<T, bool>) {
        return value ? "true" : "false";
    } else if constexpr (std::is_same_v<T, char>) {
        return std::string("'") + value + "'";
    } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
        return "\"" + std::string(std::string_view(value)) + "\"";
    } else if constexpr (requires(std::ostream& out) { out << value; }) {
        std::ostringstream out;
        out << value;
        return out.str();
    } else {
        return "(a value that cannot be printed)";
    }
}

inline void fail(const char* file, int line, std::string message)
{
    failures().push_back({file, line, std::move(message)});
}

template <class A, class B>
void checkEqual(const A& actual, const B& expected, const char* expressions, const char* file, int line)
{
    if (actual == expected)
        return;
    fail(file, line, std::string("CHECK_EQ(") + expressions + ") failed: " + show(actual) + " != " + show(expected));
}

inline void report(const TestCase& test)
{
    std::cout << std::flush;
    const std::vector<Failure>& found = failures();
    if (found.empty()) {
        std::cout << "ownlings-test: pass " << oneLine(test.name) << std::endl;
        return;
    }
    const Failure& first = found.front();
    std::cout << "ownlings-test: fail " << oneLine(test.name) << ' ' << first.file << ':' << first.line << ": "
              << oneLine(first.message);
    if (found.size() > 1)
        std::cout << " (and " << found.size() - 1 << " more failed checks)";
    std::cout << std::endl;
}

inline void runOne(const TestCase& test)
{
    failures().clear();
    std::cout << "ownlings-test: start " << oneLine(test.name) << std::endl;
    try {
        test.body();
    } catch (const RequireFailed&) {
    } catch (const std::exception& error) {
        fail(test.file, test.line, std::string("threw an exception: ") + error.what());
    } catch (...) {
        fail(test.file, test.line, "threw an exception that is not a std::exception");
    }
    report(test);
}

inline int runAll()
{
    int passed = 0;
    int failed = 0;
    for (const TestCase& test : registry()) {
        runOne(test);
        (failures().empty() ? passed : failed) += 1;
    }
    std::cout << "ownlings-test: done " << passed << ' ' << failed << std::endl;
    return failed == 0 ? 0 : 1;
}

} // namespace ownlings_test

#define OWNLINGS_TEST_JOIN2(a, b) a##b
#define OWNLINGS_TEST_JOIN(a, b) OWNLINGS_TEST_JOIN2(a, b)
#define OWNLINGS_TEST_CASE_IMPL(name, id)                                                                  \
    static void OWNLINGS_TEST_JOIN(ownlings_test_body_, id)();                                             \
    static const ::ownlings_test::Registrar OWNLINGS_TEST_JOIN(ownlings_test_registrar_, id)(              \
        name, __FILE__, __LINE__, &OWNLINGS_TEST_JOIN(ownlings_test_body_, id));                           \
    static void OWNLINGS_TEST_JOIN(ownlings_test_body_, id)()

/// Declares a test case; its body follows in braces.
#define TEST_CASE(name) OWNLINGS_TEST_CASE_IMPL(name, __COUNTER__)

/// Records a failure when `expr` is false and goes on.
#define CHECK(...)                                                                                          \
    ((__VA_ARGS__) ? static_cast<void>(0)                                                                  \
                   : ::ownlings_test::fail(__FILE__, __LINE__, "CHECK(" #__VA_ARGS__ ") failed"))

/// Records a failure showing both values when they differ and goes on.
#define CHECK_EQ(actual, expected)                                                                          \
    ::ownlings_test::checkEqual((actual), (expected), #actual ", " #expected, __FILE__, __LINE__)

/// Records a failure and ends the test case when `expr` is false.
#define REQUIRE(...)                                                                                        \
    do {                                                                                                   \
        if (!(__VA_ARGS__)) {                                                                              \
            ::ownlings_test::fail(__FILE__, __LINE__, "REQUIRE(" #__VA_ARGS__ ") failed");                 \
            throw ::ownlings_test::RequireFailed{};                                                        \
        }                                                                                                  \
    } while (false)

int main()
{
    return ::ownlings_test::runAll();
}
