// Tests of the Problems dock: entries, tooltips, placeholder and activation.
#include "app/gui/diagnostics_panel.h"

#include "engine/diagnostics/file_report.h"

#include <QLabel>
#include <QListWidget>
#include <QtTest>

using ownlings::engine::Diagnostic;
using ownlings::engine::FileReport;
using ownlings::engine::FileStatus;
using ownlings::engine::Label;
using ownlings::engine::RuleId;
using ownlings::engine::SourceSpan;
using ownlings::gui::DiagnosticsPanel;

namespace {

Diagnostic finding(unsigned line) {
    Diagnostic diagnostic;
    diagnostic.rule = RuleId::UseAfterMove;
    diagnostic.message = "use of moved value: `name`";
    diagnostic.primary = SourceSpan{"a.cpp", line, 5, line, 9};
    diagnostic.labels = {Label{SourceSpan{"a.cpp", 2, 3, 2, 10}, "value moved here"}};
    diagnostic.help = "copy it instead";
    return diagnostic;
}

} // namespace

class DiagnosticsPanelTest : public QObject {
    Q_OBJECT
private slots:
    void init() {
        m_panel = std::make_unique<DiagnosticsPanel>();
        m_list = m_panel->findChild<QListWidget*>(QStringLiteral("diagnosticsList"));
        QVERIFY(m_list);
    }

    void listsOneEntryPerFindingWithSummaryAndTooltip() {
        FileReport report;
        report.findings = {finding(7), finding(12)};
        m_panel->showReport(report);
        QCOMPARE(m_list->count(), 2);
        QCOMPARE(m_list->item(0)->text(), QStringLiteral("7:5  error[use-after-move]: use of moved value: `name`"));
        QVERIFY(m_list->item(1)->text().startsWith(QStringLiteral("12:5  ")));
        const QString tooltip = m_list->item(0)->toolTip();
        QVERIFY2(tooltip.contains(QStringLiteral("line 2: value moved here")), qPrintable(tooltip));
        QVERIFY(tooltip.contains(QStringLiteral("help: copy it instead")));
        QVERIFY(!m_list->item(0)->icon().isNull());
        QCOMPARE(m_panel->windowTitle(), QStringLiteral("Problems (2)"));
    }

    void compilerErrorsAreListedWithoutARule() {
        FileReport report;
        report.status = FileStatus::CompileError;
        Diagnostic error;
        error.message = "use of undeclared identifier 'frob'";
        error.primary = SourceSpan{"a.cpp", 3, 1, 3, 5};
        report.compilerErrors = {error};
        m_panel->showReport(report);
        QCOMPARE(m_list->count(), 1);
        QCOMPARE(m_list->item(0)->text(), QStringLiteral("3:1  error: use of undeclared identifier 'frob'"));
    }

    void inputErrorIsShownAsAnEntry() {
        FileReport report;
        report.status = FileStatus::InputError;
        report.error = "the file is not UTF-8 text";
        m_panel->showReport(report);
        QCOMPARE(m_list->count(), 1);
        QVERIFY(m_list->item(0)->text().contains(QStringLiteral("the file is not UTF-8 text")));
    }

    void cleanReportShowsAPlaceholderInsteadOfEntries() {
        FileReport dirty;
        dirty.findings = {finding(7)};
        m_panel->showReport(dirty);
        m_panel->showReport(FileReport{});
        QCOMPARE(m_list->count(), 0);
        auto* placeholder = m_panel->findChild<QLabel*>(QStringLiteral("placeholder"));
        QVERIFY(placeholder);
        QVERIFY(placeholder->text().contains(QStringLiteral("No ownership problems")));
        QCOMPARE(m_panel->windowTitle(), QStringLiteral("Problems"));
    }

    void clickingAnEntryEmitsItsPrimarySpan() {
        FileReport report;
        report.findings = {finding(7), finding(12)};
        m_panel->showReport(report);
        m_panel->resize(600, 300);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QSignalSpy spy(m_panel.get(), &DiagnosticsPanel::spanActivated);
        QListWidgetItem* second = m_list->item(1);
        QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, m_list->visualItemRect(second).center());
        QVERIFY(spy.count() >= 1);
        QCOMPARE(spy.first().first().value<SourceSpan>(), finding(12).primary);
    }

    void entryWithoutLocationEmitsNothing() {
        FileReport report;
        report.status = FileStatus::InternalError;
        report.error = "the checker crashed";
        m_panel->showReport(report);
        QSignalSpy spy(m_panel.get(), &DiagnosticsPanel::spanActivated);
        m_panel->selectEntry(0);
        QCOMPARE(spy.count(), 0);
    }

    void staleNoteShowsOnlyOverEntries() {
        auto* note = m_panel->findChild<QLabel*>(QStringLiteral("staleNote"));
        QVERIFY(note);
        m_panel->show();
        m_panel->setStale(true);
        QVERIFY(!note->isVisible()); // nothing listed: nothing is outdated
        FileReport report;
        report.findings = {finding(7)};
        m_panel->showReport(report);
        QVERIFY(!note->isVisible());
        m_panel->setStale(true);
        QVERIFY(note->isVisible());
    }

private:
    std::unique_ptr<DiagnosticsPanel> m_panel;
    QListWidget* m_list = nullptr;
};

QTEST_MAIN(DiagnosticsPanelTest)
#include "diagnostics_panel_test.moc"
