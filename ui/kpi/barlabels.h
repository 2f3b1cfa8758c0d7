#pragma once

#include "chartstyle.h"

#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QChart;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace baton {

// Values printed on bars in the unit they mean ("€412k", "31 h · 65 %"), which Qt
// Charts' own labels (one number format per series) cannot do. Grouped bars get the
// label past their end; stacked segments get it centred, and only where it fits.
// Follows the plot area as the chart is resized. Owned by the chart.
class BarLabels : public QObject
{
    Q_OBJECT

public:
    BarLabels(QChart *chart, QAbstractBarSeries *series, const ChartStyle &style);

    void set(int setIndex, int category, const QString &text);
    // How many labels are visible now (a test hook: charts render their values).
    int visibleCount() const;

private:
    struct Label
    {
        int set = 0;
        int category = 0;
        QGraphicsSimpleTextItem *item = nullptr;
    };
    void layout();

    QChart *m_chart;
    QAbstractBarSeries *m_series;
    ChartStyle m_style;
    QList<Label> m_labels;
};

} // namespace baton
