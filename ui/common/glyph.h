#pragma once

#include <QColor>
#include <QIcon>
#include <QRectF>

class QPainter;

namespace baton {

// Baton's few line icons, drawn in code so they take the theme's colours and
// look the same on every system (the system fonts may lack ⚡, ⏱ or 🔔).
enum class Glyph {
    Board,
    Queue,
    Kpis,
    Feedback,
    Bell,
    Bolt,
    Stopwatch,
    Flag,
    Search,
    Person,
    Import,
};

// Draws `glyph` into `box` (designed on a 24 × 24 grid, scaled to fit).
void paintGlyph(QPainter &painter, Glyph glyph, const QRectF &box, const QColor &color);
// An icon of `glyph` in `color`, with a disabled variant in `disabledColor`.
QIcon glyphIcon(Glyph glyph, const QColor &color, const QColor &disabledColor = QColor(), int size = 20);

} // namespace baton
