#include "slidecanvas.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <algorithm>

namespace baton::standup {

SlideCanvas::SlideCanvas(QPainter &painter, const QRectF &area, const StandupTheme &theme)
    : m_painter(painter), m_theme(theme), m_scale(StandupScale::forSize(area.width(), area.height()))
{
    const QSizeF canvas(m_scale(kReferenceWidth), m_scale(kReferenceHeight));
    m_origin = area.center() - QPointF(canvas.width() / 2, canvas.height() / 2);
}

QRectF SlideCanvas::map(const QRectF &r) const
{
    return {m_origin.x() + m_scale(r.x()), m_origin.y() + m_scale(r.y()), m_scale(r.width()), m_scale(r.height())};
}

double SlideCanvas::width(const QString &text, double size, QFont::Weight weight) const
{
    return QFontMetricsF(m_scale.font(size, weight)).horizontalAdvance(text) / m_scale.factor();
}

double SlideCanvas::text(const QRectF &box, const QString &text, double size, const QColor &color, QFont::Weight weight,
                         Qt::Alignment align)
{
    const QFont font = m_scale.font(size, weight);
    const QRectF target = map(box);
    const QString shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, target.width());
    m_painter.setFont(font);
    m_painter.setPen(color);
    m_painter.drawText(target, int(align) | Qt::TextSingleLine, shown);
    return QFontMetricsF(font).horizontalAdvance(shown) / m_scale.factor();
}

int SlideCanvas::wrapped(const QRectF &box, const QString &text, double size, const QColor &color, int lines,
                         QFont::Weight weight, Qt::Alignment align)
{
    const QFont font = m_scale.font(size, weight);
    const QRectF target = map(box);
    const QFontMetricsF metrics(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QStringList shown;
    layout.beginLayout();
    for (int i = 0; i < lines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(target.width());
        const bool last = i == lines - 1;
        const QString part = last ? text.mid(line.textStart()) : text.mid(line.textStart(), line.textLength());
        shown << (last ? metrics.elidedText(part.trimmed(), Qt::ElideRight, target.width()) : part.trimmed());
    }
    layout.endLayout();
    m_painter.setFont(font);
    m_painter.setPen(color);
    const double lineHeight = metrics.lineSpacing();
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QRectF lineBox(target.x(), target.y() + double(i) * lineHeight, target.width(), lineHeight);
        m_painter.drawText(lineBox, int(align) | Qt::AlignTop | Qt::TextSingleLine, shown.at(i));
    }
    return int(shown.size());
}

void SlideCanvas::panel(const QRectF &box, const QColor &fill)
{
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(fill);
    m_painter.drawRoundedRect(map(box), m_scale(kRadius), m_scale(kRadius));
}

void SlideCanvas::bar(const QRectF &box, const QColor &fill)
{
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(fill);
    const QRectF r = map(box);
    const double radius = std::min(r.width(), r.height()) / 2;
    m_painter.drawRoundedRect(r, radius, radius);
}

void SlideCanvas::title(const QString &title, const QString &subtitle)
{
    text(QRectF(kLeft, kTop, kWidth, 72), title, kTitle, m_theme.text(), QFont::Bold);
    text(QRectF(kLeft, kTop + 80, kWidth, 44), subtitle, kSubtitle, m_theme.secondary());
}

void SlideCanvas::emptyState(const QString &mark, Tone tone, const QString &title, const QString &sentence)
{
    const double middle = kContentTop + kContentHeight / 2;
    const QColor markColor = tone == Tone::Neutral ? m_theme.secondary() : m_theme.tone(tone);
    text(QRectF(kLeft, middle - 250, kWidth, 180), mark, kHeadline, markColor, QFont::Bold, Qt::AlignCenter);
    text(QRectF(kLeft, middle - 50, kWidth, 80), title, kTitle, m_theme.text(), QFont::Bold, Qt::AlignCenter);
    wrapped(QRectF(kLeft + 160, middle + 50, kWidth - 320, 120), sentence, kLabel + 4, m_theme.secondary(), 2,
            QFont::Normal, Qt::AlignHCenter);
}

} // namespace baton::standup
