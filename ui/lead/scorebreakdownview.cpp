#include "scorebreakdownview.h"

#include "badges.h"
#include "leadformat.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace baton {

namespace {
// Non-rule entries of the layout.
constexpr int kIdleHeading = -2;
constexpr int kTotalRow = -3;
constexpr int kScaleBar = -4;
constexpr int kEmptyText = -5;

constexpr int kBarMax = 6 * Theme::kGrid; // the longest points bar
constexpr int kBarThickness = Theme::kGrid - 2;
constexpr int kTrackThickness = Theme::kGrid;

QFontMetrics body()
{
    return QFontMetrics(Theme::font(Theme::kBody));
}
QFontMetrics meta()
{
    return QFontMetrics(Theme::font(Theme::kMeta));
}
int pointsColumn()
{
    return QFontMetrics(Theme::font(Theme::kHeading, QFont::DemiBold)).horizontalAdvance(QStringLiteral("\u2212100"));
}
} // namespace

ScoreBreakdownView::ScoreBreakdownView(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMouseTracking(true);
}

void ScoreBreakdownView::setBreakdown(const ScoreBreakdown &breakdown, int mqlThreshold, int sqlThreshold,
                                      const QTimeZone &zone, std::optional<Timestamp> reference)
{
    m_rows = breakdownRows(breakdown, zone, reference);
    m_total = breakdown.total;
    m_mql = mqlThreshold;
    m_sql = sqlThreshold;
    m_maxAbsPoints = 1;
    m_minPossible = 0;
    for (const RuleResult &r : breakdown.rules) {
        m_maxAbsPoints = std::max(m_maxAbsPoints, std::abs(r.points));
        if (r.points < 0)
            m_minPossible += r.points;
    }
    updateGeometry();
    update();
}

QString ScoreBreakdownView::thresholdSummary() const
{
    return thresholdText(m_total, m_mql, m_sql);
}

int ScoreBreakdownView::scaleMin() const
{
    return std::min(m_minPossible, m_total);
}

int ScoreBreakdownView::scaleMax() const
{
    return std::max({100, m_total, m_sql});
}

int ScoreBreakdownView::barBlockHeight() const
{
    return Theme::kGrid + kTrackThickness + Theme::kGrid / 2 + meta().height() + Theme::kGrid / 2 + body().height();
}

QList<ScoreBreakdownView::Placed> ScoreBreakdownView::place(int width) const
{
    QList<Placed> out;
    int y = 0;
    auto add = [&out, &y, width](int row, int height) {
        out.append({row, QRect(0, y, width, height)});
        y += height;
    };
    if (m_rows.isEmpty()) {
        add(kEmptyText, body().height() * 2);
        return out;
    }
    const int firedHeight = body().height() + meta().height() + Theme::kGrid;
    const int idleHeight = meta().height() + Theme::kGrid / 2;
    bool headingDone = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).fired && !headingDone) {
            add(kIdleHeading, Theme::kGrid + meta().height() + Theme::kGrid / 2);
            headingDone = true;
        }
        add(i, m_rows.at(i).fired ? firedHeight : idleHeight);
    }
    add(kTotalRow, Theme::kGrid * 2 + QFontMetrics(Theme::font(Theme::kHeading, QFont::DemiBold)).height());
    add(kScaleBar, barBlockHeight());
    return out;
}

int ScoreBreakdownView::heightForWidth(int width) const
{
    const QList<Placed> placed = place(width);
    return placed.isEmpty() ? 0 : placed.constLast().rect.bottom() + 1;
}

QSize ScoreBreakdownView::sizeHint() const
{
    const int w = 50 * Theme::kGrid;
    return {w, heightForWidth(w)};
}

QSize ScoreBreakdownView::minimumSizeHint() const
{
    const int w = 30 * Theme::kGrid;
    return {w, heightForWidth(w)};
}

void ScoreBreakdownView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void ScoreBreakdownView::paintEvent(QPaintEvent *)
{
    const Theme theme = themeOf(*this);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor text = theme.color(Theme::Token::Text);
    const QColor secondary = theme.color(Theme::Token::TextSecondary);
    const int pointsW = pointsColumn();
    const QFont bodyFont = Theme::font(Theme::kBody);
    const QFont metaFont = Theme::font(Theme::kMeta);
    const QFont pointsFont = Theme::font(Theme::kBody, QFont::DemiBold);
    const QFont headingFont = Theme::font(Theme::kHeading, QFont::DemiBold);

    for (const Placed &placed : place(width())) {
        const QRect r = placed.rect;
        if (placed.row >= 0) {
            const BreakdownRow &row = m_rows.at(placed.row);
            const QRect pointsRect(r.right() - pointsW, r.top(), pointsW, r.height());
            if (row.fired) {
                const int lineH = body().height();
                const QRect labelLine(r.left(), r.top() + Theme::kGrid / 2, r.width(), lineH);
                const QColor tone = theme.color(row.points >= 0 ? Theme::Token::Good : Theme::Token::Bad);
                // Points, right-aligned, in the band colour of their sign.
                p.setFont(pointsFont);
                p.setPen(tone);
                p.drawText(QRect(pointsRect.left(), labelLine.top(), pointsW, lineH), Qt::AlignRight | Qt::AlignVCenter,
                           row.pointsText);
                // A short bar proportional to the points, just left of them.
                const int barLen = std::max(2, kBarMax * std::abs(row.points) / m_maxAbsPoints);
                const int barRight = pointsRect.left() - Theme::kGrid;
                const QRectF bar(barRight - barLen, labelLine.center().y() - kBarThickness / 2.0, barLen, kBarThickness);
                p.setPen(Qt::NoPen);
                p.setBrush(tone);
                p.drawRoundedRect(bar, kBarThickness / 2.0, kBarThickness / 2.0);
                const int textRight = barRight - kBarMax - Theme::kGrid;
                p.setFont(bodyFont);
                p.setPen(text);
                p.drawText(QRect(r.left(), labelLine.top(), textRight - r.left(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
                           body().elidedText(row.label, Qt::ElideRight, textRight - r.left()));
                p.setFont(metaFont);
                p.setPen(secondary);
                const int evidenceW = pointsRect.left() - Theme::kGrid - r.left();
                p.drawText(QRect(r.left(), labelLine.bottom() + 1, evidenceW, meta().height()),
                           Qt::AlignLeft | Qt::AlignVCenter, meta().elidedText(row.evidence, Qt::ElideRight, evidenceW));
            } else {
                p.setFont(metaFont);
                p.setPen(secondary);
                p.drawText(pointsRect, Qt::AlignRight | Qt::AlignVCenter, row.pointsText);
                const int labelW = pointsRect.left() - Theme::kGrid - r.left();
                p.drawText(QRect(r.left(), r.top(), labelW, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                           meta().elidedText(row.label, Qt::ElideRight, labelW));
            }
            continue;
        }
        switch (placed.row) {
        case kEmptyText:
            p.setFont(bodyFont);
            p.setPen(secondary);
            p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                       tr("No score yet: the scoring model has no rules."));
            break;
        case kIdleHeading:
            p.setFont(Theme::font(Theme::kMeta, QFont::DemiBold));
            p.setPen(secondary);
            p.drawText(r.adjusted(0, Theme::kGrid, 0, 0), Qt::AlignLeft | Qt::AlignTop, tr("Not firing"));
            break;
        case kTotalRow: {
            p.setPen(QPen(theme.color(Theme::Token::Border), 1));
            p.drawLine(QPointF(r.left(), r.top() + Theme::kGrid / 2 + 0.5), QPointF(r.right(), r.top() + Theme::kGrid / 2 + 0.5));
            const QRect line = r.adjusted(0, Theme::kGrid, 0, -Theme::kGrid / 2);
            p.setFont(headingFont);
            p.setPen(text);
            p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, tr("Total"));
            p.setPen(theme.scoreColor(m_total, m_mql, m_sql) == theme.color(Theme::Token::TextSecondary)
                         ? text
                         : theme.scoreColor(m_total, m_mql, m_sql));
            p.drawText(line, Qt::AlignRight | Qt::AlignVCenter, QString::number(m_total));
            break;
        }
        case kScaleBar: {
            const int lo = scaleMin();
            const int hi = scaleMax();
            const double span = std::max(1, hi - lo);
            const QRectF track(r.left(), r.top() + Theme::kGrid, r.width(), kTrackThickness);
            auto xOf = [&](int score) { return track.left() + (score - lo) / span * track.width(); };
            p.setPen(Qt::NoPen);
            p.setBrush(theme.color(Theme::Token::Border));
            p.drawRoundedRect(track, kTrackThickness / 2.0, kTrackThickness / 2.0);
            QRectF fill = track;
            fill.setRight(std::max(track.left() + kTrackThickness, xOf(m_total)));
            p.setBrush(theme.scoreColor(m_total, m_mql, m_sql));
            p.drawRoundedRect(fill, kTrackThickness / 2.0, kTrackThickness / 2.0);

            // Threshold markers: a tick through the track and a label under it.
            p.setFont(metaFont);
            const int labelTop = int(track.bottom()) + Theme::kGrid / 2;
            const struct
            {
                int at;
                QString label;
            } markers[] = {{m_mql, tr("MQL %1").arg(m_mql)}, {m_sql, tr("SQL-ready %1").arg(m_sql)}};
            for (const auto &marker : markers) {
                const double x = xOf(marker.at);
                p.setPen(QPen(text, 2));
                p.drawLine(QPointF(x, track.top() - 3), QPointF(x, track.bottom() + 3));
                const int w = meta().horizontalAdvance(marker.label);
                const int left = std::clamp(int(x) - w / 2, r.left(), r.right() - w);
                p.setPen(secondary);
                p.drawText(QRect(left, labelTop, w, meta().height()), Qt::AlignCenter, marker.label);
            }
            // The scale's ends, where they do not collide with a marker label.
            const QString minText = signedPoints(lo);
            if (xOf(m_mql) - meta().horizontalAdvance(markers[0].label) / 2 > meta().horizontalAdvance(minText) + Theme::kGrid)
                p.drawText(QRect(r.left(), labelTop, r.width(), meta().height()), Qt::AlignLeft, lo < 0 ? minText : QString::number(lo));
            const QString maxText = QString::number(hi);
            if (xOf(m_sql) + meta().horizontalAdvance(markers[1].label) / 2 < r.right() - meta().horizontalAdvance(maxText) - Theme::kGrid)
                p.drawText(QRect(r.left(), labelTop, r.width(), meta().height()), Qt::AlignRight, maxText);

            p.setFont(Theme::font(Theme::kBody, QFont::DemiBold));
            p.setPen(m_total >= m_sql ? theme.color(Theme::Token::Good) : text);
            p.drawText(QRect(r.left(), labelTop + meta().height() + Theme::kGrid / 2, r.width(), body().height()),
                       Qt::AlignLeft | Qt::AlignVCenter, thresholdSummary());
            break;
        }
        default:
            break;
        }
    }
}

bool ScoreBreakdownView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (const Placed &placed : place(width())) {
            if (placed.row < 0 || !placed.rect.contains(help->pos()))
                continue;
            const BreakdownRow &row = m_rows.at(placed.row);
            const QString tip = row.fired ? tr("%1 (%2)\n%3").arg(row.label, row.pointsText, row.evidence)
                                          : tr("%1: would give %2 if it fired").arg(row.label, row.pointsText);
            QToolTip::showText(help->globalPos(), tip, this, placed.rect);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace baton
