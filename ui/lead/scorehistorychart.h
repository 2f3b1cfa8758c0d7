#pragma once

#include "scorehistory.h"

#include <QWidget>

namespace baton {

// The score over time as a small step chart (UI.md "Score breakdown"), painted:
// one step per score_changed event, dashed lines at the MQL and SQL-ready
// thresholds, and a tooltip naming the event under the mouse.
class ScoreHistoryChart : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreHistoryChart(QWidget *parent = nullptr);

    // `now` closes the last step; times are labelled in `zone`.
    void setSteps(const QList<ScoreStep> &steps, Timestamp now, int mqlThreshold, int sqlThreshold,
                  const QTimeZone &zone);
    const QList<ScoreStep> &steps() const { return m_steps; }
    // The step whose point is nearest to x (in widget coordinates), or -1.
    int stepAt(int x) const;
    // Where step `index` is drawn, in widget coordinates.
    QPointF stepPoint(int index) const;
    // The step under the mouse (its tooltip is showing), or -1.
    int hoveredStep() const { return m_hover; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRectF plotRect() const;
    double xOf(Timestamp at) const;
    double yOf(int score) const;

    QList<ScoreStep> m_steps;
    Timestamp m_now = 0;
    Timestamp m_start = 0;
    int m_mql = 40;
    int m_sql = 70;
    int m_low = 0;
    int m_high = 100;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    int m_hover = -1;
};

} // namespace baton
