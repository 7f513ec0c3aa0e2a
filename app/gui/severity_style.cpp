// Severity colours and painted badges (no image files: Qt has no SVG plugin on our targets).
#include "app/gui/severity_style.h"

#include <QPainter>
#include <QPainterPath>

namespace ownlings::gui {
namespace {

const QColor kErrorColor(0xd3, 0x2f, 0x2f);
const QColor kWarningColor(0xe0, 0x8e, 0x00);
const QColor kNoteColor(0x2f, 0x6f, 0xc4);
const QColor kCleanColor(0x2e, 0x9d, 0x4f);

enum class Glyph { Cross, Bang, Info, Tick, Play, Question };

Glyph glyphOf(engine::Severity severity) {
    switch (severity) {
    case engine::Severity::Error: return Glyph::Cross;
    case engine::Severity::Warning: return Glyph::Bang;
    case engine::Severity::Note: return Glyph::Info;
    }
    return Glyph::Info;
}

/// The white mark inside the badge, drawn in a 16 x 16 coordinate system.
QPainterPath glyphPath(Glyph glyph) {
    QPainterPath path;
    switch (glyph) {
    case Glyph::Cross:
        path.moveTo(5.5, 5.5);
        path.lineTo(10.5, 10.5);
        path.moveTo(10.5, 5.5);
        path.lineTo(5.5, 10.5);
        break;
    case Glyph::Bang:
        path.moveTo(8, 4.2);
        path.lineTo(8, 9);
        path.moveTo(8, 11.6);
        path.lineTo(8, 11.7);
        break;
    case Glyph::Info:
        path.moveTo(8, 4.3);
        path.lineTo(8, 4.4);
        path.moveTo(8, 7);
        path.lineTo(8, 11.8);
        break;
    case Glyph::Tick:
        path.moveTo(4.8, 8.3);
        path.lineTo(7.1, 10.6);
        path.lineTo(11.3, 5.6);
        break;
    case Glyph::Play:
        path.moveTo(6.3, 4.8);
        path.lineTo(11.2, 8);
        path.lineTo(6.3, 11.2);
        path.closeSubpath();
        break;
    case Glyph::Question:
        path.moveTo(5.9, 6.2);
        path.cubicTo(5.9, 3.6, 10.2, 3.6, 10.2, 6.2);
        path.cubicTo(10.2, 7.8, 8, 7.9, 8, 9.6);
        path.moveTo(8, 12);
        path.lineTo(8, 12.1);
        break;
    }
    return path;
}

QImage badge(const QColor& color, Glyph glyph, int size) {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 16.0, size / 16.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0.5, 0.5, 15, 15));
    painter.setPen(QPen(Qt::white, 1.9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(glyph == Glyph::Play ? QBrush(Qt::white) : QBrush(Qt::NoBrush));
    painter.drawPath(glyphPath(glyph));
    return image;
}

QIcon iconOf(const QColor& color, Glyph glyph) {
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) icon.addPixmap(QPixmap::fromImage(badge(color, glyph, size)));
    return icon;
}

} // namespace

QColor severityColor(engine::Severity severity) {
    switch (severity) {
    case engine::Severity::Error: return kErrorColor;
    case engine::Severity::Warning: return kWarningColor;
    case engine::Severity::Note: return kNoteColor;
    }
    return kErrorColor;
}

QImage severityImage(engine::Severity severity, int size) {
    return badge(severityColor(severity), glyphOf(severity), size);
}

QIcon severityIcon(engine::Severity severity) { return iconOf(severityColor(severity), glyphOf(severity)); }

QIcon cleanIcon() { return iconOf(kCleanColor, Glyph::Tick); }

QIcon checkActionIcon() { return iconOf(kCleanColor, Glyph::Play); }

QIcon explainActionIcon() { return iconOf(kNoteColor, Glyph::Question); }

} // namespace ownlings::gui
