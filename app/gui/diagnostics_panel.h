#pragma once
// DiagnosticsPanel: the "Problems" dock that lists one checked file's diagnostics.

#include "engine/diagnostics/diagnostic.h"

#include <QDockWidget>
#include <QIcon>

#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;

namespace ownlings::engine {
struct FileReport;
}

namespace ownlings::gui {

/// A dock with one entry per diagnostic (its summary line, a severity icon and
/// the full text as tooltip). Activating an entry emits the span to jump to;
/// its context menu and the Explain button ask for the rule's explanation.
/// GUI thread only.
class DiagnosticsPanel : public QDockWidget {
    Q_OBJECT
public:
    explicit DiagnosticsPanel(QWidget* parent = nullptr);
    ~DiagnosticsPanel() override;

    /// Lists the compiler errors and findings of `report`, or its input or
    /// internal error, replacing what was listed before. A clean report shows
    /// an empty list with a "no problems" note.
    void showReport(const engine::FileReport& report);

    /// Empties the list and shows `message` (with `icon`, if given) in its place.
    void showMessage(const QString& message, const QIcon& icon = QIcon());

    /// Marks the entries as belonging to an older version of the text (true
    /// after an edit) or to the current one.
    void setStale(bool stale);

    /// Makes entry `row` the current one and, if it has a location, emits
    /// spanActivated() as a click would. Does nothing for a row out of range.
    void selectEntry(int row);

    /// How many entries the list holds.
    int entryCount() const;

    /// The rule of the current entry, if it is a rule's finding.
    std::optional<engine::RuleId> currentRule() const;
    /// The rule of the first entry that has one.
    std::optional<engine::RuleId> firstRule() const;

signals:
    /// The learner clicked (or pressed Enter on) an entry that has a location.
    void spanActivated(const ownlings::engine::SourceSpan& span);
    /// The learner asked for the explanation of an entry's rule.
    void explainRequested(ownlings::engine::RuleId rule);


private:
    void addDiagnostic(const engine::Diagnostic& diagnostic);
    void addError(const QString& text);
    QWidget* createPlaceholder();
    void showList();
    void updateTitle();
    void activate(QListWidgetItem* item);
    void updateExplainButton();
    void showEntryMenu(const QPoint& at);
    void applyThemeColors();
    static std::optional<engine::RuleId> ruleOf(const QListWidgetItem* item);

    QStackedWidget* m_stack = nullptr;
    QListWidget* m_list = nullptr;
    QWidget* m_placeholderPage = nullptr;
    QLabel* m_placeholderIcon = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_staleNote = nullptr;
    QPushButton* m_explainButton = nullptr;
    std::vector<engine::SourceSpan> m_spans; ///< by the index stored in each item
};

} // namespace ownlings::gui
