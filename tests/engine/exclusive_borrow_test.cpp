// exclusive-mutable-borrow on small snippets: each bug case has a clean twin that must stay silent.
// A line ending in `// <-` is where a finding is expected; no marker means clean.
#include "snippet.h"

#include <QtTest>

using namespace ownlings;
using tests::checkSnippet;

namespace {

const char* const kPrelude = R"(#include <iostream>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
void appendTwice(std::string& out, const std::string& piece) { out += piece; out += piece; }
void appendView(std::string& out, std::string_view piece) { out += piece; }
void copyInto(std::string& out, std::string piece) { out += piece; }
void compare(const std::string& a, const std::string& b) { std::cout << (a == b); }
void bothMutable(int& a, int& b) { a += b; b += a; }
void addFirst(std::vector<int>& v, const int& x) { v.push_back(x); }
void scale(int* target, const int* factor) { *target *= *factor; }
void fill(std::span<int> out, std::span<const int> in) { out[0] = in[0]; }
void show(const std::string& s) { std::cout << s; }
struct Point { int x = 0; int y = 0; };
struct Text { std::string body; void append(const Text& other) { body += other.body; }
              bool same(const Text& other) const { return body == other.body; } };
)";

std::string program(const char* body) { return std::string(kPrelude) + body; }

/// The findings of exclusive-mutable-borrow alone (the prelude's `copyInto` is a needless copy).
std::vector<engine::Diagnostic> exclusiveFindings(const std::string& code) {
    std::vector<engine::Diagnostic> found;
    for (const engine::Diagnostic& d : checkSnippet(code).findings)
        if (d.rule == engine::RuleId::ExclusiveMutableBorrow) found.push_back(d);
    return found;
}

} // namespace

class ExclusiveBorrowTest : public QObject {
    Q_OBJECT
private slots:
    void findsExactlyTheMarkedLines_data() {
        QTest::addColumn<QString>("body");
        auto add = [](const char* name, const char* body) { QTest::newRow(name) << QString::fromUtf8(body); };

        // one call, two arguments
        add("same string as output and input", "int main() { std::string w = \"ab\";\n"
                                               "  appendTwice(w, w); // <-\n}\n");
        add("different strings", "int main() { std::string w = \"ab\"; std::string o = \"c\";\n  appendTwice(o, w);\n}\n");
        add("same string twice as const", "int main() { std::string w = \"ab\";\n  compare(w, w);\n}\n");
        add("copy parameter", "int main() { std::string w = \"ab\";\n  copyInto(w, w);\n}\n");
        add("explicit copy first", "int main() { std::string w = \"ab\"; const std::string piece = w;\n"
                                   "  appendTwice(w, piece);\n}\n");
        add("view of the output", "int main() { std::string w = \"ab\";\n  appendView(w, w); // <-\n}\n");
        add("two mutable references", "int main() { int n = 1;\n  bothMutable(n, n); // <-\n}\n");
        add("distinct members", "int main() { Point p;\n  bothMutable(p.x, p.y);\n}\n");
        add("same member twice", "int main() { Point p;\n  bothMutable(p.x, p.x); // <-\n}\n");
        add("container and its element", "int main() { std::vector<int> v{1};\n  addFirst(v, v[0]); // <-\n}\n");
        add("container and front()", "int main() { std::vector<int> v{1};\n  addFirst(v, v.front()); // <-\n}\n");
        add("two elements may differ", "int main() { std::vector<int> v{1, 2};\n  bothMutable(v[0], v[1]);\n}\n");
        add("element of another container", "int main() { std::vector<int> v{1}; std::vector<int> w{2};\n"
                                            "  addFirst(v, w[0]);\n}\n");
        add("pointer arguments", "int main() { int n = 2;\n  scale(&n, &n); // <-\n}\n");
        add("pointer arguments to different objects", "int main() { int n = 2; int m = 3;\n  scale(&n, &m);\n}\n");
        add("through a reference variable", "int main() { std::string w = \"ab\"; std::string& alias = w;\n"
                                            "  appendTwice(alias, w); // <-\n}\n");
        add("reference parameter passed twice",
            "void twice(std::string& s) {\n  appendTwice(s, s); // <-\n}\nint main() { std::string w; twice(w); }\n");
        add("two reference parameters", "void join(std::string& a, std::string& b) {\n  appendTwice(a, b);\n}\n"
                                        "int main() { std::string w; std::string u; join(w, u); }\n");
        add("spans of one vector", "int main() { std::vector<int> v{1};\n  fill(v, v); // <-\n}\n");
        add("std::swap with itself is the library's business", "int main() { int n = 1;\n  std::swap(n, n);\n}\n");
        add("non-const method with itself", "int main() { Text t{\"a\"};\n  t.append(t); // <-\n}\n");
        add("const method with itself", "int main() { Text t{\"a\"};\n  return t.same(t) ? 0 : 1;\n}\n");
        add("library member with itself", "int main() { std::string s = \"a\";\n  s.append(s);\n}\n");
        add("lambda with two references",
            "int main() { auto add = [](std::string& out, const std::string& in) { out += in; };\n"
            "  std::string w = \"a\";\n  add(w, w); // <-\n}\n");

        // a live non-const reference or pointer
        add("reference, direct write, reference used", "int main() { int x = 1; int& r = x;\n"
                                                        "  x = 2; // <-\n  r = 3;\n  return x;\n}\n");
        add("reference used before the direct use only", "int main() { int x = 1; int& r = x;\n"
                                                          "  r = 3;\n  x = 2;\n  return x;\n}\n");
        add("const reference is shared", "int main() { int x = 1; const int& r = x;\n"
                                         "  std::cout << x;\n  return r;\n}\n");
        add("pointer, read by name, pointer used", "int main() { int x = 1; int* p = &x;\n"
                                                   "  std::cout << x; // <-\n  *p = 3;\n}\n");
        add("pointer pointed elsewhere first", "int main() { int x = 1; int y = 2; int* p = &x;\n"
                                               "  p = &y;\n  std::cout << x;\n  *p = 3;\n}\n");
        add("pointer only compared with null later", "int main() { int x = 1; int* p = &x;\n"
                                                     "  std::cout << x;\n  return p != nullptr;\n}\n");
        add("member reference, whole object used", "int main() { Point pt; int& x = pt.x;\n"
                                                   "  Point copy = pt; // <-\n  x = 4;\n  return copy.x;\n}\n");
        add("member reference, sibling member used", "int main() { Point pt; int& x = pt.x;\n"
                                                     "  pt.y = 2;\n  x = 4;\n  return pt.y;\n}\n");
        add("element reference, size read", "int main() { std::vector<int> v{1, 2}; int& first = v[0];\n"
                                            "  std::cout << v.size(); // <-\n  first = 5;\n}\n");
        add("element reference, other element written", "int main() { std::vector<int> v{1, 2}; int& first = v[0];\n"
                                                        "  v[1] = 7;\n  first = 5;\n}\n");
        add("element reference, push_back is invalidated-reference",
            "int main() { std::vector<int> v{1, 2}; int& first = v[0];\n  v.push_back(3);\n  first = 5;\n}\n");
        add("second mutable reference", "int main() { std::string s; std::string& a = s;\n"
                                        "  std::string& b = s; // <-\n  a += \"x\";\n  b += \"y\";\n}\n");
        add("loop uses the pointer in the next iteration",
            "int main() { int total = 0; int* p = &total;\n"
            "  for (int i = 0; i < 3; ++i) {\n    *p += i;\n    std::cout << total; // <-\n  }\n}\n");
        add("loop variable reference with the container read",
            "int main() { std::vector<int> v{1, 2};\n  for (int& x : v) {\n    x += 1;\n    std::cout << v.size();\n  }\n}\n");
    }

    void findsExactlyTheMarkedLines() {
        QFETCH(QString, body);
        const std::string code = program(body.toUtf8().constData());
        const engine::FileReport report = checkSnippet(code);
        QCOMPARE(report.status, engine::FileStatus::Checked);
        QCOMPARE(tests::linesOf(report, engine::RuleId::ExclusiveMutableBorrow), tests::markedLines(code));
    }

    void offByDefault() {
        const std::string code = program("int main() { std::string w = \"ab\";\n  appendTwice(w, w);\n}\n");
        QVERIFY(checkSnippet(code, engine::RuleSet::bugs()).findings.empty());
    }

    void callFindingNamesBothBorrowsAndTheCall() {
        const std::string code = program("int main() { std::string word = \"ab\";\n  appendTwice(word, word);\n}\n");
        const auto findings = exclusiveFindings(code);
        QCOMPARE(findings.size(), std::size_t(1));
        const engine::Diagnostic& d = findings.front();
        QCOMPARE(d.message, std::string("cannot borrow `word` as immutable because it is also borrowed as mutable"));
        QCOMPARE(d.rustCode, std::string("E0502"));
        QCOMPARE(d.severity, engine::Severity::Warning);
        QCOMPARE(d.primary.column, 21u); // the second `word`
        QCOMPARE(d.primaryLabel, std::string("immutable borrow occurs here"));
        QCOMPARE(d.labels.size(), std::size_t(2));
        QCOMPARE(d.labels[0].message, std::string("mutable borrow later used by call"));
        QCOMPARE(d.labels[0].span.column, 3u);
        QCOMPARE(d.labels[1].message, std::string("mutable borrow occurs here"));
        QCOMPARE(d.labels[1].span.column, 15u);
        QVERIFY(d.notes.front().find("`out` and parameter `piece`") != std::string::npos);
        QVERIFY(d.help.find("copy") != std::string::npos);
    }

    void twoMutableArgumentsAreE0499() {
        const std::string code = program("int main() { int n = 1;\n  bothMutable(n, n);\n}\n");
        const auto findings = exclusiveFindings(code);
        QCOMPARE(findings.size(), std::size_t(1));
        const engine::Diagnostic& d = findings.front();
        QCOMPARE(d.message, std::string("cannot borrow `n` as mutable more than once at a time"));
        QCOMPARE(d.rustCode, std::string("E0499"));
        QCOMPARE(d.primaryLabel, std::string("second mutable borrow occurs here"));
        QCOMPARE(d.labels[1].message, std::string("first mutable borrow occurs here"));
    }

    void liveBorrowFindingPointsAtTheConflictingUse() {
        const std::string code = program("int main() { int hp = 10;\n  int* target = &hp;\n  *target -= 3;\n"
                                         "  std::cout << hp;\n  *target -= 3;\n}\n");
        const auto findings = exclusiveFindings(code);
        QCOMPARE(findings.size(), std::size_t(1));
        const engine::Diagnostic& d = findings.front();
        QCOMPARE(d.message, std::string("cannot borrow `hp` as immutable because it is also borrowed as mutable"));
        QCOMPARE(d.rustCode, std::string("E0502"));
        QCOMPARE(d.primary.line, 22u);
        QCOMPARE(d.primaryLabel, std::string("immutable borrow occurs here"));
        QCOMPARE(d.labels.size(), std::size_t(2));
        QCOMPARE(d.labels[0].span.line, 20u);
        QCOMPARE(d.labels[0].message, std::string("mutable borrow occurs here"));
        QCOMPARE(d.labels[1].span.line, 23u);
        QCOMPARE(d.labels[1].message, std::string("mutable borrow later used here"));
        QCOMPARE(d.help, std::string("use `target` here instead of `hp`, or finish using `target` before this line"));
    }

    void readInTheSameStatementIsNotTheNextIteration() {
        const std::string code = program("int main() { std::vector<int> v{1, 2};\n"
                                         "  for (int& x : v)\n    x = static_cast<int>(v.size());\n}\n");
        const auto findings = exclusiveFindings(code);
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings.front().primary.line, 21u);
        QCOMPARE(findings.front().labels.back().message, std::string("mutable borrow later used here"));
    }

    void directWriteIsE0499() {
        const std::string code = program("int main() { int x = 1; int& r = x;\n  x = 2;\n  r = 3;\n}\n");
        const auto findings = exclusiveFindings(code);
        QCOMPARE(findings.size(), std::size_t(1));
        const engine::Diagnostic& d = findings.front();
        QCOMPARE(d.rustCode, std::string("E0499"));
        QCOMPARE(d.primaryLabel, std::string("second mutable borrow occurs here"));
        QCOMPARE(d.labels.back().message, std::string("first borrow later used here"));
    }
};

QTEST_APPLESS_MAIN(ExclusiveBorrowTest)
#include "exclusive_borrow_test.moc"
