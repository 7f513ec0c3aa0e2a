// The lesson page.
#include "app/gui/lesson_page.h"

#include "app/gui/markdown_view.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ownlings::gui {

LessonPage::LessonPage(QWidget* parent)
    : QWidget(parent), m_view(new MarkdownView(this)), m_continue(new QPushButton(this)) {
    setObjectName(QStringLiteral("lessonPage"));
    m_view->setObjectName(QStringLiteral("lessonView"));
    m_continue->setObjectName(QStringLiteral("lessonContinue"));
    m_continue->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_continue->setLayoutDirection(Qt::RightToLeft); // the arrow after the text
    connect(m_continue, &QPushButton::clicked, this, &LessonPage::continueRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_continue);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 8);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void LessonPage::showLesson(const QString& markdown, const QString& continueText) {
    m_view->setMarkdownText(markdown);
    m_continue->setText(continueText);
    m_continue->setVisible(!continueText.isEmpty());
}

} // namespace ownlings::gui
