#include "barlabels.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>

namespace baton {

namespace {
constexpr qreal kGap = 3;
constexpr qreal kOnTop = 100; // above the series
} // namespace

BarLabels::BarLabels(QChart *chart, QAbstractBarSeries *series, const ChartStyle &style)
    : QObject(chart), m_chart(chart), m_series(series), m_style(style)
{
    connect(chart, &QChart::plotAreaChanged, this, &BarLabels::layout);
}

void BarLabels::set(int setIndex, int category, const QString &text)
{
    auto *item = new QGraphicsSimpleTextItem(text, m_chart);
    item->setFont(Theme::font(Theme::kMeta));
    item->setBrush(m_style.text());
    item->setZValue(kOnTop);
    m_labels.append({setIndex, category, item});
    layout();
}

int BarLabels::visibleCount() const
{
    int n = 0;
    for (const Label &l : m_labels)
        n += l.item->isVisible() ? 1 : 0;
    return n;
}

void BarLabels::layout()
{
    const QRectF plot = m_chart->plotArea();
    const QList<QBarSet *> sets = m_series->barSets();
    const auto type = m_series->type();
    const bool horizontal =
        type == QAbstractSeries::SeriesTypeHorizontalBar || type == QAbstractSeries::SeriesTypeHorizontalStackedBar;
    const bool stacked =
        type == QAbstractSeries::SeriesTypeStackedBar || type == QAbstractSeries::SeriesTypeHorizontalStackedBar;
    const qreal width = m_series->barWidth();
    const qsizetype n = std::max<qsizetype>(1, sets.size());
    for (const Label &l : std::as_const(m_labels)) {
        if (l.set >= sets.size() || plot.isEmpty()) {
            l.item->setVisible(false);
            continue;
        }
        const QBarSet *set = sets.at(l.set);
        const qreal value = set->at(l.category);
        const QRectF text = l.item->boundingRect();
        // The bar along the category axis, and its extent along the value axis.
        qreal offset = 0;
        qreal low = 0;
        qreal high = value;
        if (stacked) {
            for (int i = 0; i < l.set; ++i)
                low += sets.at(i)->at(l.category);
            high = low + value;
        } else {
            offset = -width / 2 + (l.set + 0.5) * width / qreal(n);
        }
        const qreal at = l.category + offset;
        const QPointF a = m_chart->mapToPosition(horizontal ? QPointF(low, at) : QPointF(at, low), m_series);
        const QPointF b = m_chart->mapToPosition(horizontal ? QPointF(high, at) : QPointF(at, high), m_series);
        QPointF pos;
        bool fits = true;
        l.item->setBrush(m_style.text());
        if (stacked) {
            const QPointF mid = (a + b) / 2;
            const qreal length = horizontal ? std::abs(b.x() - a.x()) : std::abs(b.y() - a.y());
            fits = value > 0 && length >= (horizontal ? text.width() : text.height()) + 2;
            pos = mid - QPointF(text.width() / 2, text.height() / 2);
            l.item->setBrush(m_style.theme.color(Theme::Token::Surface));
            if (m_style.print) // on a hatch, dark text with a light box reads better
                l.item->setBrush(m_style.text());
        } else if (horizontal) {
            pos = QPointF(b.x() + kGap, b.y() - text.height() / 2);
            if (pos.x() + text.width() > m_chart->size().width() - kGap) { // no room past the end: inside
                pos.setX(b.x() - text.width() - kGap);
                l.item->setBrush(m_style.theme.color(Theme::Token::Surface));
            }
        } else {
            pos = QPointF(b.x() - text.width() / 2, b.y() - text.height() - kGap / 2);
            if (pos.y() < plot.top()) {
                pos.setY(b.y() + kGap);
                l.item->setBrush(m_style.theme.color(Theme::Token::Surface));
            }
        }
        l.item->setPos(pos);
        // Past the plot's right edge is fine (the chart's margin), not outside the chart.
        const QRectF room =
            plot.adjusted(-kGap, -text.height(), 0, text.height())
                .united(QRectF(plot.right(), plot.top(), m_chart->size().width() - plot.right(), plot.height()));
        l.item->setVisible(fits && room.contains(pos));
    }
}

} // namespace baton
