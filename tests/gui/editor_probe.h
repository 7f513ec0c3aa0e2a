#pragma once
// Test helpers that read back what CodeEditor painted, through Scintilla's own API.

#include "app/gui/code_editor.h"

#include <QByteArray>
#include <QString>

namespace ownlings::gui::testing {

/// The document bytes that carry `indicator`, in order. Scintilla positions
/// are UTF-8 byte offsets, so this does not depend on the editor's own
/// character/byte conversion.
inline QByteArray underIndicator(const CodeEditor& editor, int indicator) {
    const QByteArray document = editor.text().toUtf8();
    QByteArray marked;
    for (int position = 0; position < document.size(); ++position)
        if (editor.SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT, static_cast<unsigned long>(indicator),
                                 static_cast<long>(position)) != 0)
            marked += document.at(position);
    return marked;
}

/// The Scintilla (byte) position of a 1-based line and 1-based UTF-8 byte column.
inline long bytePosition(const CodeEditor& editor, unsigned line, unsigned byteColumn) {
    return editor.SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line - 1)) +
           static_cast<long>(byteColumn) - 1;
}

/// True when marker number `marker` is on 0-based `line`.
inline bool hasMarker(const CodeEditor& editor, int line, int marker) {
    return (editor.markersAtLine(line) & (1u << marker)) != 0;
}

/// The 0-based number of the first line of `text` that contains `needle`, or -1.
inline int lineContaining(const QString& text, const QString& needle) {
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i)
        if (lines.at(i).contains(needle)) return i;
    return -1;
}

} // namespace ownlings::gui::testing
