#pragma once
// QuizPage: a quiz answered in the window: choice buttons, or a program with "passes" or a line number.

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace ownlings::course {
struct Quiz;
}

namespace ownlings::gui {

class CodeEditor;

/// Shows a quiz and reports the learner's answer with answered(); the caller
/// judges and records it and calls showVerdict(), which shows right or wrong
/// and the explanation at once. Answering again is allowed. GUI thread only.
class QuizPage : public QWidget {
    Q_OBJECT
public:
    /// `next` is the window's Next action, offered after an answer.
    explicit QuizPage(QAction* next, QWidget* parent = nullptr);

    /// Shows `quiz`; `program` is a checker quiz's code; `before` says how it
    /// was answered earlier (may be empty).
    void showQuiz(const course::Quiz& quiz, const QString& program, const QString& before);
    /// Shows the verdict on `answer` and the explanation.
    void showVerdict(const course::Quiz& quiz, int answer, bool correct);

    // --- for tests ---
    QPushButton* choiceButton(int index) const { return m_choices.value(index); }
    QPushButton* passesButton() const { return m_passes; }
    QSpinBox* lineBox() const { return m_line; }
    QPushButton* lineButton() const { return m_answerLine; }
    QString verdictText() const;
    CodeEditor* codeView() const { return m_code; }

signals:
    /// The choice index (choice quiz), or the line (checker quiz; 0 = passes).
    void answered(int answer);

private:
    void buildChoices(const course::Quiz& quiz);
    void clearChoices();

    QLabel* m_title;
    QLabel* m_question;
    QLabel* m_before;
    QWidget* m_choiceBox;
    QVBoxLayout* m_choiceLayout;
    QList<QPushButton*> m_choices;
    QWidget* m_checkerBox;
    CodeEditor* m_code;
    QPushButton* m_passes;
    QSpinBox* m_line;
    QPushButton* m_answerLine;
    QWidget* m_verdictBox;
    QLabel* m_verdictIcon;
    QLabel* m_verdict;
    QLabel* m_explanation;
};

} // namespace ownlings::gui
