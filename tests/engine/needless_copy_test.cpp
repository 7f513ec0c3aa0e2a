// needless-copy on small snippets: each bug case has a clean twin that must stay silent.
// A line ending in `// <-` is where a finding is expected (the parameter's line); no marker means clean.
#include "snippet.h"

#include <QtTest>

using namespace ownlings;
using tests::checkSnippet;

namespace {

const char* const kPrelude = R"(#include <algorithm>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <numeric>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
void show(const std::string& s) { std::cout << s; }
void edit(std::string& s) { s += "!"; }
struct Person { std::string name; int age = 0; };
struct Point { int x = 0; int y = 0; };
)";

std::string program(const char* body) { return std::string(kPrelude) + body + "int main() {}\n"; }

} // namespace

class NeedlessCopyTest : public QObject {
    Q_OBJECT
private slots:
    void findsExactlyTheMarkedParameters_data() {
        QTest::addColumn<QString>("body");
        auto add = [](const char* name, const char* body) { QTest::newRow(name) << QString::fromUtf8(body); };

        add("vector only summed", "int total(std::vector<int> scores) { // <-\n"
                                  "  int sum = 0; for (int s : scores) sum += s; return sum; }\n");
        add("vector summed by const reference", "int total(const std::vector<int>& scores) {\n"
                                                "  int sum = 0; for (int s : scores) sum += s; return sum; }\n");
        add("string only printed", "void title(std::string t) { // <-\n  std::cout << t; }\n");
        add("string_view parameter", "void title(std::string_view t) {\n  std::cout << t; }\n");
        add("size of a string", "std::size_t length(std::string s) { // <-\n  return s.size(); }\n");
        add("string changed before printing", "void shout(std::string s) {\n  s += \"!\"; std::cout << s; }\n");
        add("passed on as const reference", "void relay(std::string s) { // <-\n  show(s); }\n");
        add("passed on as non-const reference", "void relay(std::string s) {\n  edit(s); show(s); }\n");
        add("map looked up", "bool has(std::map<std::string, int> m, const std::string& k) { // <-\n"
                             "  return m.count(k) > 0; }\n");
        add("map indexed with [] may insert", "int get(std::map<std::string, int> m, const std::string& k) {\n"
                                              "  std::cout << m[k]; return 0; }\n");
        add("member read of a class with a string", "int age(Person p) { // <-\n  return p.age; }\n");
        add("trivially copyable struct", "int sum(Point p) {\n  return p.x + p.y; }\n");
        add("read with a reading algorithm", "long count(std::vector<int> v) { // <-\n"
                                             "  return std::count(v.begin(), v.end(), 3); }\n");
        add("sorted copy", "int median(std::vector<int> v) {\n  std::sort(v.begin(), v.end()); return v[v.size() / 2]; }\n");
        add("returned", "std::string same(std::string s) {\n  return s; }\n");
        add("moved into a member", "struct Box { std::string label;\n"
                                   "  explicit Box(std::string l) : label(std::move(l)) {} };\n");
        add("lambda parameter only read", "auto lengthOf = [](std::string w) { return w.size(); }; // <-\n");
        add("lambda parameter changed", "auto loud = [](std::string w) { w += \"!\"; return w; };\n");
        add("elements changed through a reference", "void twice(std::vector<int> v) {\n"
                                                    "  for (int& x : v) x *= 2; std::cout << v.size(); }\n");
        add("unused parameter", "void ignore(std::string) {}\n");
        add("smart pointer and callable", "void run(std::shared_ptr<int> p, std::function<void()> f) {\n"
                                          "  if (p) f(); }\n");
        add("template parameter", "template <class T> std::size_t count(T items) {\n  return items.size(); }\n");
        add("virtual override keeps its signature",
            "struct Base { virtual ~Base() = default; virtual void name(std::string n) { std::cout << n; } };\n"
            "struct Derived : Base { void name(std::string n) override { std::cout << n; } };\n");
    }

    void findsExactlyTheMarkedParameters() {
        QFETCH(QString, body);
        const std::string code = program(body.toUtf8().constData());
        const engine::FileReport report = checkSnippet(code);
        QCOMPARE(report.status, engine::FileStatus::Checked);
        QCOMPARE(tests::linesOf(report, engine::RuleId::NeedlessCopy), tests::markedLines(code));
    }

    void offByDefault() {
        const std::string code = program("void title(std::string t) {\n  std::cout << t; }\n");
        QVERIFY(checkSnippet(code, engine::RuleSet::bugs()).findings.empty());
    }

    void findingSaysWhatToTakeInstead() {
        const std::string code = program("void title(std::string t) {\n  std::cout << t; }\n");
        const auto report = checkSnippet(code);
        QCOMPARE(report.findings.size(), std::size_t(1));
        const engine::Diagnostic& d = report.findings.front();
        QCOMPARE(d.message, std::string("`t` is copied for every call but only read"));
        QCOMPARE(d.severity, engine::Severity::Warning);
        QCOMPARE(d.primary.line, 15u);
        QCOMPARE(d.primary.column, 12u);
        QCOMPARE(d.help, std::string("take it by `const std::string&` (or as a `std::string_view`) instead"));
    }
};

QTEST_APPLESS_MAIN(NeedlessCopyTest)
#include "needless_copy_test.moc"
