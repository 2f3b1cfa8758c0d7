#include "scorehistorychart.h"

#include "badges.h"
#include "leadformat.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace baton {

namespace {
constexpr int kPointRadius = 3;
constexpr int kHitDistance = 2 * Theme::kGrid; // how near the mouse must be to a step
constexpr int kAreaAlpha = 24;                 // fill under the line
constexpr int kScoreStep = 10;                 // the y range snaps to tens

QFontMetrics meta()
{
    return QFontMetrics(Theme::font(Theme::kMeta));
}
} // namespace

ScoreHistoryChart::ScoreHistoryChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize ScoreHistoryChart::sizeHint() const
{
    return {50 * Theme::kGrid, 15 * Theme::kGrid};
}

QSize ScoreHistoryChart::minimumSizeHint() const
{
    return {25 * Theme::kGrid, 15 * Theme::kGrid};
}

void ScoreHistoryChart::setSteps(const QList<ScoreStep> &steps, Timestamp now, int mqlThreshold, int sqlThreshold,
                                 const QTimeZone &zone)
{
    m_steps = steps;
    m_mql = mqlThreshold;
    m_sql = sqlThreshold;
    m_zone = zone;
    m_hover = -1;
    m_start = steps.isEmpty() ? now : steps.constFirst().at;
    m_now = std::max(now, m_start + kMsPerHour);
    int low = 0;
    int high = sqlThreshold;
    for (const ScoreStep &s : steps) {
        low = std::min(low, s.to);
        high = std::max(high, s.to);
    }
    // Snap to tens with a little head room so the line never sits on the frame.
    m_low = low >= 0 ? 0 : -((-low + kScoreStep - 1) / kScoreStep) * kScoreStep;
    m_high = (high / kScoreStep + 1) * kScoreStep;
    update();
}

QRectF ScoreHistoryChart::plotRect() const
{
    const int left = meta().horizontalAdvance(QStringLiteral("\u2212100")) + Theme::kGrid / 2;
    const int bottom = meta().height() + Theme::kGrid / 2;
    return QRectF(left, Theme::kGrid, width() - left - Theme::kGrid, height() - Theme::kGrid - bottom);
}

double ScoreHistoryChart::xOf(Timestamp at) const
{
    const QRectF plot = plotRect();
    return plot.left() + double(at - m_start) / double(std::max<qint64>(1, m_now - m_start)) * plot.width();
}

double ScoreHistoryChart::yOf(int score) const
{
    const QRectF plot = plotRect();
    return plot.bottom() - double(score - m_low) / std::max(1, m_high - m_low) * plot.height();
}

QPointF ScoreHistoryChart::stepPoint(int step) const
{
    const ScoreStep &s = m_steps.at(step);
    return {xOf(s.at), yOf(s.to)};
}

int ScoreHistoryChart::stepAt(int x) const
{
    int best = -1;
    double bestDistance = kHitDistance;
    for (int i = 0; i < m_steps.size(); ++i) {
        const double d = std::abs(stepPoint(i).x() - x);
        if (d <= bestDistance) { // later steps win ties: they are what the line shows
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

void ScoreHistoryChart::paintEvent(QPaintEvent *)
{
    const Theme theme = themeOf(*this);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = plotRect();
    const QColor secondary = theme.color(Theme::Token::TextSecondary);
    p.setFont(Theme::font(Theme::kMeta));

    if (m_steps.isEmpty()) {
        p.setPen(secondary);
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No score history yet: the score changes when activities arrive or fields change."));
        return;
    }

    // Grid: zero, and the two thresholds dashed, labelled on the left.
    const struct
    {
        int score;
        Qt::PenStyle style;
    } lines[] = {{0, Qt::SolidLine}, {m_mql, Qt::DashLine}, {m_sql, Qt::DashLine}};
    for (const auto &line : lines) {
        if (line.score < m_low || line.score > m_high)
            continue;
        const double y = std::round(yOf(line.score)) + 0.5;
        p.setPen(QPen(theme.color(Theme::Token::Border), 1, line.style));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(secondary);
        p.drawText(QRectF(0, y - meta().height() / 2.0, plot.left() - Theme::kGrid / 2, meta().height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(line.score));
    }

    // The step line: flat until the next event, then straight up or down.
    QPainterPath path(stepPoint(0));
    for (int i = 1; i < m_steps.size(); ++i) {
        path.lineTo(stepPoint(i).x(), stepPoint(i - 1).y());
        path.lineTo(stepPoint(i));
    }
    path.lineTo(xOf(m_now), stepPoint(int(m_steps.size()) - 1).y());
    QPainterPath area = path;
    area.lineTo(xOf(m_now), yOf(std::max(m_low, 0)));
    area.lineTo(stepPoint(0).x(), yOf(std::max(m_low, 0)));
    area.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(theme.tint(Theme::Token::Accent, kAreaAlpha));
    p.drawPath(area);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(theme.color(Theme::Token::Accent), 2));
    p.drawPath(path);

    for (int i = 0; i < m_steps.size(); ++i) {
        const bool hovered = i == m_hover;
        p.setPen(QPen(theme.color(Theme::Token::Surface), 1.5));
        p.setBrush(theme.color(Theme::Token::Accent));
        const double r = hovered ? kPointRadius * 1.7 : kPointRadius;
        p.drawEllipse(stepPoint(i), r, r);
    }

    // Time axis: first event and now, in the user's time zone.
    p.setPen(secondary);
    const QRectF axis(plot.left(), plot.bottom() + Theme::kGrid / 2, plot.width(), meta().height());
    p.drawText(axis, Qt::AlignLeft | Qt::AlignVCenter, formatWhen(m_start, m_zone, m_now));
    p.drawText(axis, Qt::AlignRight | Qt::AlignVCenter, tr("now"));
}

void ScoreHistoryChart::mouseMoveEvent(QMouseEvent *event)
{
    const int step = stepAt(event->position().toPoint().x());
    if (step != m_hover) {
        m_hover = step;
        update();
    }
    if (step < 0) {
        QToolTip::hideText();
        return;
    }
    const QPoint at = stepPoint(step).toPoint();
    QToolTip::showText(mapToGlobal(at), describeStep(m_steps.at(step), m_zone), this,
                       QRect(at - QPoint(kHitDistance, kHitDistance), QSize(2 * kHitDistance, 2 * kHitDistance)));
}

void ScoreHistoryChart::leaveEvent(QEvent *event)
{
    m_hover = -1;
    update();
    QWidget::leaveEvent(event);
}

} // namespace baton
