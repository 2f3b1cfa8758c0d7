#include "glyph.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace baton {

namespace {

QPainterPath strokePath(Glyph glyph)
{
    QPainterPath p;
    switch (glyph) {
    case Glyph::Board:
        p.addRoundedRect(QRectF(3, 4, 5, 16), 1.5, 1.5);
        p.addRoundedRect(QRectF(9.5, 4, 5, 11), 1.5, 1.5);
        p.addRoundedRect(QRectF(16, 4, 5, 13), 1.5, 1.5);
        break;
    case Glyph::Queue:
        for (int y : {6, 12, 18}) {
            p.moveTo(9, y);
            p.lineTo(21, y);
            p.addEllipse(QPointF(4.5, y), 1.2, 1.2);
        }
        break;
    case Glyph::Kpis:
        p.moveTo(3, 21);
        p.lineTo(21, 21);
        p.addRect(QRectF(5, 13, 3.5, 6));
        p.addRect(QRectF(10.5, 8, 3.5, 11));
        p.addRect(QRectF(16, 4, 3.5, 15));
        break;
    case Glyph::Feedback:
        p.moveTo(7, 17);
        p.lineTo(5, 17);
        p.arcTo(QRectF(3, 13, 4, 4), 270, -90);
        p.lineTo(3, 6);
        p.arcTo(QRectF(3, 4, 4, 4), 180, -90);
        p.lineTo(19, 4);
        p.arcTo(QRectF(17, 4, 4, 4), 90, -90);
        p.lineTo(21, 15);
        p.arcTo(QRectF(17, 13, 4, 4), 0, -90);
        p.lineTo(12, 17);
        p.lineTo(7, 21);
        p.closeSubpath();
        p.moveTo(8, 9);
        p.lineTo(16, 9);
        p.moveTo(8, 12.5);
        p.lineTo(13, 12.5);
        break;
    case Glyph::Bell:
        p.moveTo(5, 17);
        p.lineTo(19, 17);
        p.lineTo(17.5, 14.5);
        p.lineTo(17.5, 10.5);
        p.arcTo(QRectF(6.5, 4.5, 11, 11), 0, 180);
        p.lineTo(6.5, 14.5);
        p.closeSubpath();
        p.moveTo(10, 19.5);
        p.arcTo(QRectF(10, 17.5, 4, 4), 180, 180);
        p.moveTo(12, 2.5);
        p.lineTo(12, 4.5);
        break;
    case Glyph::Stopwatch:
        p.addEllipse(QPointF(12, 13.5), 7.5, 7.5);
        p.moveTo(12, 13.5);
        p.lineTo(12, 9);
        p.moveTo(9.5, 2.5);
        p.lineTo(14.5, 2.5);
        p.moveTo(12, 2.5);
        p.lineTo(12, 6);
        p.moveTo(18.5, 5.5);
        p.lineTo(20, 7);
        break;
    case Glyph::Flag:
        p.moveTo(6, 21);
        p.lineTo(6, 3.5);
        p.lineTo(18.5, 3.5);
        p.lineTo(15.5, 8);
        p.lineTo(18.5, 12.5);
        p.lineTo(6, 12.5);
        break;
    case Glyph::Search:
        p.addEllipse(QPointF(10.5, 10.5), 6, 6);
        p.moveTo(15, 15);
        p.lineTo(20.5, 20.5);
        break;
    case Glyph::Person:
        p.addEllipse(QPointF(12, 8), 4, 4);
        p.moveTo(4.5, 20.5);
        p.cubicTo(5, 15, 19, 15, 19.5, 20.5);
        break;
    case Glyph::Import:
        p.moveTo(12, 3);
        p.lineTo(12, 15);
        p.moveTo(7.5, 10.5);
        p.lineTo(12, 15);
        p.lineTo(16.5, 10.5);
        p.moveTo(4, 16);
        p.lineTo(4, 20.5);
        p.lineTo(20, 20.5);
        p.lineTo(20, 16);
        break;
    case Glyph::Bolt: break;
    }
    return p;
}

QPainterPath fillPath(Glyph glyph)
{
    QPainterPath p;
    if (glyph == Glyph::Bolt) {
        p.moveTo(13.5, 2);
        p.lineTo(4.5, 13.5);
        p.lineTo(11, 13.5);
        p.lineTo(10, 22);
        p.lineTo(19.5, 10);
        p.lineTo(13, 10);
        p.closeSubpath();
    }
    return p;
}

} // namespace

void paintGlyph(QPainter &painter, Glyph glyph, const QRectF &box, const QColor &color)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(box.width(), box.height());
    const qreal scale = side / 24.0;
    painter.translate(box.center().x() - side / 2, box.center().y() - side / 2);
    painter.scale(scale, scale);
    const QPainterPath filled = fillPath(glyph);
    if (!filled.isEmpty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPath(filled);
    } else {
        // 1.9 grid units: about 1.6 px at 20 px, thicker as the icon grows.
        QPen pen(color, 1.9);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(strokePath(glyph));
    }
    painter.restore();
}

QIcon glyphIcon(Glyph glyph, const QColor &color, const QColor &disabledColor, int size)
{
    QIcon icon;
    const qreal dpr = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    auto render = [&](const QColor &c) {
        QPixmap pm(QSize(size, size) * dpr);
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        paintGlyph(painter, glyph, QRectF(0, 0, size, size), c);
        return pm;
    };
    icon.addPixmap(render(color), QIcon::Normal);
    icon.addPixmap(render(color), QIcon::Active);
    if (disabledColor.isValid())
        icon.addPixmap(render(disabledColor), QIcon::Disabled);
    return icon;
}

} // namespace baton
