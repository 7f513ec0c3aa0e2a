// Painted course icons (no image files: Qt has no SVG plugin on our targets).
#include "app/gui/course_icons.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QPixmap>

#include <functional>

namespace ownlings::gui {
namespace {

const QColor kPendingColor(0x8a, 0x90, 0x99);
const QColor kAttemptedColor(0xe0, 0x8e, 0x00);
const QColor kDoneColor(0x2e, 0x9d, 0x4f);
const QColor kLessonColor(0x2f, 0x6f, 0xc4);

using Painter = std::function<void(QPainter&)>;

/// `paint` draws in a 16 x 16 coordinate system; the icon holds it at common sizes.
QIcon paintedIcon(const Painter& paint) {
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 16.0, size / 16.0);
        paint(painter);
        painter.end();
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

void drawShape(QPainter& painter, const QRectF& box, bool square) {
    if (square)
        painter.drawRoundedRect(box, 2.5, 2.5);
    else
        painter.drawEllipse(box);
}

void paintPending(QPainter& painter, bool square) {
    painter.setPen(QPen(kPendingColor, 1.6));
    painter.setBrush(Qt::NoBrush);
    drawShape(painter, QRectF(2.5, 2.5, 11, 11), square);
}

void paintAttempted(QPainter& painter, bool square) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(kAttemptedColor);
    painter.save();
    painter.setClipRect(QRectF(0, 8, 16, 8)); // the lower half: started, not finished
    drawShape(painter, QRectF(2.5, 2.5, 11, 11), square);
    painter.restore();
    painter.setPen(QPen(kAttemptedColor, 1.6));
    painter.setBrush(Qt::NoBrush);
    drawShape(painter, QRectF(2.5, 2.5, 11, 11), square);
}

void paintDone(QPainter& painter, bool square) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(kDoneColor);
    drawShape(painter, QRectF(1.5, 1.5, 13, 13), square);
    QPainterPath tick;
    tick.moveTo(4.8, 8.3);
    tick.lineTo(7.1, 10.6);
    tick.lineTo(11.3, 5.6);
    painter.setPen(QPen(Qt::white, 1.9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(tick);
}

void paintBook(QPainter& painter) {
    painter.setPen(QPen(kLessonColor, 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(kLessonColor.lighter(170));
    QPainterPath left, right;
    left.moveTo(8, 4.5);
    left.cubicTo(6.5, 3.2, 4, 3, 1.8, 3.6);
    left.lineTo(1.8, 12.6);
    left.cubicTo(4, 12, 6.5, 12.2, 8, 13.4);
    left.closeSubpath();
    right.moveTo(8, 4.5);
    right.cubicTo(9.5, 3.2, 12, 3, 14.2, 3.6);
    right.lineTo(14.2, 12.6);
    right.cubicTo(12, 12, 9.5, 12.2, 8, 13.4);
    right.closeSubpath();
    painter.drawPath(left);
    painter.drawPath(right);
}

void paintDisc(QPainter& painter, const QColor& color) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0.5, 0.5, 15, 15));
    painter.setBrush(Qt::white);
}

void paintGrade(QPainter& painter) {
    paintDisc(painter, kLessonColor);
    painter.drawPolygon(QPolygonF({QPointF(6.2, 4.4), QPointF(12.0, 8.0), QPointF(6.2, 11.6)}));
}

void paintCancel(QPainter& painter) {
    paintDisc(painter, QColor(0xd3, 0x2f, 0x2f));
    painter.drawRoundedRect(QRectF(5, 5, 6, 6), 1, 1);
}

} // namespace

QIcon gradeIcon() { return paintedIcon(paintGrade); }

QIcon cancelIcon() { return paintedIcon(paintCancel); }

QIcon statusIcon(course::ExerciseStatus status, bool quiz) {
    switch (status) {
    case course::ExerciseStatus::NotStarted: return paintedIcon([quiz](QPainter& p) { paintPending(p, quiz); });
    case course::ExerciseStatus::Attempted: return paintedIcon([quiz](QPainter& p) { paintAttempted(p, quiz); });
    case course::ExerciseStatus::Done: return paintedIcon([quiz](QPainter& p) { paintDone(p, quiz); });
    }
    return {};
}

QIcon lessonIcon() { return paintedIcon(paintBook); }

} // namespace ownlings::gui
