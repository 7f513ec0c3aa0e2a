// Check as you type in the real window: typed fixes, the debounce, stale results, a killed worker.
#include "app/gui/check_runner.h"
#include "app/gui/code_editor.h"
#include "app/gui/live_checker.h"
#include "app/gui/main_window.h"
#include "engine/diagnostics/file_report.h"
#include "tests/gui/editor_probe.h"

#include <QListWidget>
#include <QtTest>

#include <csignal>

#include <sys/types.h>

using ownlings::engine::Severity;
using ownlings::gui::CodeEditor;
using ownlings::gui::LiveChecker;
using ownlings::gui::MainWindow;
using ownlings::gui::testing::lineContaining;
using ownlings::gui::testing::underIndicator;

namespace {

constexpr int kCheckTimeoutMs = 20'000;
const QString kMove = QStringLiteral("std::move(favourites)");

} // namespace

class LiveCheckTest : public QObject {
    Q_OBJECT
private slots:
    void init() {
        m_window = std::make_unique<MainWindow>();
        m_editor = m_window->editor();
        m_list = m_window->findChild<QListWidget*>(QStringLiteral("diagnosticsList"));
        m_shown = std::make_unique<QSignalSpy>(m_window.get(), &MainWindow::checkShown);
        m_requested = std::make_unique<QSignalSpy>(m_window->liveChecker(), &LiveChecker::checkRequested);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The sample is checked as soon as it is loaded, without asking.
        QVERIFY(m_shown->wait(kCheckTimeoutMs));
        QCOMPARE(m_list->count(), 1);
    }

    void cleanup() {
        m_shown.reset();
        m_requested.reset();
        m_window.reset();
    }

    void typingAFixClearsTheDiagnosticsAfterThePause() {
        selectMove();
        const auto before = m_shown->count();
        m_requested->clear();
        QTest::keyClicks(m_editor, QStringLiteral("favourites"));
        // Every keystroke restarted the debounce: nothing was checked while typing.
        QCOMPARE(m_requested->count(), 0);
        QElapsedTimer pause;
        pause.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_shown->count() > before, kCheckTimeoutMs);
        QVERIFY2(pause.elapsed() >= LiveChecker::kDefaultDebounceMs - 20, qPrintable(QString::number(pause.elapsed())));
        QCOMPARE(m_requested->count(), 1); // one check for the whole word
        QCOMPARE(m_list->count(), 0);
        QVERIFY(underIndicator(*m_editor, m_editor->primaryIndicator(Severity::Error)).isEmpty());
    }

    void theCheckRunsDuringThePauseAndShowsWhenItEnds() {
        // A long pause, so that the check started halfway surely ends within it.
        constexpr int kPauseMs = 3'000;
        m_window->liveChecker()->setDebounceInterval(kPauseMs);
        QSignalSpy started(m_window->liveChecker()->runner(), &ownlings::gui::CheckRunner::started);
        selectMove();
        const auto before = m_shown->count();
        m_requested->clear();
        QElapsedTimer pause;
        pause.start();
        QTest::keyClicks(m_editor, QStringLiteral("favourites"));
        QVERIFY(started.wait(kPauseMs)); // the check started within the pause...
        QCOMPARE(m_requested->count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_shown->count() > before, kCheckTimeoutMs);
        // ...but its result waited for the pause to end (a coarse QTimer may fire
        // 5% early), and no second check ran.
        QVERIFY2(pause.elapsed() >= kPauseMs * 94 / 100, qPrintable(QString::number(pause.elapsed())));
        QCOMPARE(m_requested->count(), 1);
        QCOMPARE(started.count(), 1);
        QCOMPARE(m_list->count(), 0);
    }

    void anEditDuringThePauseDropsTheEarlyResult() {
        constexpr int kPauseMs = 3'000;
        m_window->liveChecker()->setDebounceInterval(kPauseMs);
        QSignalSpy started(m_window->liveChecker()->runner(), &ownlings::gui::CheckRunner::started);
        const QString withTheMove = m_editor->text();
        selectMove();
        QTest::keyClicks(m_editor, QStringLiteral("favourites"));
        QVERIFY(started.wait(kPauseMs));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->liveChecker()->runner()->isBusy(), kCheckTimeoutMs);
        // The fix is undone before the pause ends: the held result (no problems) must not show.
        const auto before = m_shown->count();
        m_editor->setText(withTheMove);
        QTRY_VERIFY_WITH_TIMEOUT(m_shown->count() > before, kCheckTimeoutMs);
        QCOMPARE(m_list->count(), 1);
    }

    void typingStaysResponsiveWhileACheckRuns() {
        // A check is in the worker; the GUI thread keeps handling keys meanwhile.
        m_window->runCheck();
        QVERIFY(m_window->liveChecker()->runner()->isBusy());
        m_editor->setCursorPosition(0, 0);
        QElapsedTimer typing;
        typing.start();
        QTest::keyClicks(m_editor, QStringLiteral("// typed during a check"));
        QTest::keyClick(m_editor, Qt::Key_Return);
        QVERIFY2(typing.elapsed() < 1000, qPrintable(QString::number(typing.elapsed())));
        QVERIFY(m_editor->text().startsWith(QStringLiteral("// typed during a check\n")));
    }

    void aResultForOlderTextIsDroppedAndTheNewTextIsShown() {
        QSignalSpy dropped(m_window->liveChecker(), &LiveChecker::staleResultDropped);
        // A long pause, so that the running check surely ends before the next one starts.
        m_window->liveChecker()->setDebounceInterval(2'000);
        const auto before = m_shown->count();
        m_window->runCheck();
        // Lines move down under the running check: its spans would be one line off.
        m_editor->insertAt(QStringLiteral("// a new first line\n"), 0, 0);
        QVERIFY(dropped.wait(kCheckTimeoutMs));
        QCOMPARE(m_shown->count(), before); // nothing painted from the old text
        QVERIFY(m_shown->wait(kCheckTimeoutMs));
        QCOMPARE(m_shown->count(), before + 1);
        const int useLine = lineContaining(m_editor->text(), QStringLiteral("printPlaylist(favourites);"));
        QVERIFY(ownlings::gui::testing::hasMarker(*m_editor, useLine, m_editor->primaryMarker(Severity::Error)));
        QCOMPARE(underIndicator(*m_editor, m_editor->primaryIndicator(Severity::Error)), QByteArray("favourites"));
    }

    void killingTheWorkerDoesNotStopChecking() {
        const qint64 pid = m_window->liveChecker()->runner()->workerProcessId();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
        selectMove();
        const auto before = m_shown->count();
        QTest::keyClicks(m_editor, QStringLiteral("favourites"));
        QTRY_VERIFY_WITH_TIMEOUT(m_shown->count() > before, kCheckTimeoutMs);
        QCOMPARE(m_list->count(), 0);
        QVERIFY(m_window->liveChecker()->runner()->workerProcessId() != pid);
    }

    void turningCheckAsYouTypeOffWaitsForTheCheckAction() {
        m_window->actions().checkAsYouType->setChecked(false);
        selectMove();
        m_requested->clear();
        QTest::keyClicks(m_editor, QStringLiteral("favourites"));
        QTest::qWait(LiveChecker::kDefaultDebounceMs + 200);
        QCOMPARE(m_requested->count(), 0);
        QCOMPARE(m_list->count(), 1);
        const auto before = m_shown->count();
        m_window->checkAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_shown->count() > before, kCheckTimeoutMs);
        QCOMPARE(m_list->count(), 0);
    }

    void aFileThatCrashesTheCheckerIsNamedInTheProblemsList() {
        m_shown.reset();
        m_requested.reset();
        m_window.reset();
        // A worker that aborts on a marker in the source, as a checker bug would.
        qputenv("OWNLINGS_CHECK_WORKER", FAKE_CHECK_WORKER);
        MainWindow window;
        qunsetenv("OWNLINGS_CHECK_WORKER");
        QSignalSpy shown(&window, &MainWindow::checkShown);
        QVERIFY(shown.wait(kCheckTimeoutMs));
        window.editor()->setCursorPosition(0, 0);
        window.editor()->insert(QStringLiteral("// CRASH_THE_WORKER\n"));
        QVERIFY(shown.wait(kCheckTimeoutMs));
        auto* list = window.findChild<QListWidget*>(QStringLiteral("diagnosticsList"));
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("the checker crashed on this file")),
                 qPrintable(list->item(0)->text()));
        // Editing on checks again with a fresh worker.
        window.editor()->setText(window.editor()->text().remove(QStringLiteral("// CRASH_THE_WORKER\n")));
        QVERIFY(shown.wait(kCheckTimeoutMs));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("use-after-move")));
    }

private:
    void selectMove() {
        const int line = lineContaining(m_editor->text(), kMove);
        QVERIFY(line >= 0);
        const auto index = static_cast<int>(m_editor->text(line).indexOf(kMove));
        m_editor->setSelection(line, index, line, index + static_cast<int>(kMove.size()));
        m_editor->setFocus();
    }

    std::unique_ptr<MainWindow> m_window;
    CodeEditor* m_editor = nullptr;
    QListWidget* m_list = nullptr;
    std::unique_ptr<QSignalSpy> m_shown;
    std::unique_ptr<QSignalSpy> m_requested;
};

QTEST_MAIN(LiveCheckTest)
#include "live_check_test.moc"
