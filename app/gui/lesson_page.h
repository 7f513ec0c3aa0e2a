#pragma once
// LessonPage: a chapter's lesson, rendered from Markdown in the middle of the window.

#include <QWidget>

class QPushButton;

namespace ownlings::gui {

class MarkdownView;

/// The lesson text with a button at the bottom that goes on to the chapter's
/// first exercise or quiz. GUI thread only.
class LessonPage : public QWidget {
    Q_OBJECT
public:
    explicit LessonPage(QWidget* parent = nullptr);

    /// Shows `markdown`; `continueText` labels the button (empty hides it).
    void showLesson(const QString& markdown, const QString& continueText);

    MarkdownView* view() const { return m_view; }

signals:
    void continueRequested();

private:
    MarkdownView* m_view;
    QPushButton* m_continue;
};

} // namespace ownlings::gui
