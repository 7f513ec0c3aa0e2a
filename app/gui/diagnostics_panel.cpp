// The Problems dock: a list of diagnostics, a placeholder when there is nothing to list.
#include "app/gui/diagnostics_panel.h"

#include "app/course/diagnostic_text.h"
#include "app/gui/severity_style.h"
#include "app/gui/theme.h"
#include "engine/diagnostics/file_report.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ownlings::gui {
namespace {

constexpr int kSpanRole = Qt::UserRole + 1;
constexpr int kRuleRole = Qt::UserRole + 2;

QString ruleName(engine::RuleId rule) { return QString::fromUtf8(engine::ruleInfo(rule).name); }

QLabel* makeNote(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

DiagnosticsPanel::DiagnosticsPanel(QWidget* parent) : QDockWidget(tr("Problems"), parent) {
    setObjectName(QStringLiteral("diagnosticsPanel"));
    setFeatures(DockWidgetMovable | DockWidgetFloatable);
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_staleNote = makeNote(QStringLiteral("staleNote"), body);
    m_staleNote->setText(tr("The text changed since this check. Press Ctrl+Return to check again."));
    m_staleNote->hide();
    layout->addWidget(m_staleNote);

    m_list = new QListWidget(body);
    m_list->setObjectName(QStringLiteral("diagnosticsList"));
    m_list->setUniformItemSizes(true);
    m_list->setIconSize(QSize(16, 16));
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { padding: 3px 2px; }"));
    m_stack = new QStackedWidget(body);
    m_stack->addWidget(m_list);
    m_stack->addWidget(createPlaceholder());
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_stack, 1);
    m_explainButton = new QPushButton(body);
    m_explainButton->setObjectName(QStringLiteral("explainButton"));
    m_explainButton->setToolTip(tr("Read what the rule means, an example, the same mistake in Rust, and the fix (F1)"));
    row->addWidget(m_explainButton, 0, Qt::AlignTop);
    layout->addLayout(row);
    setWidget(body);

    connect(m_list, &QListWidget::itemClicked, this, &DiagnosticsPanel::activate);
    connect(m_list, &QListWidget::itemActivated, this, &DiagnosticsPanel::activate);
    connect(m_list, &QListWidget::currentItemChanged, this, &DiagnosticsPanel::updateExplainButton);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListWidget::customContextMenuRequested, this, &DiagnosticsPanel::showEntryMenu);
    connect(m_explainButton, &QPushButton::clicked, this, [this] {
        if (const auto rule = currentRule().has_value() ? currentRule() : firstRule()) emit explainRequested(*rule);
    });
    applyThemeColors();
    connect(&themeNotifier(), &ThemeNotifier::themeChanged, this, &DiagnosticsPanel::applyThemeColors);
    showMessage(tr("Press Ctrl+Return to check the file for ownership problems."));
}

DiagnosticsPanel::~DiagnosticsPanel() = default;

void DiagnosticsPanel::showReport(const engine::FileReport& report) {
    m_list->clear();
    m_spans.clear();
    setStale(false);
    for (const engine::Diagnostic& diagnostic : report.compilerErrors) addDiagnostic(diagnostic);
    for (const engine::Diagnostic& diagnostic : report.findings) addDiagnostic(diagnostic);
    if (!report.error.empty()) addError(QString::fromStdString(report.error));
    if (m_list->count() == 0) {
        showMessage(tr("No ownership problems found."), cleanIcon());
        return;
    }
    showList();
    updateExplainButton();
}

QWidget* DiagnosticsPanel::createPlaceholder() {
    m_placeholderPage = new QWidget(this);
    auto* row = new QHBoxLayout(m_placeholderPage);
    row->setSpacing(8);
    m_placeholderIcon = new QLabel(m_placeholderPage);
    m_placeholder = makeNote(QStringLiteral("placeholder"), m_placeholderPage);
    m_placeholder->setWordWrap(false);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    row->addStretch();
    row->addWidget(m_placeholderIcon);
    row->addWidget(m_placeholder);
    row->addStretch();
    return m_placeholderPage;
}

void DiagnosticsPanel::showMessage(const QString& message, const QIcon& icon) {
    m_list->clear();
    m_spans.clear();
    m_placeholder->setText(message);
    m_placeholderIcon->setPixmap(icon.pixmap(QSize(20, 20)));
    m_placeholderIcon->setVisible(!icon.isNull());
    m_stack->setCurrentWidget(m_placeholderPage);
    updateTitle();
    updateExplainButton();
}

void DiagnosticsPanel::setStale(bool stale) { m_staleNote->setVisible(stale && m_list->count() > 0); }

void DiagnosticsPanel::selectEntry(int row) {
    QListWidgetItem* item = m_list->item(row);
    if (!item) return;
    m_list->setCurrentItem(item);
    m_list->scrollToItem(item);
    activate(item);
}

int DiagnosticsPanel::entryCount() const { return m_list->count(); }

void DiagnosticsPanel::addDiagnostic(const engine::Diagnostic& diagnostic) {
    auto* item = new QListWidgetItem(severityIcon(diagnostic.severity), course::summaryLine(diagnostic), m_list);
    item->setToolTip(course::detailText(diagnostic));
    if (diagnostic.rule) item->setData(kRuleRole, static_cast<int>(*diagnostic.rule));
    if (!diagnostic.primary.valid()) return;
    item->setData(kSpanRole, static_cast<int>(m_spans.size()));
    m_spans.push_back(diagnostic.primary);
}

void DiagnosticsPanel::addError(const QString& text) {
    auto* item = new QListWidgetItem(severityIcon(engine::Severity::Error), tr("error: %1").arg(text), m_list);
    item->setToolTip(text);
}

void DiagnosticsPanel::showList() {
    m_stack->setCurrentWidget(m_list);
    updateTitle();
}

void DiagnosticsPanel::updateTitle() {
    const int count = m_list->count();
    setWindowTitle(count == 0 ? tr("Problems") : tr("Problems (%1)").arg(count));
}

void DiagnosticsPanel::activate(QListWidgetItem* item) {
    const QVariant index = item ? item->data(kSpanRole) : QVariant();
    if (!index.isValid()) return;
    emit spanActivated(m_spans.at(static_cast<std::size_t>(index.toInt())));
}

std::optional<engine::RuleId> DiagnosticsPanel::ruleOf(const QListWidgetItem* item) {
    const QVariant rule = item ? item->data(kRuleRole) : QVariant();
    if (!rule.isValid()) return std::nullopt;
    return static_cast<engine::RuleId>(rule.toInt());
}

std::optional<engine::RuleId> DiagnosticsPanel::currentRule() const { return ruleOf(m_list->currentItem()); }

std::optional<engine::RuleId> DiagnosticsPanel::firstRule() const {
    for (int row = 0; row < m_list->count(); ++row)
        if (const auto rule = ruleOf(m_list->item(row))) return rule;
    return std::nullopt;
}

void DiagnosticsPanel::updateExplainButton() {
    const std::optional<engine::RuleId> rule = currentRule().has_value() ? currentRule() : firstRule();
    m_explainButton->setVisible(rule.has_value());
    if (rule) m_explainButton->setText(tr("Explain %1").arg(ruleName(*rule)));
}

void DiagnosticsPanel::showEntryMenu(const QPoint& at) {
    QListWidgetItem* item = m_list->itemAt(at);
    if (!item) return;
    QMenu menu(this);
    QAction* goTo = menu.addAction(tr("Go to Problem"));
    goTo->setEnabled(item->data(kSpanRole).isValid());
    QAction* explain = nullptr;
    if (const auto rule = ruleOf(item)) explain = menu.addAction(tr("Explain %1").arg(ruleName(*rule)));
    QAction* chosen = menu.exec(m_list->viewport()->mapToGlobal(at));
    if (chosen == goTo) activate(item);
    if (chosen && chosen == explain) emit explainRequested(*ruleOf(item));
}

void DiagnosticsPanel::applyThemeColors() {
    const EditorColors colors = editorColors(currentTheme());
    m_staleNote->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 4px 8px; }")
                                   .arg(colors.warningTint.name(), colors.warningText.name()));
}


} // namespace ownlings::gui
