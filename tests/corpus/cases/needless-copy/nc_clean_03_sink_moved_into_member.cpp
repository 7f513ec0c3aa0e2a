// case: a constructor takes its string by value and moves it into a member: the copy is kept, not wasted.
#include <iostream>
#include <string>
#include <utility>

class Label {
public:
    explicit Label(std::string text) : m_text(std::move(text)) {}
    void set(std::string text) { m_text = std::move(text); }
    const std::string& text() const { return m_text; }

private:
    std::string m_text;
};

int main() {
    Label label("draft");
    label.set("final");
    std::cout << label.text() << '\n';
}
