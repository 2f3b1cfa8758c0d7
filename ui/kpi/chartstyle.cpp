#include "chartstyle.h"

#include <QAreaSeries>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <array>
#include <cmath>

namespace baton {

namespace {
constexpr int kLineWidth = 2;
constexpr int kGridAlpha = 160;
constexpr int kBandAlpha = 40;
constexpr int kMarkerSize = 6;
} // namespace

QColor ChartStyle::color(int i) const
{
    using T = Theme::Token;
    static constexpr std::array order = {T::Marketing, T::Sales, T::Accent, T::Warn, T::Good, T::Bad, T::TextSecondary};
    return theme.color(order[size_t(i) % order.size()]);
}

QBrush ChartStyle::barBrush(const QColor &c, int i) const
{
    if (!print)
        return QBrush(c);
    // Distinct hatches so two sets differ in grey scale; the first is solid.
    static constexpr std::array patterns = {Qt::SolidPattern,  Qt::BDiagPattern, Qt::CrossPattern,    Qt::FDiagPattern,
                                            Qt::Dense4Pattern, Qt::HorPattern,   Qt::DiagCrossPattern};
    return QBrush(c, patterns[size_t(i) % patterns.size()]);
}

QPen ChartStyle::linePen(const QColor &c, int i) const
{
    QPen pen(c, kLineWidth);
    if (print) {
        static constexpr std::array styles = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
        pen.setStyle(styles[size_t(i) % styles.size()]);
    }
    return pen;
}

double niceCeiling(double v)
{
    if (v <= 0)
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (m * p >= v - 1e-9)
            return m * p;
    }
    return 10 * p;
}

QChart *newChart(const ChartStyle &style)
{
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight); // a known base; every colour below overrides it
    chart->setBackgroundBrush(style.theme.color(Theme::Token::Surface));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(Theme::kGrid / 2, Theme::kGrid / 2, Theme::kGrid / 2, Theme::kGrid / 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    QLegend *legend = chart->legend();
    legend->setAlignment(Qt::AlignTop);
    legend->setFont(Theme::font(Theme::kMeta));
    legend->setLabelColor(style.text());
    legend->setMarkerShape(QLegend::MarkerShapeFromSeries);
    return chart;
}

void styleAxis(QAbstractAxis *axis, const ChartStyle &style, bool grid)
{
    axis->setLabelsFont(Theme::font(Theme::kMeta));
    axis->setLabelsColor(style.secondary());
    axis->setTitleFont(Theme::font(Theme::kMeta));
    axis->setTitleBrush(style.secondary());
    axis->setLinePenColor(style.theme.color(Theme::Token::Border));
    axis->setGridLineVisible(grid);
    axis->setGridLineColor(style.theme.tint(Theme::Token::Border, kGridAlpha));
    axis->setShadesVisible(false);
    if (auto *value = qobject_cast<QValueAxis *>(axis))
        value->setMinorGridLineVisible(false);
}

void styleBarSet(QBarSet *set, const QColor &color, int i, const ChartStyle &style)
{
    set->setBrush(style.barBrush(color, i));
    set->setPen(style.print ? QPen(style.text(), 1) : QPen(Qt::NoPen));
    set->setLabelColor(style.text());
    set->setLabelFont(Theme::font(Theme::kMeta));
}

void styleLine(QXYSeries *series, const QColor &color, int i, const ChartStyle &style)
{
    series->setPen(style.linePen(color, i));
    series->setColor(color);
    series->setPointsVisible(true);
    series->setMarkerSize(kMarkerSize);
    series->setPointLabelsFont(Theme::font(Theme::kMeta));
    series->setPointLabelsColor(style.text());
}

void finishLegend(QChart *chart, const ChartStyle &style)
{
    for (QLegendMarker *marker : chart->legend()->markers()) {
        marker->setLabelBrush(style.text());
        marker->setFont(Theme::font(Theme::kMeta));
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker)) {
            marker->setShape(QLegend::MarkerShapeRectangle);
            marker->setBrush(bar->barset()->brush());
            marker->setPen(style.print ? QPen(style.text(), 1) : QPen(bar->barset()->brush().color(), 1));
        }
    }
}

void addTargetBand(QChart *chart, QAbstractAxis *x, QAbstractAxis *y, double x0, double x1, double low, double high,
                   const QString &name, const ChartStyle &style)
{
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    upper->replace({QPointF(x0, high), QPointF(x1, high)});
    lower->replace({QPointF(x0, low), QPointF(x1, low)});
    auto *band = new QAreaSeries(upper, lower);
    upper->setParent(band);
    lower->setParent(band);
    band->setName(name);
    QColor fill = style.theme.color(Theme::Token::Good);
    fill.setAlpha(kBandAlpha);
    band->setBrush(style.print ? QBrush(style.theme.color(Theme::Token::Good), Qt::Dense6Pattern) : QBrush(fill));
    QPen edge(style.theme.tint(Theme::Token::Good, 120), 1, Qt::DashLine);
    band->setPen(edge);
    chart->addSeries(band);
    band->attachAxis(x);
    band->attachAxis(y);
}

} // namespace baton
