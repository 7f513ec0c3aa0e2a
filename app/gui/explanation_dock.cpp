// The explanation side panel.
#include "app/gui/explanation_dock.h"

#include "app/gui/markdown_view.h"
#include "engine/explanations.h"

namespace ownlings::gui {

ExplanationDock::ExplanationDock(QWidget* parent)
    : QDockWidget(tr("Explanation"), parent), m_view(new MarkdownView(this)) {
    setObjectName(QStringLiteral("explanationDock"));
    setFeatures(DockWidgetMovable | DockWidgetFloatable | DockWidgetClosable);
    setWidget(m_view);
    m_view->setMarkdownText(
        tr("# Explanations\n\nPress **F1** on a problem in the editor, or choose **Explain** on an entry of "
           "the Problems list, to read what the rule means, an example, the same mistake in Rust, and the fix."));
}

void ExplanationDock::showRule(engine::RuleId rule) {
    const std::string_view text = engine::explanation(rule);
    const QString name = QString::fromUtf8(engine::ruleInfo(rule).name);
    showMarkdown(tr("Explanation: %1").arg(name),
                 text.empty() ? tr("# %1\n\nNo explanation was built into this version.").arg(name)
                              : QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
    m_rule = rule;
}

void ExplanationDock::showMarkdown(const QString& title, const QString& markdown) {
    m_rule.reset();
    setWindowTitle(title);
    m_view->setMarkdownText(markdown);
    show();
    raise();
}

} // namespace ownlings::gui
