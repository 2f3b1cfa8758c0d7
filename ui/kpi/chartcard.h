#pragma once

#include "common/theme.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
QT_END_NAMESPACE

namespace baton {

// One chart of a KPI view: a left-aligned title and a one-line explanation above a
// Qt Charts view, or, when there is nothing to draw, a sentence that says why and
// what to do (never a blank chart). Right-click offers Save as PNG and Copy.
//
// Drill-down: a bar set or a line series given a "drill" property (a key) reports
// clicks as drilled(key, index), index being the bar's category or the point's
// position (or, when the series has an "indexes" property, the index it lists for
// that point); a "tips" property (QStringList by index) becomes the hover tooltip.
class ChartCard : public QFrame
{
    Q_OBJECT

public:
    ChartCard(const Theme &theme, const QString &title, const QString &explanation, const QString &exportName,
              QWidget *parent = nullptr);

    // Shows `chart` (the card takes it; the previous one is deleted).
    void setChart(QChart *chart);
    void setEmpty(const QString &why, const QString &whatToDo);
    void setExplanation(const QString &explanation);
    void setChartHeight(int pixels); // the least height of the chart area

    bool isEmpty() const;
    QChart *chart() const;
    QChartView *view() const { return m_view; }
    QString emptyText() const; // the empty state's sentences, for tests
    QString title() const;

Q_SIGNALS:
    void drilled(const QString &key, int index);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void connectDrill(QChart *chart);

    Theme m_theme;
    QString m_exportName;
    QLabel *m_title;
    QLabel *m_explanation;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QLabel *m_emptyWhy;
    QLabel *m_emptyWhat;
};

} // namespace baton
