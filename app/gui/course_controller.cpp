// The open course: packs, navigation and quizzes.
#include "app/gui/course_controller.h"

#include "app/course/pack/pack.h"
#include "app/course/session/course.h"
#include "app/course/session/rule_list.h"
#include "app/gui/check_runner.h"
#include "app/gui/course_tree.h"
#include "app/gui/course_ui.h"
#include "app/gui/document_controller.h"
#include "app/gui/exercise_panel.h"
#include "app/gui/exercise_tools.h"
#include "app/gui/file_sync.h"
#include "app/gui/grade_controller.h"
#include "app/gui/grade_panel.h"
#include "app/gui/lesson_page.h"
#include "app/gui/live_checker.h"
#include "app/gui/main_window.h"
#include "app/gui/markdown_view.h"
#include "app/gui/pack_menu.h"
#include "app/gui/quiz_page.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>

#include <variant>

namespace ownlings::gui {
namespace {

const QString kSolutionAfterKey = QStringLiteral("course/solutionAfterFailedAttempts");
constexpr int kDefaultSolutionAfter = 3;
constexpr int kStatusMs = 6000;

/// How the learner answered a quiz last time, for the quiz page.
QString previousAnswer(course::Course& course, const course::Quiz& quiz) {
    const auto answers = course.store().quizAnswers(course.pack().id, quiz.id);
    if (!answers || answers->isEmpty()) return {};
    const course::QuizAnswer& last = answers->last();
    return QObject::tr("Last answered %1: \u201c%2\u201d, %3.")
        .arg(QLocale().toString(last.at.toLocalTime(), QLocale::ShortFormat), last.answer,
             last.correct ? QObject::tr("right") : QObject::tr("not right"));
}

} // namespace

CourseController::CourseController(MainWindow* window, const QString& dataDirectory)
    : QObject(window), m_window(window), m_dataDir(dataDirectory), m_prompts(defaultCoursePrompts()),
      m_ui(new CourseUi(window)), m_grading(new GradeController(this)), m_tools(new ExerciseTools(this)),
      m_packMenu(new PackMenu(m_ui->actions().recentPacks, [this](const QString& dir) { openPack(dir); }, this)),
      m_document(window->findChild<DocumentController*>()) {
    connectParts();
    m_ui->tree()->clearCourse(tr("Open an exercise pack with File \u203a Open Pack\u2026"));
    m_ui->exercisePanel()->showNothing(tr("No course is open."));
    updateActions();
}

CourseController::~CourseController() { m_grading->stop(); }

void CourseController::connectParts() {
    const CourseActions& a = m_ui->actions();
    connect(a.openPack, &QAction::triggered, this, [this] {
        const QString start = m_course ? QFileInfo(m_course->pack().rootDir).absolutePath() : QDir::homePath();
        const QString dir = m_prompts.choosePackFolder(m_window, start);
        if (!dir.isEmpty()) openPack(dir);
    });
    connect(a.nextItem, &QAction::triggered, this, &CourseController::goNext);
    connect(a.previousItem, &QAction::triggered, this, &CourseController::goPrevious);
    connect(a.showLesson, &QAction::triggered, this, [this] {
        if (!m_course) return;
        const course::Chapter* chapter = m_course->pack().chapterOf(m_openId);
        const auto& chapters = m_course->pack().chapters;
        if (chapter) openLesson(int(chapter - chapters.data()));
    });
    connect(m_ui->tree(), &CourseTree::itemActivated, this, &CourseController::openItem);
    connect(m_ui->tree(), &CourseTree::lessonActivated, this, &CourseController::openLesson);
    connect(m_ui->quizPage(), &QuizPage::answered, this, &CourseController::onAnswer);
    connect(m_ui->lessonPage(), &LessonPage::continueRequested, this, &CourseController::goNext);
    if (m_document) connect(m_document, &DocumentController::fileNameChanged, this, &CourseController::onDocumentChanged);
}

bool CourseController::openPack(const QString& dir, bool openCurrent) {
    course::CourseOpening opening = course::Course::open(dir, m_dataDir);
    if (!opening.course) {
        const QString count = opening.errors.size() == 1 ? tr("1 problem") : tr("%1 problems").arg(opening.errors.size());
        m_prompts.showProblems(m_window, tr("Could not open the pack"),
                               tr("The pack in %1 has %2. The course that was open stays open.")
                                   .arg(QDir::toNativeSeparators(dir), count),
                               opening.errors);
        return false;
    }
    if (!opening.warnings.isEmpty())
        m_prompts.showProblems(m_window, tr("Progress"), tr("Opened the pack, with warnings:"), opening.warnings);
    m_grading->stop();
    leaveExercise();
    m_course = std::move(opening.course);
    m_openId.clear();
    m_editorExerciseId.clear();
    m_openPath.clear();
    rememberPack(m_course->pack().rootDir);
    m_ui->tree()->setCourse(m_course->pack(), m_course->progress());
    emit courseChanged();
    if (openCurrent) openCurrentItem();
    return true;
}

void CourseController::openCurrentItem() {
    if (!m_course) return;
    if (const course::Item* item = m_course->currentItem()) openItem(course::itemId(*item));
}

bool CourseController::openItem(const QString& itemId) {
    const course::Item* item = m_course ? m_course->pack().findItem(itemId) : nullptr;
    if (!item) return false;
    if (const auto* exercise = std::get_if<course::Exercise>(item)) {
        if (!openExerciseItem(*exercise)) return false;
    } else {
        openQuizItem(std::get<course::Quiz>(*item));
    }
    becomeCurrent(itemId);
    emit itemOpened(itemId);
    return true;
}

bool CourseController::openExerciseItem(const course::Exercise& exercise) {
    if (m_openPath.isEmpty() || m_editorExerciseId != exercise.id) {
        m_grading->stop();
        // Checks as you type use the exercise's rules, as grading does.
        m_window->liveChecker()->runner()->setCheckOptions(course::ruleList(course::enabledRules(exercise)), {});
        QString error;
        const std::optional<QString> path = m_course->workingCopy(exercise, &error);
        const std::optional<QString> openError = path ? m_window->openFile(*path) : std::optional<QString>(error);
        if (openError) {
            m_prompts.warn(m_window, tr("Could not open the exercise"), *openError);
            return false;
        }
        m_openPath = *path; // set after openFile(): its fileNameChanged must not clear it
        m_editorExerciseId = exercise.id;
        m_ui->gradePanel()->showIdle(exercise.title);
    }
    m_openId = exercise.id;
    m_ui->showPage(CourseUi::Page::Editor);
    showOpenExercise();
    return true;
}

void CourseController::openQuizItem(const course::Quiz& quiz) {
    m_openId = quiz.id;
    m_course->store().markSeen(m_course->pack().id, quiz.id);
    QString program;
    if (quiz.kind == course::Quiz::Kind::Checker)
        program = course::readTextFile(m_course->pack().absolutePath(quiz.file)).value_or(tr("// the program could not be read"));
    m_ui->quizPage()->showQuiz(quiz, program, previousAnswer(*m_course, quiz));
    m_ui->showPage(CourseUi::Page::Quiz);
    updateActions();
}

void CourseController::becomeCurrent(const QString& itemId) {
    m_course->store().setCurrentExercise(m_course->pack().id, itemId);
    m_ui->tree()->setCurrentItem(itemId);
    m_ui->tree()->selectItem(itemId);
}

void CourseController::openLesson(int chapterIndex) {
    if (!m_course || chapterIndex < 0 || chapterIndex >= int(m_course->pack().chapters.size())) return;
    const course::Chapter& chapter = m_course->pack().chapters[std::size_t(chapterIndex)];
    const QString path = m_course->pack().absolutePath(chapter.lesson);
    QString error;
    const QString markdown = course::readTextFile(path, &error).value_or(tr("The lesson could not be read: %1").arg(error));
    m_ui->lessonPage()->view()->setSearchPaths({QFileInfo(path).absolutePath()}); // images next to the lesson
    const QString firstTitle = chapter.items.empty() ? QString() : course::itemTitle(chapter.items.front());
    m_ui->lessonPage()->showLesson(markdown, firstTitle.isEmpty() ? QString() : tr("Start: %1").arg(firstTitle));
    m_openId = QStringLiteral("lesson:%1").arg(chapterIndex);
    m_ui->showPage(CourseUi::Page::Lesson);
    m_ui->tree()->selectLesson(chapterIndex);
    updateActions();
}

void CourseController::goNext() {
    if (!m_course) return;
    const course::Pack& pack = m_course->pack();
    const course::Item* next = nullptr;
    if (m_openId.startsWith(QLatin1String("lesson:"))) {
        const auto& items = pack.chapters[std::size_t(m_openId.mid(7).toInt())].items;
        next = items.empty() ? nullptr : &items.front();
    } else {
        next = m_openId.isEmpty() ? m_course->currentItem() : pack.nextItem(m_openId);
    }
    if (next)
        openItem(course::itemId(*next));
    else
        showStatus(tr("That was the last exercise of the pack."));
}

void CourseController::goPrevious() {
    if (!m_course) return;
    const std::vector<const course::Item*> order = m_course->pack().courseOrder();
    for (std::size_t i = 1; i < order.size(); ++i)
        if (course::itemId(*order[i]) == m_openId) {
            openItem(course::itemId(*order[i - 1]));
            return;
        }
}

void CourseController::onAnswer(int answer) {
    const course::Quiz* quiz = openQuiz();
    if (!quiz) return;
    const bool correct = m_course->answerQuiz(*quiz, answer);
    m_ui->quizPage()->showVerdict(*quiz, answer, correct);
    refreshProgress();
    emit quizAnswered(quiz->id, correct);
}

const course::Exercise* CourseController::openExercise() const {
    return m_course && !m_openPath.isEmpty() ? m_course->pack().findExercise(m_editorExerciseId) : nullptr;
}

const course::Quiz* CourseController::openQuiz() const {
    return m_course ? m_course->pack().findQuiz(m_openId) : nullptr;
}

int CourseController::solutionAfterFailures() {
    return std::max(0, QSettings().value(kSolutionAfterKey, kDefaultSolutionAfter).toInt());
}

bool CourseController::solutionAvailable(const course::Exercise& exercise) const {
    const auto progress = m_course->store().exerciseProgress(m_course->pack().id, exercise.id);
    if (!progress) return false;
    return progress->status == course::ExerciseStatus::Done || progress->solutionViewed()
           || progress->attempts >= solutionAfterFailures();
}

void CourseController::refreshProgress() {
    if (!m_course) return;
    m_ui->tree()->setProgress(m_course->progress());
    showOpenExercise();
    updateActions();
}

void CourseController::showOpenExercise() {
    const course::Exercise* exercise = openExercise();
    if (!exercise) {
        updateActions();
        return;
    }
    const course::Pack& pack = m_course->pack();
    const auto progress = m_course->store().exerciseProgress(pack.id, exercise->id).value_or(course::ExerciseProgress{});
    ExerciseView view;
    if (const course::Chapter* chapter = pack.chapterOf(exercise->id)) view.chapterTitle = chapter->title;
    view.revealedHints = m_course->revealedHints(*exercise);
    view.hintCount = int(exercise->hints.size());
    const int after = solutionAfterFailures();
    view.solutionNote = solutionAvailable(*exercise)
                            ? tr("The reference solution is available: Course \u203a View Solution.")
                            : tr("The reference solution opens once this exercise is done, or after %1 (%2 so far).")
                                  .arg(attemptCount(after), QString::number(progress.attempts));
    m_ui->exercisePanel()->showExercise(*exercise, progress, view);
    updateActions();
}

void CourseController::updateActions() {
    const CourseActions& a = m_ui->actions();
    const course::Exercise* exercise = openExercise();
    const bool onExercise = exercise && m_ui->currentPage() == CourseUi::Page::Editor;
    const bool grading = m_grading->isGrading();
    a.grade->setEnabled(onExercise && !grading);
    a.cancelGrade->setEnabled(grading);
    a.hint->setEnabled(onExercise && m_course->revealedHints(*exercise).size() < exercise->hints.size());
    a.solution->setEnabled(onExercise && solutionAvailable(*exercise));
    a.reset->setEnabled(onExercise && !grading);
    a.history->setEnabled(onExercise && !grading);
    a.nextItem->setEnabled(m_course != nullptr);
    a.previousItem->setEnabled(m_course != nullptr);
    a.showLesson->setEnabled(m_course && m_course->pack().chapterOf(m_openId));
}

void CourseController::onDocumentChanged() {
    // The learner opened another file: the exercise is no longer in the editor.
    if (!m_openPath.isEmpty() && m_document->filePath() != m_openPath) {
        m_grading->stop();
        m_openPath.clear();
        m_editorExerciseId.clear();
        m_window->liveChecker()->runner()->setCheckOptions(QStringLiteral("bugs"), {});
        m_ui->exercisePanel()->showNothing(tr("The editor shows a file that is not part of the course. "
                                              "Pick an exercise in the Course panel to go back to it."));
        m_ui->gradePanel()->showIdle(QString());
        updateActions();
    }
}

void CourseController::leaveExercise() {
    // The window writes the working copy when the next file is opened; write it now
    // as well, so a course switch never depends on that.
    if (!m_openPath.isEmpty()) m_window->fileSync()->saveNow();
}

bool CourseController::reloadOpenExercise() {
    if (m_openPath.isEmpty()) return false;
    const QString path = m_openPath;
    if (const std::optional<QString> error = m_window->openFile(path)) {
        m_prompts.warn(m_window, tr("Could not reload the exercise"), *error);
        return false;
    }
    m_openPath = path;
    refreshProgress();
    return true;
}

void CourseController::showStatus(const QString& text) const { m_window->statusBar()->showMessage(text, kStatusMs); }

} // namespace ownlings::gui
