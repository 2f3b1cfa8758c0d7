#pragma once

#include "common/theme.h"

#include <QBrush>
#include <QPen>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractBarSeries;
class QBarSet;
class QChart;
class QXYSeries;
QT_END_NAMESPACE

namespace baton {

// How Baton's charts look (UI.md "Charts"): the palette instead of a Qt Charts
// theme, 12 px secondary axis labels, light grid lines. In print mode (the weekly
// report) a chart must read in black and white too: bars get hatch patterns, lines
// dash styles and markers, and every value is printed.
struct ChartStyle
{
    Theme theme;
    bool print = false;

    // The i-th colour of a chart's series, from the theme's tokens.
    QColor color(int i) const;
    // A bar's fill: the colour on screen; in print, the colour with a hatch pattern of its own.
    QBrush barBrush(const QColor &color, int i) const;
    QPen linePen(const QColor &color, int i) const;
    QColor text() const { return theme.color(Theme::Token::Text); }
    QColor secondary() const { return theme.color(Theme::Token::TextSecondary); }
};

// A round axis maximum at least `v`: 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten.
double niceCeiling(double v);

// A chart with the style's background, margins, fonts and legend; no title (the
// card above the chart prints it left-aligned).
QChart *newChart(const ChartStyle &style);
void styleAxis(QAbstractAxis *axis, const ChartStyle &style, bool grid = true);
void styleBarSet(QBarSet *set, const QColor &color, int i, const ChartStyle &style);
void styleLine(QXYSeries *series, const QColor &color, int i, const ChartStyle &style);
// Call once a chart has its series: legend markers of bar sets take the set's fill
// (Qt draws them hollow when a set's brush is set after its theme), labels the theme's text.
void finishLegend(QChart *chart, const ChartStyle &style);
// A translucent "good" band between two values on the y axis `y` over [x0, x1] (target bands).
void addTargetBand(QChart *chart, QAbstractAxis *x, QAbstractAxis *y, double x0, double x1, double low, double high,
                   const QString &name, const ChartStyle &style);

} // namespace baton
