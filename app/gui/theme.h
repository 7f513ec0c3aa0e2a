#pragma once
// Light and dark themes: the application palette (Fusion) and the editor's colours.

#include "engine/diagnostics/diagnostic.h"

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QString>

#include <optional>

namespace ownlings::gui {

/// Qt 6.4 has no colour-scheme hint, so both themes are explicit palettes.
enum class Theme { Light, Dark };

/// "light" or "dark", as stored in the settings.
QString themeName(Theme theme);
std::optional<Theme> themeFromName(const QString& name);

/// The palette the whole application uses under `theme`.
QPalette themePalette(Theme theme);

/// Sets the Fusion style and the theme's palette on the application.
/// Widgets that paint their own colours listen for QEvent::PaletteChange.
void applyApplicationTheme(Theme theme);

/// The theme the application runs with (the last one applied; Light at first).
Theme currentTheme();

/// Tells widgets that paint their own colours (editor, lesson views, docks)
/// that applyApplicationTheme() switched the theme. GUI thread only.
class ThemeNotifier : public QObject {
    Q_OBJECT
signals:
    void themeChanged(ownlings::gui::Theme theme);
};
ThemeNotifier& themeNotifier();

/// Colours of the code editor and of C++ code in lesson text.
struct EditorColors {
    QColor paper, text, comment, keyword, string, number, preprocessor, taskMarker;
    QColor marginPaper, marginText, caretLine, caret, selection;
    QColor braceMatchPaper, braceMatchText, indentGuide;
    QColor helpText, helpPaper;   ///< "help:" lines of annotations
    QColor labelColor, labelPaper; ///< secondary spans and their annotation lines
    QColor codeBlockPaper;        ///< fenced code in Markdown

    /// The pale background behind an annotation of `severity`.
    QColor tint(engine::Severity severity) const;
    /// The text colour of an annotation of `severity`.
    QColor message(engine::Severity severity) const;

    QColor errorTint, warningTint, noteTint;
    QColor errorText, warningText, noteText;
};

EditorColors editorColors(Theme theme);

} // namespace ownlings::gui
