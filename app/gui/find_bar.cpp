// Find and replace over QsciScintilla's search API.
#include "app/gui/find_bar.h"

#include <Qsci/qsciscintilla.h>

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace ownlings::gui {
namespace {

QPushButton* makeButton(const QString& text, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setAutoDefault(false);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace

FindBar::FindBar(QsciScintilla* editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_find(new QLineEdit(this)), m_replace(new QLineEdit(this)),
      m_matchCase(new QCheckBox(tr("Match case"), this)), m_wholeWords(new QCheckBox(tr("Whole words"), this)),
      m_replaceButton(makeButton(tr("Replace"), this)), m_replaceAllButton(makeButton(tr("Replace All"), this)),
      m_replaceLabel(new QLabel(tr("Replace:"), this)), m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("findBar"));
    m_find->setObjectName(QStringLiteral("findText"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_replace->setPlaceholderText(tr("Replace with"));
    auto* previous = makeButton(tr("Previous"), this);
    auto* next = makeButton(tr("Next"), this);
    auto* closeButton = new QToolButton(this);
    closeButton->setText(QStringLiteral("\u2715"));
    closeButton->setToolTip(tr("Close (Esc)"));
    closeButton->setAutoRaise(true);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    grid->addWidget(new QLabel(tr("Find:"), this), 0, 0);
    grid->addWidget(m_find, 0, 1);
    grid->addWidget(previous, 0, 2);
    grid->addWidget(next, 0, 3);
    grid->addWidget(m_matchCase, 0, 4);
    grid->addWidget(m_wholeWords, 0, 5);
    grid->addWidget(m_status, 0, 6);
    grid->addWidget(closeButton, 0, 7);
    grid->addWidget(m_replaceLabel, 1, 0);
    grid->addWidget(m_replace, 1, 1);
    grid->addWidget(m_replaceButton, 1, 2);
    grid->addWidget(m_replaceAllButton, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(6, 1);

    // Search as you type, from where the current match starts.
    connect(m_find, &QLineEdit::textEdited, this, [this] { find(true, /*fromSelectionStart=*/true); });
    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(previous, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    setReplaceVisible(false);
    hide();
}

void FindBar::showFind() {
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(QLatin1Char('\n')))
        m_find->setText(m_editor->selectedText());
    setReplaceVisible(false);
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace() {
    showFind();
    setReplaceVisible(true);
}

QString FindBar::findText() const { return m_find->text(); }

void FindBar::setFindText(const QString& text) { m_find->setText(text); }

void FindBar::setReplaceText(const QString& text) { m_replace->setText(text); }

bool FindBar::findNext() { return find(true, false); }

bool FindBar::findPrevious() { return find(false, false); }

bool FindBar::find(bool forward, bool fromSelectionStart) {
    const QString text = m_find->text();
    if (text.isEmpty()) {
        showStatus(QString());
        return false;
    }
    int line = -1;
    int index = -1;
    if (m_editor->hasSelectedText()) {
        int lineTo = 0;
        int indexTo = 0;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
        // Forward searches start after the selection, backward ones before it.
        if (forward && !fromSelectionStart) {
            line = lineTo;
            index = indexTo;
        }
    } else {
        m_editor->getCursorPosition(&line, &index);
    }
    const bool found = m_editor->findFirst(text, /*re=*/false, m_matchCase->isChecked(), m_wholeWords->isChecked(),
                                           /*wrap=*/true, forward, line, index);
    showStatus(found ? QString() : tr("Not found"));
    return found;
}

void FindBar::replaceCurrent() {
    if (m_find->text().isEmpty()) return;
    const Qt::CaseSensitivity sensitivity = m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (m_editor->hasSelectedText() && m_editor->selectedText().compare(m_find->text(), sensitivity) == 0)
        m_editor->replaceSelectedText(m_replace->text());
    findNext();
}

int FindBar::replaceAll() {
    const QString text = m_find->text();
    if (text.isEmpty()) return 0;
    int count = 0;
    m_editor->beginUndoAction();
    // No wrap: each search starts after the last replacement, so text that
    // contains the search text is not replaced again.
    for (bool found = m_editor->findFirst(text, false, m_matchCase->isChecked(), m_wholeWords->isChecked(),
                                          /*wrap=*/false, /*forward=*/true, 0, 0);
         found; found = m_editor->findNext()) {
        m_editor->replace(m_replace->text());
        ++count;
    }
    m_editor->endUndoAction();
    showStatus(count == 1 ? tr("1 replaced") : tr("%1 replaced").arg(count));
    return count;
}

void FindBar::close() {
    hide();
    m_editor->setFocus();
}

void FindBar::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::setReplaceVisible(bool visible) {
    for (QWidget* widget : {static_cast<QWidget*>(m_replaceLabel), static_cast<QWidget*>(m_replace),
                            static_cast<QWidget*>(m_replaceButton), static_cast<QWidget*>(m_replaceAllButton)})
        widget->setVisible(visible);
}

void FindBar::showStatus(const QString& text) { m_status->setText(text); }

} // namespace ownlings::gui
