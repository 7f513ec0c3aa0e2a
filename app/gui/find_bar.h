#pragma once
// FindBar: find and replace in the editor, a bar under it (Ctrl+F, Ctrl+H, F3, Shift+F3, Esc).

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QsciScintilla;

namespace ownlings::gui {

/// Searches the editor's text as you type, wrapping around; replaces one
/// match or all of them (one undo step). Hidden until asked for. GUI thread only.
class FindBar : public QWidget {
    Q_OBJECT
public:
    /// `editor` must outlive the bar.
    explicit FindBar(QsciScintilla* editor, QWidget* parent = nullptr);

    /// Shows the find row with the editor's selection (or the last search) selected.
    void showFind();
    /// Shows the find and the replace rows.
    void showReplace();

    /// The text searched for.
    QString findText() const;
    void setFindText(const QString& text);
    void setReplaceText(const QString& text);

public slots:
    /// Selects the next (or previous) match, wrapping around. False when there is none.
    bool findNext();
    bool findPrevious();
    /// Replaces the selected match, then selects the next one.
    void replaceCurrent();
    /// Replaces every match; returns how many.
    int replaceAll();
    /// Hides the bar and gives the editor back the focus.
    void close();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool find(bool forward, bool fromSelectionStart);
    void setReplaceVisible(bool visible);
    void showStatus(const QString& text);

    QsciScintilla* m_editor;
    QLineEdit* m_find;
    QLineEdit* m_replace;
    QCheckBox* m_matchCase;
    QCheckBox* m_wholeWords;
    QPushButton* m_replaceButton;
    QPushButton* m_replaceAllButton;
    QLabel* m_replaceLabel;
    QLabel* m_status;
};

} // namespace ownlings::gui
