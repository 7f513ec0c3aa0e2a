// The course in the window: tree, exercises in the editor, grading, hints,
// reset and history, quizzes and packs, on the example pack and a scratch data folder.
#include "app/course/pack/pack.h"
#include "app/course/session/course.h"
#include "app/gui/code_editor.h"
#include "app/gui/course_controller.h"
#include "app/gui/course_tree.h"
#include "app/gui/course_ui.h"
#include "app/gui/exercise_panel.h"
#include "app/gui/exercise_tools.h"
#include "app/gui/grade_controller.h"
#include "app/gui/grade_panel.h"
#include "app/gui/grade_runner.h"
#include "app/gui/history_dialog.h"
#include "app/gui/main_window.h"
#include "app/gui/quiz_page.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace ownlings;
using gui::CourseController;
using gui::CourseUi;

namespace {

// The first grade parses <iostream> with Clang; slow machines need a while.
constexpr int kGradeTimeoutMs = 120'000;

const QString kPack = QStringLiteral(OWNLINGS_EXAMPLE_PACK);
const QString kBrokenPack = QStringLiteral(OWNLINGS_EXAMPLE_PACK "/../broken-syntax");

/// With OWNLINGS_TEST_SHOTS=DIR, saves a picture of `window` there, to look at by eye.
void saveShot(QWidget* window, const QString& name) {
    const QString dir = qEnvironmentVariable("OWNLINGS_TEST_SHOTS");
    if (dir.isEmpty()) return;
    QTest::qWait(100); // let docks and layouts settle, as they would on screen
    window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QString readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class CourseWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        // Recent packs and the solution setting go to a scratch folder, not the developer's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void init() {
        QSettings().clear();
        m_confirmations = 0;
        m_confirmAnswer = true;
        m_problemDialogs = 0;
        m_problems.clear();
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
        openWindow();
        QVERIFY(m_controller->openPack(kPack));
    }

    void cleanup() {
        m_controller = nullptr;
        m_window.reset();
    }

    void openingThePackShowsTheTreeAndTheFirstExercise() {
        gui::CourseTree* tree = m_controller->ui()->tree();
        QCOMPARE(tree->shownProgress(), qMakePair(0, 5));
        QCOMPARE(tree->currentItemId(), QStringLiteral("move1"));
        QVERIFY(tree->rowOf(QStringLiteral("greet")));
        QCOMPARE(m_controller->ui()->currentPage(), CourseUi::Page::Editor);
        QVERIFY(m_window->editor()->text().contains(QStringLiteral("keep(std::move(name))")));
        QVERIFY(m_controller->ui()->exercisePanel()->markdown().contains(QStringLiteral("moved-from string")));
    }

    void typingAFixAndGradingMarksTheExerciseDone() {
        typeFix();
        QVERIFY(grade().passed);
        QCOMPARE(m_controller->ui()->tree()->shownStatus(QStringLiteral("move1")), course::ExerciseStatus::Done);
        QCOMPARE(m_controller->ui()->tree()->shownProgress(0), qMakePair(1, 3));
        QCOMPARE(storedStatus(QStringLiteral("move1")), course::ExerciseStatus::Done);
        QVERIFY(m_controller->ui()->gradePanel()->offersNext());
        saveShot(m_window.get(), QStringLiteral("passed"));
        // The graded text is in the workspace, and Next goes on to the quiz.
        QVERIFY(readFile(m_controller->openExercisePath()).contains(QStringLiteral("keep(name)")));
        m_controller->ui()->actions().nextItem->trigger();
        QCOMPARE(m_controller->ui()->currentPage(), CourseUi::Page::Quiz);
        QCOMPARE(m_controller->ui()->tree()->currentItemId(), QStringLiteral("moves-quiz1"));
        saveShot(m_window.get(), QStringLiteral("quiz"));
    }

    void aFailedGradeShowsTheFindingAndStaysAttempted() {
        const course::GradeResult result = grade();
        QVERIFY(!result.passed);
        QCOMPARE(result.stage, course::GradeStage::Check);
        QVERIFY(m_controller->ui()->gradePanel()->outputText().contains(QStringLiteral("use-after-move")));
        QCOMPARE(m_controller->ui()->tree()->shownStatus(QStringLiteral("move1")), course::ExerciseStatus::Attempted);
        QVERIFY(!m_controller->ui()->gradePanel()->offersNext());
        saveShot(m_window.get(), QStringLiteral("failed"));
    }

    void failingTestsShowInTheOutputPanel() {
        QVERIFY(m_controller->openItem(QStringLiteral("greet"))); // graded "test"
        const course::GradeResult result = grade();
        if (result.stage == course::GradeStage::Setup) QSKIP("no clang++-19 here: grading stops before compiling");
        QCOMPARE(result.stage, course::GradeStage::Test);
        const QString output = m_controller->ui()->gradePanel()->outputText();
        QVERIFY2(output.contains(QStringLiteral("\u2717 greets a stranger")), qPrintable(output));
        QVERIFY(output.contains(QStringLiteral("greet_test.cpp")));
        QVERIFY(!output.contains(m_data->path())); // the working copy is named by its file name
        saveShot(m_window.get(), QStringLiteral("tests-failed"));
    }

    void closingTheWindowSavesTheOpenExercise() {
        const QString path = m_controller->openExercisePath();
        typeFix();
        QVERIFY(m_window->close());
        QVERIFY(readFile(path).contains(QStringLiteral("keep(name)")));
    }

    void gradingCanBeCancelledAndRecordsNothing() {
        QVERIFY(m_controller->openItem(QStringLiteral("invalidated1"))); // graded "run": compiles with sanitizers
        QSignalSpy graded(m_controller->grading(), &gui::GradeController::graded);
        m_controller->ui()->actions().grade->trigger();
        QVERIFY(m_controller->ui()->gradePanel()->isRunning());
        QVERIFY(m_controller->ui()->actions().cancelGrade->isEnabled());
        QVERIFY(!m_controller->ui()->actions().grade->isEnabled());
        m_controller->ui()->actions().cancelGrade->trigger();
        QVERIFY(graded.wait(kGradeTimeoutMs));
        const auto result = graded.first().first().value<course::GradeResult>();
        if (result.stage == course::GradeStage::Setup) QSKIP("no clang++-19 here: grading stops before compiling");
        QVERIFY(result.cancelled);
        QVERIFY(!m_controller->ui()->gradePanel()->isRunning());
        QVERIFY(m_controller->ui()->actions().grade->isEnabled());
        QCOMPARE(storedStatus(QStringLiteral("invalidated1")), course::ExerciseStatus::NotStarted);
    }

    void shortcutsWorkWhileTyping() {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        gui::CodeEditor* editor = m_window->editor();
        editor->setFocus();
        QSignalSpy graded(m_controller->grading(), &gui::GradeController::graded);
        QTest::keyClick(editor, Qt::Key_F5);
        QVERIFY(graded.wait(kGradeTimeoutMs));
        QTest::keyClick(editor, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_controller->ui()->tree()->currentItemId(), QStringLiteral("moves-quiz1"));
        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_controller->ui()->tree()->currentItemId(), QStringLiteral("move1"));
        QTest::keyClick(editor, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(m_controller->ui()->tree()->currentItemId(), QStringLiteral("moves-quiz1"));
    }

    void hintsAreRevealedOneAtATimeAndRecorded() {
        const course::Exercise* move1 = m_controller->openExercise();
        QVERIFY(move1);
        QVERIFY(m_controller->tools()->revealHint());
        QVERIFY(m_controller->ui()->exercisePanel()->markdown().contains(move1->hints.at(0)));
        QVERIFY(!m_controller->ui()->exercisePanel()->markdown().contains(move1->hints.at(1)));
        QCOMPARE(m_controller->course()->revealedHints(*move1).size(), 1);
        QVERIFY(m_controller->tools()->revealHint());
        QVERIFY(!m_controller->tools()->revealHint()); // move1 has two
        QVERIFY(!m_controller->ui()->actions().hint->isEnabled());
        saveShot(m_window.get(), QStringLiteral("hints"));
    }

    void theSolutionOpensOnlyAfterEnoughFailedAttempts() {
        QSettings().setValue(QStringLiteral("course/solutionAfterFailedAttempts"), 1);
        QVERIFY(!m_controller->ui()->actions().solution->isEnabled());
        QVERIFY(!grade().passed);
        QVERIFY(m_controller->ui()->actions().solution->isEnabled());
        m_controller->setPrompts(withPrompts([](QDialog&) { return int(QDialog::Rejected); }));
        QVERIFY(m_controller->tools()->viewSolution());
        const auto progress = m_controller->course()->store().exerciseProgress(QStringLiteral("example"), QStringLiteral("move1"));
        QVERIFY(progress && progress->solutionViewed());
        QSettings().remove(QStringLiteral("course/solutionAfterFailedAttempts"));
    }

    void resetAsksAndKeepsTheOldCodeInTheHistory() {
        typeFix();
        const QString fixed = m_window->editor()->text();
        QVERIFY(m_controller->tools()->resetExercise());
        QCOMPARE(m_confirmations, 1);
        QVERIFY(m_window->editor()->text().contains(QStringLiteral("keep(std::move(name))")));
        const auto history = m_controller->course()->store().history(QStringLiteral("example"), QStringLiteral("move1"));
        QVERIFY(history && !history->isEmpty());
        QCOMPARE(history->last().reason, course::SnapshotReason::Reset);
        QCOMPARE(QString::fromUtf8(*m_controller->course()->store().snapshotSource(
                     QStringLiteral("example"), QStringLiteral("move1"), history->last().id)),
                 fixed);

        // The history dialog restores it.
        m_controller->setPrompts(withPrompts([](QDialog& dialog) {
            auto* shown = qobject_cast<gui::HistoryDialog*>(&dialog);
            if (!shown || shown->list()->topLevelItemCount() == 0) return int(QDialog::Rejected);
            shown->list()->setCurrentItem(shown->list()->topLevelItem(0)); // newest first
            shown->restoreButton()->click();
            return dialog.result();
        }));
        QVERIFY(m_controller->tools()->showHistory());
        QCOMPARE(m_window->editor()->text(), fixed);
    }

    void aRefusedResetChangesNothing() {
        typeFix();
        m_confirmAnswer = false;
        QVERIFY(!m_controller->tools()->resetExercise());
        QVERIFY(m_window->editor()->text().contains(QStringLiteral("keep(name)")));
    }

    void quizAnswersAreJudgedExplainedAndRecorded() {
        QVERIFY(m_controller->openItem(QStringLiteral("moves-quiz1")));
        gui::QuizPage* page = m_controller->ui()->quizPage();
        QVERIFY(page->choiceButton(0));
        QTest::mouseClick(page->choiceButton(0), Qt::LeftButton);
        QVERIFY(page->verdictText().startsWith(QStringLiteral("Not quite")));
        QCOMPARE(storedStatus(QStringLiteral("moves-quiz1")), course::ExerciseStatus::Attempted);
        QTest::mouseClick(page->choiceButton(1), Qt::LeftButton);
        QCOMPARE(page->verdictText(), QStringLiteral("Right!"));
        saveShot(m_window.get(), QStringLiteral("quiz-answered"));
        QCOMPARE(storedStatus(QStringLiteral("moves-quiz1")), course::ExerciseStatus::Done);
        QCOMPARE(m_controller->ui()->tree()->shownStatus(QStringLiteral("moves-quiz1")), course::ExerciseStatus::Done);
        const auto answers = m_controller->course()->store().quizAnswers(QStringLiteral("example"), QStringLiteral("moves-quiz1"));
        QVERIFY(answers && answers->size() == 2);
    }

    void checkerQuizTakesALineNumber() {
        QVERIFY(m_controller->openItem(QStringLiteral("borrows-quiz1")));
        gui::QuizPage* page = m_controller->ui()->quizPage();
        QVERIFY(page->codeView()->text().contains(QStringLiteral("std::move(b)")));
        page->lineBox()->setValue(10);
        QTest::mouseClick(page->lineButton(), Qt::LeftButton);
        QCOMPARE(page->verdictText(), QStringLiteral("Right!"));
        QCOMPARE(storedStatus(QStringLiteral("borrows-quiz1")), course::ExerciseStatus::Done);
        saveShot(m_window.get(), QStringLiteral("checker-quiz"));
    }

    void switchingExercisesSavesTheEditsFirst() {
        const QString move1Path = m_controller->openExercisePath();
        typeFix();
        QVERIFY(m_controller->openItem(QStringLiteral("greet")));
        QVERIFY(readFile(move1Path).contains(QStringLiteral("keep(name)")));
        QVERIFY(m_controller->openExercisePath() != move1Path);
        QVERIFY(m_controller->ui()->exercisePanel()->markdown().contains(QStringLiteral("greet_test.cpp")));
    }

    void theOpenExerciseComesBackOnTheNextStart() {
        QVERIFY(m_controller->openItem(QStringLiteral("invalidated1")));
        m_controller = nullptr;
        m_window.reset();
        openWindow();
        QVERIFY(m_controller->openPack(kPack));
        QCOMPARE(m_controller->ui()->tree()->currentItemId(), QStringLiteral("invalidated1"));
        QVERIFY(m_window->editor()->text().contains(QStringLiteral("push_back")));
    }

    void aBrokenPackShowsEveryProblemAndKeepsTheCourse() {
        QVERIFY(!m_controller->openPack(kBrokenPack));
        QCOMPARE(m_problemDialogs, 1);
        QVERIFY(!m_problems.isEmpty());
        QVERIFY(m_problems.first().contains(QStringLiteral("pack.toml")));
        QCOMPARE(m_controller->course()->pack().id, QStringLiteral("example"));
        QCOMPARE(m_controller->ui()->tree()->currentItemId(), QStringLiteral("move1"));
        QVERIFY(m_controller->openExercise());
    }

    void lessonsShowInTheMiddle() {
        m_controller->openLesson(1);
        QCOMPARE(m_controller->ui()->currentPage(), CourseUi::Page::Lesson);
        QVERIFY(m_controller->ui()->exerciseDock()->isHidden());
        saveShot(m_window.get(), QStringLiteral("lesson"));
        m_controller->goNext(); // the lesson's first item
        QCOMPARE(m_controller->ui()->tree()->currentItemId(), QStringLiteral("invalidated1"));
        QCOMPARE(m_controller->ui()->currentPage(), CourseUi::Page::Editor);
    }

private:
    void openWindow() {
        m_window = std::make_unique<gui::MainWindow>();
        m_controller = new CourseController(m_window.get(), m_data->path());
        m_controller->setPrompts(withPrompts([](QDialog&) { return int(QDialog::Rejected); }));
        m_window->show();
    }

    gui::CoursePrompts withPrompts(std::function<int(QDialog&)> run) {
        gui::CoursePrompts prompts;
        prompts.confirm = [this](QWidget*, const QString&, const QString&, const QString&) {
            ++m_confirmations;
            return m_confirmAnswer;
        };
        prompts.showProblems = [this](QWidget*, const QString&, const QString&, const QStringList& problems) {
            ++m_problemDialogs;
            m_problems = problems;
        };
        prompts.warn = [](QWidget*, const QString& title, const QString& message) {
            qWarning("unexpected warning: %s: %s", qPrintable(title), qPrintable(message));
        };
        prompts.run = std::move(run);
        prompts.choosePackFolder = [](QWidget*, const QString&) { return QString(); };
        return prompts;
    }

    /// Replaces the move with a copy by typing, as the learner would.
    void typeFix() {
        gui::CodeEditor* editor = m_window->editor();
        editor->setFocus();
        QVERIFY(editor->findFirst(QStringLiteral("std::move(name)"), false, true, false, false));
        QTest::keyClicks(editor, QStringLiteral("name"));
        QVERIFY(editor->text().contains(QStringLiteral("keep(name)")));
    }

    course::GradeResult grade() {
        QSignalSpy graded(m_controller->grading(), &gui::GradeController::graded);
        m_controller->ui()->actions().grade->trigger();
        if (!graded.wait(kGradeTimeoutMs)) return {};
        return graded.first().first().value<course::GradeResult>();
    }

    course::ExerciseStatus storedStatus(const QString& id) {
        const auto progress = m_controller->course()->store().exerciseProgress(QStringLiteral("example"), id);
        return progress ? progress->status : course::ExerciseStatus::NotStarted;
    }

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<gui::MainWindow> m_window;
    CourseController* m_controller = nullptr;
    int m_confirmations = 0;
    bool m_confirmAnswer = true;
    int m_problemDialogs = 0;
    QStringList m_problems;
};

QTEST_MAIN(CourseWindowTest)
#include "course_window_test.moc"
