// Grading the open exercise.
#include "app/gui/grade_controller.h"

#include "app/course/pack/pack.h"
#include "app/course/session/attempt_record.h"
#include "app/course/session/course.h"
#include "app/gui/code_editor.h"
#include "app/gui/course_controller.h"
#include "app/gui/course_ui.h"
#include "app/gui/file_sync.h"
#include "app/gui/grade_panel.h"
#include "app/gui/grade_runner.h"
#include "app/gui/main_window.h"

#include <QAction>
#include <QDockWidget>

namespace ownlings::gui {
namespace {

constexpr int kReadableOutputHeight = 240;

/// The diagnostics that point into the graded file, without labels elsewhere:
/// only those can be painted in the editor.
std::vector<engine::Diagnostic> inFile(const std::vector<engine::Diagnostic>& diagnostics, const QString& path) {
    const std::string file = path.toStdString();
    std::vector<engine::Diagnostic> result;
    for (const engine::Diagnostic& diagnostic : diagnostics) {
        if (!diagnostic.primary.valid() || diagnostic.primary.file != file) continue;
        engine::Diagnostic copy = diagnostic;
        std::erase_if(copy.labels, [&](const engine::Label& label) { return label.span.file != file; });
        result.push_back(std::move(copy));
    }
    return result;
}

} // namespace

GradeController::GradeController(CourseController* controller)
    : QObject(controller), m_controller(controller), m_runner(new GradeRunner(this)) {
    connect(m_runner, &GradeRunner::finished, this, &GradeController::onFinished);
    const CourseActions& actions = controller->ui()->actions(); // the ui is made before this
    connect(actions.grade, &QAction::triggered, this, &GradeController::grade);
    connect(actions.cancelGrade, &QAction::triggered, this, &GradeController::cancel);
}

bool GradeController::isGrading() const { return m_runner->isRunning(); }

bool GradeController::grade() {
    const course::Exercise* exercise = m_controller->openExercise();
    course::Course* course = m_controller->course();
    if (!exercise || !course || isGrading()) return false;
    MainWindow* window = m_controller->window();
    window->fileSync()->saveNow(); // the working copy on disk is what gets graded; a failure is shown by the window
    m_course = course;
    m_exerciseId = exercise->id;
    m_path = m_controller->openExercisePath();
    m_source = window->editor()->text();
    if (!m_runner->start(course->grader(), course->requestFor(*exercise, m_path, m_source))) return false;
    setRunning(true);
    m_controller->ui()->gradePanel()->showRunning(exercise->title);
    showGradeDock();
    return true;
}

void GradeController::cancel() { m_runner->cancel(); }

void GradeController::showGradeDock() {
    QDockWidget* dock = m_controller->ui()->gradeDock();
    dock->show();
    dock->raise();
    // Compiler and test output needs more room than the Problems list.
    if (!dock->isFloating() && dock->height() < kReadableOutputHeight)
        m_controller->window()->resizeDocks({dock}, {kReadableOutputHeight}, Qt::Vertical);
}

void GradeController::stop() {
    if (!isGrading()) return;
    m_runner->stop();
    setRunning(false);
    m_controller->ui()->gradePanel()->showIdle(QString());
}

void GradeController::setRunning(bool running) {
    const CourseActions& actions = m_controller->ui()->actions();
    actions.cancelGrade->setEnabled(running);
    actions.grade->setEnabled(!running);
    actions.reset->setEnabled(!running);
    actions.history->setEnabled(!running);
}

void GradeController::onFinished(const course::GradeResult& result) {
    setRunning(false);
    course::Course* course = m_controller->course();
    const course::Exercise* exercise = course == m_course ? course->pack().findExercise(m_exerciseId) : nullptr;
    if (!exercise) return; // the course changed meanwhile
    const QString recordError = course::recordGrade(*course, *exercise, m_source, result);
    const bool stillOpen = m_controller->openExercise() == exercise;
    if (stillOpen) paintDiagnostics(result);
    const bool hasNext = course->pack().nextItem(exercise->id) != nullptr;
    m_controller->ui()->gradePanel()->showResult(
        result, m_path, course->pack().rootDir, hasNext, recordError.isEmpty() ? QString() : tr("This attempt could not be recorded: %1").arg(recordError));
    m_controller->refreshProgress();
    if (result.passed)
        m_controller->showStatus(hasNext ? tr("\u201c%1\u201d is done. Next exercise: Ctrl+Shift+N.").arg(exercise->title)
                                         : tr("\u201c%1\u201d is done, and so is the pack.").arg(exercise->title));
    emit graded(result);
}

void GradeController::paintDiagnostics(const course::GradeResult& result) {
    CodeEditor* editor = m_controller->window()->editor();
    // Spans refer to the graded text; once the learner typed on, they would land on the wrong code.
    if (editor->text() != m_source) return;
    editor->setDiagnostics(inFile(result.allDiagnostics(), m_path));
}

} // namespace ownlings::gui
