#pragma once

#include "breakdownrows.h"

#include <QWidget>

namespace baton {

// The lead pane's score breakdown (UI.md "Score breakdown"), painted: a row per rule
// that fired with its evidence and a signed bar, the rules that did not fire in
// secondary text, the total, and a bar from the model's minimum to 100 with the MQL
// and SQL-ready markers. Height follows width (heightForWidth).
class ScoreBreakdownView : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreBreakdownView(QWidget *parent = nullptr);

    void setBreakdown(const ScoreBreakdown &breakdown, int mqlThreshold, int sqlThreshold, const QTimeZone &zone,
                      std::optional<Timestamp> reference = std::nullopt);

    const QList<BreakdownRow> &rows() const { return m_rows; }
    int total() const { return m_total; }
    // "12 points to SQL-ready", as painted under the bar.
    QString thresholdSummary() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Placed
    {
        int row = -1; // index in m_rows, or -1 for the headings, total and bar
        QRect rect;
    };
    // Where every row goes at `width`; the last entry's bottom is the height.
    QList<Placed> place(int width) const;
    int barBlockHeight() const;
    int scaleMin() const;
    int scaleMax() const;

    QList<BreakdownRow> m_rows;
    int m_total = 0;
    int m_mql = 40;
    int m_sql = 70;
    int m_maxAbsPoints = 1;
    int m_minPossible = 0;
};

} // namespace baton
