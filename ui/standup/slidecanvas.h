#pragma once

#include "standuptheme.h"

#include <QPainter>
#include <QRectF>
#include <QString>

namespace baton::standup {

// Drawing primitives for one slide, in reference coordinates: x from 0 to 1920 and y
// from 0 to 1080 whatever the screen, so the slides read as a 1080p layout and scale.
class SlideCanvas
{
public:
    // The layout's fixed regions, in reference pixels.
    static constexpr double kLeft = kMargin;
    static constexpr double kRight = kReferenceWidth - kMargin;
    static constexpr double kWidth = kRight - kLeft;
    static constexpr double kContentTop = 200;
    static constexpr double kContentBottom = kReferenceHeight - kFooter - 20;
    static constexpr double kContentHeight = kContentBottom - kContentTop;

    // `area` is the widget's rectangle; the 16:9 canvas is centred in it.
    SlideCanvas(QPainter &painter, const QRectF &area, const StandupTheme &theme);

    QPainter &painter() { return m_painter; }
    const StandupTheme &theme() const { return m_theme; }
    const StandupScale &scale() const { return m_scale; }
    QRectF map(const QRectF &reference) const;

    // One line of text in `box`, elided at the end when it does not fit. Returns the
    // width it took, in reference pixels.
    double text(const QRectF &box, const QString &text, double size, const QColor &color,
                QFont::Weight weight = QFont::Normal, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
    // Up to `lines` lines, word-wrapped, the last one elided. Returns the lines used.
    int wrapped(const QRectF &box, const QString &text, double size, const QColor &color, int lines,
                QFont::Weight weight = QFont::Normal, Qt::Alignment align = Qt::AlignLeft);
    double width(const QString &text, double size, QFont::Weight weight = QFont::Normal) const;

    void panel(const QRectF &box, const QColor &fill);
    void panel(const QRectF &box) { panel(box, m_theme.panel()); }
    void bar(const QRectF &box, const QColor &fill); // a small rounded bar (reason counts, accents)

    // The title block: title and the line under it.
    void title(const QString &title, const QString &subtitle);
    // A slide with nothing to list says so: a large mark, a title and one sentence.
    void emptyState(const QString &mark, Tone tone, const QString &title, const QString &sentence);

private:
    QPainter &m_painter;
    const StandupTheme &m_theme;
    StandupScale m_scale;
    QPointF m_origin;
};

} // namespace baton::standup
