// use-after-move on small snippets: each bug case has a clean twin that must stay silent.
// A line ending in `// <-` is where a finding is expected; no marker means clean.
#include "snippet.h"

#include <QtTest>

using namespace ownlings;
using tests::checkSnippet;

namespace {

const char* const kPrelude = R"(#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>
void take(std::string) {}
void takeRef(std::string&&) {}
void peek(const std::string&) {}
struct Person { std::string name; std::string city; int age = 0; };
)";

std::string program(const char* body) { return std::string(kPrelude) + body; }

} // namespace

class MoveAnalysisTest : public QObject {
    Q_OBJECT
private slots:
    void findsExactlyTheMarkedUses_data() {
        QTest::addColumn<QString>("body");
        auto add = [](const char* name, const char* body) { QTest::newRow(name) << QString::fromUtf8(body); };

        add("read after move", "int main() { std::string s = \"a\"; take(std::move(s));\n"
                               "  peek(s); // <-\n}\n");
        add("read after move, reassigned first", "int main() { std::string s = \"a\"; take(std::move(s));\n"
                                                 "  s = \"b\"; peek(s);\n}\n");
        add("method call after move", "int main() { std::vector<int> v{1}; auto w = std::move(v);\n"
                                      "  return static_cast<int>(v.size() + w.size()); // <-\n}\n");
        add("clear revives", "int main() { std::vector<int> v{1}; auto w = std::move(v);\n"
                             "  v.clear(); return static_cast<int>(v.size() + w.size());\n}\n");
        add("moved on one branch", "int main(int argc, char**) { std::string s = \"a\"; std::string t;\n"
                                   "  if (argc > 1) t = std::move(s);\n  peek(s); // <-\n}\n");
        add("moved on a branch that returns", "int main(int argc, char**) { std::string s = \"a\";\n"
                                              "  if (argc > 1) { take(std::move(s)); return 1; }\n  peek(s);\n}\n");
        add("moved in loop", "int main() { std::string s = \"a\"; std::vector<std::string> v;\n"
                             "  for (int i = 0; i < 3; ++i) v.push_back(std::move(s)); // <-\n}\n");
        add("moved in loop, reassigned each iteration",
            "int main() { std::string s = \"a\"; std::vector<std::string> v;\n"
            "  for (int i = 0; i < 3; ++i) { v.push_back(std::move(s)); s = \"b\"; }\n}\n");
        add("declared inside the loop", "int main() { std::vector<std::string> v;\n"
                                        "  for (int i = 0; i < 3; ++i) { std::string s = \"x\"; v.push_back(std::move(s)); }\n}\n");
        add("moved in loop then break", "int main() { std::string s = \"a\"; std::vector<std::string> v;\n"
                                        "  while (true) { v.push_back(std::move(s)); break; }\n}\n");
        add("member moved then read", "int main() { Person p{\"Ann\", \"Oslo\"};\n"
                                      "  std::string n = std::move(p.name);\n  peek(p.name); // <-\n}\n");
        add("sibling member stays usable", "int main() { Person p{\"Ann\", \"Oslo\"};\n"
                                           "  std::string n = std::move(p.name);\n  peek(p.city); peek(n);\n}\n");
        add("whole object used after member moved", "void show(const Person&) {}\nint main() { Person p{\"Ann\"};\n"
                                                    "  std::string n = std::move(p.name);\n  show(p); // <-\n}\n");
        add("member of this in a method",
            "struct Box { std::string label; std::string take() { std::string out = std::move(label);\n"
            "  return out + label; } }; // <-\nint main() { Box b; b.take(); }\n");
        add("ctor parameter used after moving into member",
            "struct Named { std::string name; std::size_t length;\n"
            "  explicit Named(std::string n) : name(std::move(n)), length(n.size()) {} }; // <-\n"
            "int main() { Named x(\"a\"); }\n");
        add("ctor parameter moved last", "struct Named { std::string name; std::size_t length;\n"
                                         "  explicit Named(std::string n) : name(n), length(n.size()) {} };\n"
                                         "int main() { Named x(\"a\"); }\n");
        add("unique_ptr dereferenced after move",
            "int main() { auto p = std::make_unique<int>(1); auto q = std::move(p);\n  return *p; // <-\n}\n");
        add("unique_ptr null tests after move are fine",
            "int main() { auto p = std::make_unique<int>(1); auto q = std::move(p);\n"
            "  if (p) return 1; if (!p) {} if (p == nullptr) {} if (nullptr != p) {}\n"
            "  p.reset(); return *q;\n}\n");
        add("shared_ptr get compared with null",
            "int main() { auto p = std::make_shared<int>(1); auto q = std::move(p);\n"
            "  return p.get() == nullptr ? *q : 0;\n}\n");
        add("move into const reference moves nothing",
            "int main() { std::string s = \"a\"; peek(std::move(s)); peek(s); }\n");
        add("move of a const object copies", "int main() { const std::string s = \"a\"; std::string t = std::move(s);\n"
                                             "  peek(s); peek(t); }\n");
        add("rvalue reference parameter counts as a move",
            "int main() { std::string s = \"a\"; takeRef(std::move(s));\n  peek(s); // <-\n}\n");
        add("forwarded twice",
            "template <class T> void relay(T&& value) { take(std::forward<T>(value));\n"
            "  take(std::forward<T>(value)); } // <-\nint main() { relay(std::string(\"a\")); }\n");
        add("forwarded once", "template <class T> void relay(T&& value) { take(std::forward<T>(value)); }\n"
                              "int main() { relay(std::string(\"a\")); }\n");
        add("init capture moves", "int main() { std::string s = \"a\"; auto f = [t = std::move(s)] { peek(t); };\n"
                                  "  f(); peek(s); // <-\n}\n");
        add("copy capture after move is a use", "int main() { std::string s = \"a\"; take(std::move(s));\n"
                                                "  auto f = [s] { peek(s); }; // <-\n  f();\n}\n");
        add("optional emplace revives", "int main() { std::optional<std::string> o = \"a\"; auto t = std::move(o);\n"
                                        "  o.emplace(\"b\"); peek(*o);\n}\n");
        add("swap revives", "int main() { std::string s = \"a\"; std::string t = std::move(s); std::string u = \"c\";\n"
                            "  std::swap(s, u); peek(s);\n}\n");
        add("getline revives", "int main() { std::string line = \"a\"; take(std::move(line));\n"
                               "  std::getline(std::cin, line); peek(line);\n}\n");
        add("stream extraction revives", "int main() { std::string word = \"a\"; take(std::move(word));\n"
                                         "  std::cin >> word; peek(word);\n}\n");
        add("int is copied, not moved", "int main() { int n = 1; int m = std::move(n); return n + m; }\n");
        add("only the first use is reported", "int main() { std::string s = \"a\"; take(std::move(s));\n"
                                              "  peek(s); // <-\n  peek(s);\n}\n");
        add("move result used", "int main() { std::string s = \"a\"; std::string t = std::move(s); peek(t); }\n");
        add("use in the else of the moving branch", "int main(int argc, char**) { std::string s = \"a\";\n"
                                                    "  if (argc) take(std::move(s)); else peek(s);\n}\n");
        add("moved in a lambda body, used outside is another variable",
            "int main() { std::string s = \"a\"; auto f = [](std::string x) { take(std::move(x)); };\n"
            "  f(s); peek(s);\n}\n");
    }

    void findsExactlyTheMarkedUses() {
        QFETCH(QString, body);
        const std::string code = program(body.toUtf8().constData());
        const engine::FileReport report = checkSnippet(code);
        QCOMPARE(report.status, engine::FileStatus::Checked);
        QCOMPARE(tests::linesOf(report, engine::RuleId::UseAfterMove), tests::markedLines(code));
    }

    void labelsEveryMoveThatReachesTheUse() {
        const std::string code = program("int main(int argc, char**) { std::string s = \"a\"; std::string t;\n"
                                         "  if (argc > 1) t = std::move(s);\n  else take(std::move(s));\n  peek(s);\n}\n");
        const auto report = checkSnippet(code);
        QCOMPARE(report.findings.size(), std::size_t(1));
        const engine::Diagnostic& finding = report.findings.front();
        QCOMPARE(finding.message, std::string("use of moved value: `s`"));
        QCOMPARE(finding.primaryLabel, std::string("value used here after move"));
        QCOMPARE(finding.labels.size(), std::size_t(2));
        QCOMPARE(finding.labels[0].message, std::string("value moved here"));
        QCOMPARE(finding.labels[0].span.line, 12u);
        QCOMPARE(finding.labels[1].span.line, 13u);
        QCOMPARE(finding.rustCode, std::string("E0382"));
        QCOMPARE(finding.severity, engine::Severity::Error);
    }

    void loopMoveSaysPreviousIteration() {
        const std::string code = program("int main() { std::string s = \"a\"; std::vector<std::string> v;\n"
                                         "  for (int i = 0; i < 2; ++i) { peek(s); v.push_back(std::move(s)); }\n}\n");
        const auto report = checkSnippet(code);
        QCOMPARE(report.findings.size(), std::size_t(1));
        const engine::Diagnostic& finding = report.findings.front();
        QCOMPARE(finding.labels.size(), std::size_t(1));
        QCOMPARE(finding.labels[0].message, std::string("value moved here, in previous iteration of loop"));
        QVERIFY(finding.help.find("out of the loop") != std::string::npos);
    }

    void spansPointAtTheUseAndTheMoveExpression() {
        const std::string code = program("int main() { std::string name = \"a\";\n"
                                         "  std::string owner = std::move(name);\n  peek(name);\n}\n");
        const auto report = checkSnippet(code);
        QCOMPARE(report.findings.size(), std::size_t(1));
        const engine::Diagnostic& finding = report.findings.front();
        QCOMPARE(finding.primary.line, 13u);
        QCOMPARE(finding.primary.column, 8u);
        QCOMPARE(finding.primary.endColumn, 12u);
        QCOMPARE(finding.labels.front().span.column, 23u);
        QCOMPARE(finding.labels.front().span.endColumn, 38u);
        QCOMPARE(finding.help, std::string("use `owner` instead, or copy with `auto owner = name;`"));
        QCOMPARE(finding.notes.front(), std::string("`std::string` has no defined state after a move"));
    }
};

QTEST_APPLESS_MAIN(MoveAnalysisTest)
#include "move_analysis_test.moc"
