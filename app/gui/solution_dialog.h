#pragma once
// SolutionDialog: the reference solution of an exercise, read-only, beside nothing else.

#include <QDialog>

namespace ownlings::gui {

class CodeEditor;

/// Shows `solution` in a read-only editor with C++ colouring. GUI thread only.
class SolutionDialog : public QDialog {
    Q_OBJECT
public:
    SolutionDialog(const QString& exerciseTitle, const QString& solution, QWidget* parent = nullptr);
    CodeEditor* view() const { return m_view; }

private:
    CodeEditor* m_view;
};

} // namespace ownlings::gui
