#include "triagedelegate.h"

#include "triagemodel.h"

#include "lead/badges.h"
#include "board/countdown.h"
#include "lead/leadformat.h"

#include "pipeline/pipelineservice.h"

#include <QPainter>

namespace baton {

namespace {
constexpr int kPadX = 12 + 4; // UI.md card padding, plus room for the selection bar
constexpr int kPadY = Theme::kGrid + 2;
constexpr int kSelectionBar = 3;
constexpr int kSelectedAlpha = 22;
constexpr int kHoverAlpha = 10;

QFontMetrics nameMetrics()
{
    return QFontMetrics(Theme::font(Theme::kBody, QFont::DemiBold));
}
QFontMetrics body()
{
    return QFontMetrics(Theme::font(Theme::kBody));
}
QFontMetrics meta()
{
    return QFontMetrics(Theme::font(Theme::kMeta));
}
} // namespace

TriageDelegate::TriageDelegate(PipelineService &pipeline, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_pipeline(pipeline)
{
}

QSize TriageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int h = 2 * kPadY + nameMetrics().height() + Theme::kGrid / 2 + meta().height() + 4;
    return {option.rect.width(), h};
}

void TriageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Theme theme = option.widget ? themeOf(*option.widget) : Theme();
    const PipelineConfig &config = m_pipeline.config();
    const Timestamp now = m_pipeline.clock().now();
    QPainter &p = *painter;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    const bool selected = option.state & QStyle::State_Selected;

    p.fillRect(r, theme.color(Theme::Token::Surface));
    if (selected)
        p.fillRect(r, theme.tint(Theme::Token::Accent, kSelectedAlpha));
    else if (option.state & QStyle::State_MouseOver)
        p.fillRect(r, theme.tint(Theme::Token::Accent, kHoverAlpha));
    if (selected)
        p.fillRect(QRect(r.left(), r.top(), kSelectionBar, r.height()), theme.color(Theme::Token::Accent));
    p.setPen(theme.color(Theme::Token::Border));
    p.drawLine(QPointF(r.left(), r.bottom() + 0.5), QPointF(r.right(), r.bottom() + 0.5));

    const QRect inner = r.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    const int line1H = nameMetrics().height();

    // Right side of line 1, from the right: score pill, countdown chip, owner.
    const int score = index.data(TriageModel::ScoreRole).toInt();
    const QSize pill = scorePillSize(score);
    QRect pillRect(QPoint(inner.right() - pill.width() + 1, inner.top() + (line1H - pill.height()) / 2), pill);
    paintScorePill(p, pillRect, score, theme, config.mqlThreshold, config.sqlThreshold);
    int right = pillRect.left() - Theme::kGrid;

    p.setFont(Theme::font(Theme::kMeta));
    const Countdown due = reviewCountdown(index.data(TriageModel::DeadlineRole).toLongLong(),
                                          index.data(TriageModel::AssignedAtRole).toLongLong(), now);
    const Theme::Token tone = due.band == CountdownBand::Breached ? Theme::Token::Bad
        : due.band == CountdownBand::Warn                       ? Theme::Token::Warn
                                                                : Theme::Token::TextSecondary;
    const QString countdown = due.text;
    const QSize chip = chipSize(countdown, meta(), true);
    const QRect chipRect(QPoint(right - chip.width() + 1, inner.top() + (line1H - chip.height()) / 2), chip);
    paintChip(p, chipRect, countdown, tone, theme, Glyph::Stopwatch);
    right = chipRect.left() - Theme::kGrid;

    if (index.data(TriageModel::UrgentRole).toBool()) {
        const QString urgent = tr("urgent");
        const QSize u = chipSize(urgent, meta(), true);
        const QRect urgentRect(QPoint(right - u.width() + 1, chipRect.top()), u);
        paintChip(p, urgentRect, urgent, Theme::Token::Bad, theme, Glyph::Bolt);
        right = urgentRect.left() - Theme::kGrid;
    }

    const QString owner = index.data(TriageModel::OwnerNameRole).toString();
    if (!owner.isEmpty()) {
        const int w = meta().horizontalAdvance(owner);
        const int d = meta().height() + 6;
        p.setPen(theme.color(Theme::Token::TextSecondary));
        p.drawText(QRect(right - w, inner.top(), w, line1H), Qt::AlignRight | Qt::AlignVCenter, owner);
        paintInitials(p, QRect(right - w - Theme::kGrid / 2 - d, inner.top() + (line1H - d) / 2, d, d), owner, theme);
        right -= w + Theme::kGrid / 2 + d + Theme::kGrid;
    }

    // Line 1, left: name, then company and title in secondary text.
    const int textW = right - inner.left();
    const QString name = index.data(Qt::DisplayRole).toString();
    const QStringList sub = QStringList{index.data(TriageModel::CompanyRole).toString(),
                                        index.data(TriageModel::TitleRole).toString()};
    QStringList parts;
    for (const QString &s : sub) {
        if (!s.isEmpty())
            parts << s;
    }
    const QString subtitle = parts.join(QStringLiteral(" · "));
    p.setFont(Theme::font(Theme::kBody, QFont::DemiBold));
    p.setPen(theme.color(Theme::Token::Text));
    const QString shownName = nameMetrics().elidedText(name, Qt::ElideRight, textW);
    p.drawText(QRect(inner.left(), inner.top(), textW, line1H), Qt::AlignLeft | Qt::AlignVCenter, shownName);
    const int subLeft = inner.left() + nameMetrics().horizontalAdvance(shownName) + Theme::kGrid + Theme::kGrid / 2;
    if (!subtitle.isEmpty() && subLeft < right) {
        p.setFont(Theme::font(Theme::kBody));
        p.setPen(theme.color(Theme::Token::TextSecondary));
        p.drawText(QRect(subLeft, inner.top(), right - subLeft, line1H), Qt::AlignLeft | Qt::AlignVCenter,
                   body().elidedText(subtitle, Qt::ElideMiddle, right - subLeft));
    }

    // Line 2: the rules that fired, as chips, as many as fit, then "+N more".
    const QStringList labels = index.data(TriageModel::FiredLabelsRole).toStringList();
    const QVariantList points = index.data(TriageModel::FiredPointsRole).toList();
    p.setFont(Theme::font(Theme::kMeta));
    const QFontMetrics pointsMetrics(Theme::font(Theme::kMeta, QFont::DemiBold));
    int x = inner.left();
    const int y = inner.top() + line1H + Theme::kGrid / 2;
    for (int i = 0; i < labels.size(); ++i) {
        const int value = points.value(i).toInt();
        const QString pointsText = signedPoints(value);
        const QSize s = pointsChipSize(labels.at(i), pointsText, meta(), pointsMetrics);
        const QString more = tr("+%1 more").arg(labels.size() - i);
        const bool last = i == labels.size() - 1;
        const int reserve = last ? 0 : chipSize(more, meta()).width() + Theme::kGrid / 2;
        if (x + s.width() + reserve > inner.right()) {
            paintChip(p, QRect(QPoint(x, y), chipSize(more, meta())), more, Theme::Token::TextSecondary, theme);
            break;
        }
        paintPointsChip(p, QRect(QPoint(x, y), s), labels.at(i), pointsText, value, theme);
        x += s.width() + Theme::kGrid / 2;
    }
    const QStringList chips = labels;
    if (chips.isEmpty()) {
        p.setPen(theme.color(Theme::Token::TextSecondary));
        p.drawText(QRect(inner.left(), y, inner.width(), meta().height() + 4), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("No scoring rule fired"));
    }
    p.restore();
}

} // namespace baton
