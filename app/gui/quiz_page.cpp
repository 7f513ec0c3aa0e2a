// The quiz page.
#include "app/gui/quiz_page.h"

#include "app/course/pack/pack.h"
#include "app/gui/code_editor.h"
#include "app/gui/severity_style.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace ownlings::gui {
namespace {

QLabel* markdownLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::MarkdownText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString checkerQuestion(const course::Quiz& quiz) {
    return quiz.question.trimmed().isEmpty()
               ? QObject::tr("Does this program pass the ownership checker? If not, on which line is the first finding?")
               : quiz.question;
}

QString rightAnswer(const course::Quiz& quiz) {
    if (quiz.kind == course::Quiz::Kind::Choice) return quiz.choices.value(quiz.answer);
    return quiz.answerLine == 0 ? QObject::tr("it passes") : QObject::tr("line %1").arg(quiz.answerLine);
}

} // namespace

QuizPage::QuizPage(QAction* next, QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_question(markdownLabel(this)), m_before(new QLabel(this)),
      m_choiceBox(new QWidget(this)), m_choiceLayout(new QVBoxLayout(m_choiceBox)), m_checkerBox(new QWidget(this)),
      m_code(new CodeEditor(m_checkerBox)), m_passes(new QPushButton(tr("It &passes the checker"), m_checkerBox)),
      m_line(new QSpinBox(m_checkerBox)), m_answerLine(new QPushButton(tr("&Answer"), m_checkerBox)),
      m_verdictBox(new QWidget(this)), m_verdictIcon(new QLabel(m_verdictBox)), m_verdict(new QLabel(m_verdictBox)),
      m_explanation(markdownLabel(m_verdictBox)) {
    setObjectName(QStringLiteral("quizPage"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_before->setObjectName(QStringLiteral("quizBefore"));
    m_choiceLayout->setContentsMargins(0, 0, 0, 0);
    m_code->setReadOnly(true);
    m_line->setMinimum(1);
    m_line->setPrefix(tr("line "));
    m_line->setMinimumWidth(m_line->fontMetrics().horizontalAdvance(tr("line 0000")) + 36); // room for the arrows
    // Clicking a line of the program picks it as the answer.
    connect(m_code, &QsciScintilla::cursorPositionChanged, this, [this](int line, int) { m_line->setValue(line + 1); });
    connect(m_passes, &QPushButton::clicked, this, [this] { emit answered(0); });
    connect(m_answerLine, &QPushButton::clicked, this, [this] { emit answered(m_line->value()); });

    auto* answerRow = new QHBoxLayout;
    answerRow->addWidget(m_passes);
    answerRow->addSpacing(16);
    answerRow->addWidget(new QLabel(tr("or the first finding is on"), m_checkerBox));
    answerRow->addWidget(m_line);
    answerRow->addWidget(m_answerLine);
    answerRow->addStretch(1);
    auto* checkerLayout = new QVBoxLayout(m_checkerBox);
    checkerLayout->setContentsMargins(0, 0, 0, 0);
    checkerLayout->addWidget(m_code, 1);
    checkerLayout->addLayout(answerRow);

    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    m_verdict->setObjectName(QStringLiteral("quizVerdict"));
    m_explanation->setObjectName(QStringLiteral("quizExplanation"));
    auto* nextButton = new QToolButton(m_verdictBox);
    nextButton->setDefaultAction(next);
    nextButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon);
    verdictRow->addWidget(m_verdict, 1);
    verdictRow->addWidget(nextButton);
    auto* verdictLayout = new QVBoxLayout(m_verdictBox);
    verdictLayout->setContentsMargins(0, 8, 0, 0);
    verdictLayout->addLayout(verdictRow);
    verdictLayout->addWidget(m_explanation);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_question);
    layout->addWidget(m_before);
    layout->addWidget(m_choiceBox);
    layout->addWidget(m_checkerBox, 1);
    layout->addWidget(m_verdictBox);
    layout->addStretch(0);
}

void QuizPage::clearChoices() {
    qDeleteAll(m_choices);
    m_choices.clear();
}

void QuizPage::buildChoices(const course::Quiz& quiz) {
    clearChoices();
    for (int i = 0; i < quiz.choices.size(); ++i) {
        auto* button = new QPushButton(QStringLiteral("&%1.  %2").arg(i + 1).arg(quiz.choices.at(i)), m_choiceBox);
        button->setObjectName(QStringLiteral("choice%1").arg(i));
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px 10px;"));
        connect(button, &QPushButton::clicked, this, [this, i] { emit answered(i); });
        m_choiceLayout->addWidget(button);
        m_choices << button;
    }
}

void QuizPage::showQuiz(const course::Quiz& quiz, const QString& program, const QString& before) {
    m_title->setText(tr("Quiz: %1").arg(quiz.title));
    const bool choice = quiz.kind == course::Quiz::Kind::Choice;
    m_question->setText(choice ? quiz.question : checkerQuestion(quiz));
    m_before->setText(before);
    m_before->setVisible(!before.isEmpty());
    m_choiceBox->setVisible(choice);
    m_checkerBox->setVisible(!choice);
    if (choice) {
        buildChoices(quiz);
    } else {
        clearChoices();
        m_code->setReadOnly(false);
        m_code->setText(program);
        m_code->setReadOnly(true);
        m_line->setMaximum(std::max(1, m_code->lines()));
        m_line->setValue(1);
    }
    layout()->itemAt(layout()->count() - 1)->spacerItem()->changeSize(0, 0, QSizePolicy::Minimum,
                                                                      choice ? QSizePolicy::Expanding : QSizePolicy::Minimum);
    layout()->invalidate();
    m_verdictBox->hide();
}

void QuizPage::showVerdict(const course::Quiz& quiz, int answer, bool correct) {
    for (int i = 0; i < m_choices.size(); ++i)
        m_choices[i]->setIcon(i == answer ? (correct ? cleanIcon() : severityIcon(engine::Severity::Error)) : QIcon());
    m_verdictIcon->setPixmap((correct ? cleanIcon() : severityIcon(engine::Severity::Error)).pixmap(QSize(18, 18)));
    m_verdict->setText(correct ? tr("Right!") : tr("Not quite: the answer is %1.").arg(rightAnswer(quiz)));
    m_explanation->setText(quiz.explanation);
    m_verdictBox->show();
}

QString QuizPage::verdictText() const { return m_verdictBox->isHidden() ? QString() : m_verdict->text(); }

} // namespace ownlings::gui
