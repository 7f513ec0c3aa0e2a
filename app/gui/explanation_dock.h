#pragma once
// ExplanationDock: the side panel that shows a rule's explanation (`ownlings explain RULE`).

#include "engine/rules.h"

#include <QDockWidget>

#include <optional>

namespace ownlings::gui {

class MarkdownView;

/// A dock with a MarkdownView. Empty until a rule is explained; the course
/// UI may show other Markdown in it with showMarkdown(). GUI thread only.
class ExplanationDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ExplanationDock(QWidget* parent = nullptr);

    /// Shows the explanation of `rule`, makes the dock visible and raises it.
    void showRule(engine::RuleId rule);
    /// Shows `markdown` under the dock title `title`.
    void showMarkdown(const QString& title, const QString& markdown);

    /// The rule shown last, if what is shown is a rule's explanation.
    std::optional<engine::RuleId> shownRule() const { return m_rule; }
    MarkdownView* view() const { return m_view; }

private:
    MarkdownView* m_view;
    std::optional<engine::RuleId> m_rule;
};

} // namespace ownlings::gui
