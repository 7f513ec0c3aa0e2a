#pragma once
// GradePanel: the Grading dock's contents: verdict, progress with Cancel, "Next exercise", and the full output.

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QTextBrowser;
class QToolButton;

namespace ownlings::course {
struct GradeResult;
}

namespace ownlings::gui {

/// Shows one grading at a time: while it runs, a busy bar and a Cancel button;
/// when done, an icon and the verdict, the stages with their times, and the
/// compiler, sanitizer, program and test output; after a pass, a "Next
/// exercise" button. GUI thread only.
class GradePanel : public QWidget {
    Q_OBJECT
public:
    /// `cancel` and `next` are the window's actions, shown as buttons here.
    GradePanel(QAction* cancel, QAction* next, QWidget* parent = nullptr);

    /// Nothing graded yet for `exerciseTitle` (empty: no exercise open).
    void showIdle(const QString& exerciseTitle);
    /// Grading of `exerciseTitle` has started.
    void showRunning(const QString& exerciseTitle);
    /// Grading of the file at `learnerPath` finished (the output names it by its
    /// file name, and files of the pack in `packRoot` by their path in the pack).
    /// `offerNext` shows the Next button; `warning` (e.g. the attempt could not
    /// be recorded) is shown above the output.
    void showResult(const course::GradeResult& result, const QString& learnerPath, const QString& packRoot,
                    bool offerNext, const QString& warning = {});

    QString headline() const;
    /// The output as plain text (for tests).
    QString outputText() const;
    bool isRunning() const;
    bool offersNext() const;

private:
    QLabel* m_icon;
    QLabel* m_headline;
    QProgressBar* m_busy;
    QToolButton* m_cancel;
    QToolButton* m_next;
    QTextBrowser* m_output;
};

} // namespace ownlings::gui
