// The solution dialog.
#include "app/gui/solution_dialog.h"

#include "app/gui/code_editor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ownlings::gui {

SolutionDialog::SolutionDialog(const QString& exerciseTitle, const QString& solution, QWidget* parent)
    : QDialog(parent), m_view(new CodeEditor(this)) {
    setObjectName(QStringLiteral("solutionDialog"));
    setWindowTitle(tr("Solution of \u201c%1\u201d").arg(exerciseTitle));
    m_view->setText(solution);
    m_view->setReadOnly(true);
    auto* note = new QLabel(tr("One way to solve it. Compare it with yours; yours may be just as good."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(720, 560);
}

} // namespace ownlings::gui
