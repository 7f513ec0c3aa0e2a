// The two themes' palettes and editor colours.
#include "app/gui/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace ownlings::gui {
namespace {

Theme g_current = Theme::Light;

QPalette lightPalette() {
    QPalette p;
    const QColor window(0xef, 0xf0, 0xf2), base(Qt::white), text(0x1a, 0x1c, 0x20), accent(0x2f, 0x6f, 0xc4);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfd, 0xf2));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x86, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe3, 0xe5, 0xe8));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xbc, 0xc2));
    p.setColor(QPalette::Dark, QColor(0x9a, 0x9e, 0xa5));
    p.setColor(QPalette::Shadow, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3f, 0xb5));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0x9e, 0xa5));
    return p;
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5), accent(0x4a, 0x8b, 0xe0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x85, 0x8a, 0x93));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x48, 0x4b, 0x51));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa6, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xe8));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x75, 0x79, 0x80));
    return p;
}

EditorColors lightEditor() {
    EditorColors c;
    c.paper = Qt::white;
    c.text = QColor(0x1a, 0x1a, 0x1a);
    c.comment = QColor(0x6a, 0x73, 0x7d);
    c.keyword = QColor(0x00, 0x33, 0xb3);
    c.string = QColor(0x06, 0x7d, 0x17);
    c.number = QColor(0x17, 0x50, 0xeb);
    c.preprocessor = QColor(0x9e, 0x5b, 0x00);
    c.taskMarker = QColor(0xb3, 0x00, 0x5e);
    c.marginPaper = QColor(0xf7, 0xf7, 0xf8);
    c.marginText = QColor(0x99, 0x99, 0xa0);
    c.caretLine = QColor(0xf4, 0xf6, 0xfa);
    c.caret = Qt::black;
    c.selection = QColor(0xcc, 0xdd, 0xf5);
    c.braceMatchPaper = QColor(0xd7, 0xe8, 0xff);
    c.braceMatchText = QColor(0x1a, 0x1a, 0x1a);
    c.indentGuide = QColor(0xdd, 0xdd, 0xdd);
    c.helpText = QColor(0x44, 0x4b, 0x55);
    c.helpPaper = QColor(0xf3, 0xf4, 0xf6);
    c.labelColor = QColor(0x2f, 0x6f, 0xc4);
    c.labelPaper = QColor(0xee, 0xf3, 0xfb);
    c.codeBlockPaper = QColor(0xf4, 0xf5, 0xf7);
    c.errorTint = QColor(0xfd, 0xec, 0xec);
    c.warningTint = QColor(0xfd, 0xf4, 0xe0);
    c.noteTint = QColor(0xea, 0xf1, 0xfb);
    c.errorText = QColor(0x9c, 0x23, 0x23);
    c.warningText = QColor(0xa6, 0x69, 0x00);
    c.noteText = QColor(0x23, 0x52, 0x91);
    return c;
}

EditorColors darkEditor() {
    EditorColors c;
    c.paper = QColor(0x1e, 0x1f, 0x22);
    c.text = QColor(0xd8, 0xdb, 0xe0);
    c.comment = QColor(0x7f, 0x88, 0x94);
    c.keyword = QColor(0x7a, 0xa6, 0xf7);
    c.string = QColor(0x8f, 0xc9, 0x7a);
    c.number = QColor(0xd1, 0x9a, 0x66);
    c.preprocessor = QColor(0xd8, 0xa6, 0x57);
    c.taskMarker = QColor(0xf0, 0x6f, 0xb0);
    c.marginPaper = QColor(0x25, 0x27, 0x2a);
    c.marginText = QColor(0x6e, 0x73, 0x7b);
    c.caretLine = QColor(0x27, 0x29, 0x2d);
    c.caret = QColor(0xe8, 0xea, 0xee);
    c.selection = QColor(0x2f, 0x4a, 0x73);
    c.braceMatchPaper = QColor(0x3a, 0x4f, 0x6e);
    c.braceMatchText = QColor(0xff, 0xff, 0xff);
    c.indentGuide = QColor(0x38, 0x3b, 0x40);
    c.helpText = QColor(0xb4, 0xb9, 0xc1);
    c.helpPaper = QColor(0x2a, 0x2c, 0x30);
    c.labelColor = QColor(0x6c, 0xa6, 0xf0);
    c.labelPaper = QColor(0x22, 0x2b, 0x38);
    c.codeBlockPaper = QColor(0x25, 0x27, 0x2b);
    c.errorTint = QColor(0x3d, 0x23, 0x25);
    c.warningTint = QColor(0x3b, 0x31, 0x1c);
    c.noteTint = QColor(0x1f, 0x2d, 0x40);
    c.errorText = QColor(0xf2, 0x8b, 0x8b);
    c.warningText = QColor(0xf0, 0xc0, 0x6a);
    c.noteText = QColor(0x8d, 0xb8, 0xf2);
    return c;
}

} // namespace

QString themeName(Theme theme) { return theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light"); }

std::optional<Theme> themeFromName(const QString& name) {
    if (name == QLatin1String("light")) return Theme::Light;
    if (name == QLatin1String("dark")) return Theme::Dark;
    return std::nullopt;
}

QPalette themePalette(Theme theme) { return theme == Theme::Dark ? darkPalette() : lightPalette(); }

void applyApplicationTheme(Theme theme) {
    g_current = theme;
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(themePalette(theme));
    emit themeNotifier().themeChanged(theme);
}

ThemeNotifier& themeNotifier() {
    static ThemeNotifier notifier;
    return notifier;
}

Theme currentTheme() { return g_current; }

QColor EditorColors::tint(engine::Severity severity) const {
    switch (severity) {
    case engine::Severity::Error: return errorTint;
    case engine::Severity::Warning: return warningTint;
    case engine::Severity::Note: return noteTint;
    }
    return errorTint;
}

QColor EditorColors::message(engine::Severity severity) const {
    switch (severity) {
    case engine::Severity::Error: return errorText;
    case engine::Severity::Warning: return warningText;
    case engine::Severity::Note: return noteText;
    }
    return errorText;
}

EditorColors editorColors(Theme theme) { return theme == Theme::Dark ? darkEditor() : lightEditor(); }

} // namespace ownlings::gui
