// rustc-style text: the exact layout of ownership-rules.md, colour, odd spans.
#include "engine/diagnostics/text_renderer.h"

#include <QtTest>

using namespace ownlings::engine;

namespace {

std::string sampleSource() {
    std::string source;
    for (int line = 1; line <= 10; ++line) source += "// filler " + std::to_string(line) + "\n";
    source += "    auto owner = std::move(name);\n";
    source += "    std::cout << owner << '\\n';\n";
    source += "    owner += \"!\";\n";
    source += "    std::cout << name << '\\n';\n";
    return source;
}

Diagnostic sampleDiagnostic() {
    Diagnostic d;
    d.rule = RuleId::UseAfterMove;
    d.severity = Severity::Error;
    d.message = "use of moved value: `name`";
    d.primary = {"exercises/02_move/move3.cpp", 14, 18, 14, 22};
    d.primaryLabel = "value used here after move";
    d.labels.push_back({{"exercises/02_move/move3.cpp", 11, 18, 11, 33}, "value moved here"});
    d.notes.push_back("`std::string` has no defined state after a move");
    d.help = "use `owner` instead, or copy with `auto owner = name;`";
    d.rustCode = "E0382";
    return d;
}

} // namespace

class TextRendererTest : public QObject {
    Q_OBJECT
private slots:
    void matchesTheCatalogueLayoutExactly() {
        TextRenderer renderer(false);
        renderer.addSource("exercises/02_move/move3.cpp", sampleSource());
        const std::string expected = R"(error[use-after-move]: use of moved value: `name`
  --> exercises/02_move/move3.cpp:14:18
   |
11 |     auto owner = std::move(name);
   |                  --------------- value moved here
...
14 |     std::cout << name << '\n';
   |                  ^^^^ value used here after move
   |
   = note: `std::string` has no defined state after a move
   = help: use `owner` instead, or copy with `auto owner = name;`
   = rust: E0382

)";
        QCOMPARE(QString::fromStdString(renderer.render(sampleDiagnostic())), QString::fromStdString(expected));
    }
    void showsTheLineBetweenTwoMarkedLinesInsteadOfDots() {
        TextRenderer renderer(false);
        renderer.addSource("f.cpp", sampleSource());
        Diagnostic d = sampleDiagnostic();
        d.primary.file = d.labels[0].span.file = "f.cpp";
        d.primary.line = 13;
        const std::string out = renderer.render(d);
        QVERIFY(out.find("12 |     std::cout << owner") != std::string::npos);
        QVERIFY(out.find("...") == std::string::npos);
    }
    void labelsOnOneLineHangBelowTheirMarks() {
        TextRenderer renderer(false);
        renderer.addSource("g.cpp", "f(std::move(a), a);\n");
        Diagnostic d;
        d.rule = RuleId::UseAfterMove;
        d.message = "use of moved value: `a`";
        d.primary = {"g.cpp", 1, 17, 1, 18};
        d.primaryLabel = "value used here after move";
        d.labels.push_back({{"g.cpp", 1, 3, 1, 15}, "value moved here"});
        const std::string expected = "error[use-after-move]: use of moved value: `a`\n"
                                     " --> g.cpp:1:17\n"
                                     "  |\n"
                                     "1 | f(std::move(a), a);\n"
                                     "  |   ------------  ^ value used here after move\n"
                                     "  |   |\n"
                                     "  |   value moved here\n"
                                     "\n";
        QCOMPARE(QString::fromStdString(renderer.render(d)), QString::fromStdString(expected));
    }
    void labelNestedInAnotherOnOneLineIsDrawnOverIt() {
        TextRenderer renderer(false);
        renderer.addSource("n.cpp", "std::string_view v = a + b;\nuse(v);\n");
        Diagnostic d;
        d.rule = RuleId::DanglingTemporary;
        d.message = "temporary value dropped while borrowed";
        d.primary = {"n.cpp", 2, 5, 2, 6};
        d.primaryLabel = "borrow later used here";
        d.labels.push_back({{"n.cpp", 1, 22, 1, 27}, "creates a temporary"});
        d.labels.push_back({{"n.cpp", 1, 1, 1, 28}, "freed at the end of this statement"});
        const std::string expected = "error[dangling-temporary]: temporary value dropped while borrowed\n"
                                     " --> n.cpp:2:5\n"
                                     "  |\n"
                                     "1 | std::string_view v = a + b;\n"
                                     "  | --------------------------- freed at the end of this statement\n"
                                     "  |                      |\n"
                                     "  |                      creates a temporary\n"
                                     "2 | use(v);\n"
                                     "  |     ^ borrow later used here\n"
                                     "\n";
        QCOMPARE(QString::fromStdString(renderer.render(d)), QString::fromStdString(expected));
    }
    void nonAsciiTextBeforeTheSpanKeepsTheCaretAligned() {
        TextRenderer renderer(false);
        renderer.addSource("u.cpp", "auto s = \"Grüße\" + name;\n");
        Diagnostic d;
        d.message = "m";
        d.primary = {"u.cpp", 1, 22, 1, 26}; // byte columns: "ü" and "ß" take two bytes each
        const std::string out = renderer.render(d);
        QVERIFY(out.find(" --> u.cpp:1:20") != std::string::npos);
        QVERIFY(out.find("  |                    ^^^^") != std::string::npos);
    }
    void tabsAreExpandedInTheLineAndTheUnderline() {
        TextRenderer renderer(false);
        renderer.addSource("t.cpp", "\tuse(x);\n");
        Diagnostic d;
        d.message = "m";
        d.primary = {"t.cpp", 1, 6, 1, 7};
        const std::string out = renderer.render(d);
        QVERIFY(out.find("1 |     use(x);") != std::string::npos);
        QVERIFY(out.find("  |         ^") != std::string::npos);
    }
    void compilerErrorHasNoRuleInItsHeader() {
        TextRenderer renderer(false);
        renderer.addSource("c.cpp", "int main() { oops(); }\n");
        Diagnostic d;
        d.message = "use of undeclared identifier 'oops'";
        d.primary = {"c.cpp", 1, 14, 1, 18};
        QVERIFY(renderer.render(d).rfind("error: use of undeclared identifier 'oops'\n", 0) == 0);
    }
    void colourOnlyWhenAsked() {
        TextRenderer plain(false);
        TextRenderer colour(true);
        plain.addSource("exercises/02_move/move3.cpp", sampleSource());
        colour.addSource("exercises/02_move/move3.cpp", sampleSource());
        QVERIFY(plain.render(sampleDiagnostic()).find('\x1b') == std::string::npos);
        const std::string painted = colour.render(sampleDiagnostic());
        QVERIFY(painted.find("\x1b[1;31merror[use-after-move]\x1b[0m") != std::string::npos);
    }
    void warningsOfDisciplineRulesSayWarning() {
        TextRenderer renderer(false);
        Diagnostic d;
        d.rule = RuleId::Leak;
        d.severity = Severity::Warning;
        d.message = "leak";
        QVERIFY(renderer.render(d).rfind("warning[leak]: leak\n", 0) == 0);
    }
    void reportOfAnUnreadableFileIsOneLine() {
        TextRenderer renderer(false);
        FileReport report;
        report.path = "x.cpp";
        report.status = FileStatus::InputError;
        report.error = "`x.cpp` is a directory, not a source file";
        QCOMPARE(QString::fromStdString(renderer.render(report)),
                 QStringLiteral("error: `x.cpp` is a directory, not a source file\n"));
    }
};

QTEST_APPLESS_MAIN(TextRendererTest)
#include "text_renderer_test.moc"
