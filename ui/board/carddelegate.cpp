#include "carddelegate.h"

#include "cardtext.h"
#include "common/glyph.h"
#include "common/theme.h"
#include "common/userpicker.h"
#include "countdown.h"
#include "domain/clock.h"
#include "domain/stage.h"
#include "leadroles.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace baton {

namespace {
constexpr int kIcon = 14; // bolt and stopwatch
constexpr int kIconGap = 4;
constexpr int kChipPadding = 6;
constexpr int kAccentBar = 3; // selection bar (UI.md)
constexpr int kInitialsFont = 10;

// Widths rounded up, and text elided only when it really does not fit: int
// advances round down about half the time, which cut "6 h left" to "6 h l…".
int advance(const QFontMetricsF &fm, const QString &text)
{
    return int(std::ceil(fm.horizontalAdvance(text)));
}

QString fit(const QFontMetricsF &fm, const QString &text, int width)
{
    return fm.horizontalAdvance(text) <= width + 0.5 ? text : fm.elidedText(text, Qt::ElideRight, width);
}

QFont chipFont()
{
    return Theme::font(Theme::kMeta, QFont::Medium);
}

QColor readable(const Theme &theme, const QColor &c)
{
    // The palette's marks are too light for 4.5:1 text on their own tint in the
    // light theme; a darker shade of the same hue is.
    return theme.mode() == Theme::Mode::Light ? c.darker(150) : c;
}
} // namespace

CardDelegate::CardDelegate(const Theme &theme, const Clock &clock, QObject *parent)
    : QStyledItemDelegate(parent), m_theme(theme), m_clock(clock)
{}

void CardDelegate::setThresholds(int mql, int sql)
{
    m_mql = mql;
    m_sql = sql;
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return itemSize(card::kSize.width() + 2 * card::kSpacing);
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    using Token = Theme::Token;
    QPainter &p = *painter;
    const Timestamp now = m_clock.now();
    const QRect cardRect = cardRectInItem(option.rect);

    const QString name = index.data(NameRole).toString();
    const QString company = index.data(CompanyRole).toString();
    const QString title = index.data(TitleRole).toString();
    const QString ownerName = index.data(OwnerNameRole).toString();
    const int score = index.data(ScoreRole).toInt();
    const bool urgent = index.data(UrgentRole).toBool();
    const bool pending = index.data(PendingReviewRole).toBool();
    const auto stage = Stage(index.data(StageRole).toInt());
    const QVariant amount = index.data(AmountRole);
    const qint64 inStage = now - index.data(StageSinceRole).toLongLong();

    const QFont nameFont = Theme::font(Theme::kBody, QFont::DemiBold);
    const QFont metaFont = Theme::font(Theme::kMeta);
    const QFontMetricsF meta(metaFont);
    const QFontMetricsF chip(chipFont());

    const QString ageCompact = formatAge(inStage);
    const QString age = tr("%1 in stage").arg(ageCompact);
    const QString urgentText = tr("urgent");

    CardParts parts;
    parts.hasOwner = !ownerName.isEmpty();
    parts.ageWidth = advance(meta, age);
    parts.ageCompactWidth = advance(meta, ageCompact);
    parts.urgent = urgent;
    parts.urgentWidth = kIcon + kIconGap + advance(meta, urgentText);
    parts.urgentCompactWidth = kIcon;

    // The right end of the bottom line: the review countdown of a pending SAL,
    // or the deal amount of an opportunity or a win.
    Countdown countdown;
    QString chipText;
    if (pending) {
        countdown =
            reviewCountdown(index.data(ReviewDeadlineRole).toLongLong(), index.data(AssignedAtRole).toLongLong(), now);
        chipText = countdown.text;
        parts.countdown = true;
        parts.countdownWidth = kChipPadding + kIcon + kIconGap + advance(chip, chipText) + kChipPadding;
    } else if ((stage == Stage::Opportunity || stage == Stage::Won) && amount.isValid()) {
        chipText = formatCompactAmount(amount.toDouble());
        parts.countdown = true;
        parts.countdownWidth = kChipPadding + advance(chip, chipText) + kChipPadding;
    }
    const CardGeometry g = layoutCard(cardRect, parts);

    p.save();
    p.setRenderHint(QPainter::Antialiasing);

    // Surface, border (accent on hover), and the selection bar.
    QPainterPath shape;
    shape.addRoundedRect(QRectF(cardRect).adjusted(0.5, 0.5, -0.5, -0.5), Theme::kRadius, Theme::kRadius);
    p.fillPath(shape, m_theme.color(Token::Surface));
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    p.setPen(QPen(m_theme.color(hovered || selected ? Token::Accent : Token::Border), 1));
    p.setBrush(Qt::NoBrush);
    p.drawPath(shape);
    if (selected) {
        p.save();
        p.setClipPath(shape);
        p.fillRect(QRect(cardRect.left(), cardRect.top(), kAccentBar, cardRect.height()), m_theme.color(Token::Accent));
        p.restore();
    }

    // Name and score.
    p.setFont(nameFont);
    p.setPen(m_theme.color(Token::Text));
    p.drawText(g.name, Qt::AlignLeft | Qt::AlignVCenter, fit(QFontMetricsF(nameFont), name, g.name.width()));
    paintPill(p, g.pill, score);

    // Company · title, cut in the middle so both ends stay readable.
    p.setFont(metaFont);
    p.setPen(m_theme.color(Token::TextSecondary));
    QStringList job;
    if (!company.isEmpty())
        job << company;
    if (!title.isEmpty())
        job << title;
    const QString jobText = job.isEmpty() ? index.data(EmailRole).toString() : job.join(QStringLiteral(" · "));
    p.drawText(g.meta, Qt::AlignLeft | Qt::AlignVCenter,
               meta.horizontalAdvance(jobText) <= g.meta.width()
                   ? jobText
                   : meta.elidedText(jobText, Qt::ElideMiddle, g.meta.width()));

    // Owner initials.
    if (!g.initials.isEmpty()) {
        p.setPen(Qt::NoPen);
        p.setBrush(m_theme.tint(Token::Accent, m_theme.mode() == Theme::Mode::Light ? 28 : 60));
        p.drawEllipse(g.initials);
        p.setPen(readable(m_theme, m_theme.color(Token::Accent)));
        p.setFont(Theme::font(kInitialsFont, QFont::DemiBold));
        p.drawText(g.initials, Qt::AlignCenter, UserPicker::initials(ownerName));
        p.setFont(metaFont);
    }

    // Time in stage.
    p.setPen(m_theme.color(Token::TextSecondary));
    p.drawText(g.age, Qt::AlignLeft | Qt::AlignVCenter, fit(meta, g.compactAge ? ageCompact : age, g.age.width()));

    // Urgent: an icon and the word, never colour alone.
    if (!g.urgent.isEmpty()) {
        const QRect icon(g.urgent.left(), g.urgent.center().y() - kIcon / 2, kIcon, kIcon);
        paintGlyph(p, Glyph::Bolt, icon, m_theme.color(Token::Warn));
        if (!g.compactUrgent) {
            p.setPen(m_theme.color(Token::Text));
            p.drawText(g.urgent.adjusted(kIcon + kIconGap, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, urgentText);
        }
    }

    if (!g.countdown.isEmpty()) {
        if (!pending) {
            paintChip(p, g.countdown, chipText, m_theme.tint(Token::Good, 30),
                      readable(m_theme, m_theme.color(Token::Good)), QColor(), false);
        } else {
            switch (countdown.band) {
            case CountdownBand::Normal:
                paintChip(p, g.countdown, chipText, m_theme.tint(Token::TextSecondary, 28), m_theme.color(Token::Text),
                          m_theme.color(Token::TextSecondary), true);
                break;
            case CountdownBand::Warn:
                paintChip(p, g.countdown, chipText, m_theme.tint(Token::Warn, 46),
                          readable(m_theme, m_theme.color(Token::Warn)), readable(m_theme, m_theme.color(Token::Warn)),
                          true);
                break;
            case CountdownBand::Breached: {
                const QColor ink =
                    m_theme.mode() == Theme::Mode::Light ? QColor(Qt::white) : m_theme.color(Token::Background);
                paintChip(p, g.countdown, chipText, m_theme.color(Token::Bad), ink, ink, true);
                break;
            }
            }
        }
    }
    p.restore();
}

void CardDelegate::paintPill(QPainter &p, const QRect &rect, int score) const
{
    const QColor band = m_theme.scoreColor(score, m_mql, m_sql);
    QColor fill = band;
    fill.setAlpha(m_theme.mode() == Theme::Mode::Light ? 34 : 64);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(rect), Theme::kRadius, Theme::kRadius);
    QFont f = Theme::font(Theme::kMeta, QFont::DemiBold);
    p.setFont(f);
    p.setPen(readable(m_theme, band));
    p.drawText(rect, Qt::AlignCenter, QString::number(score));
}

void CardDelegate::paintChip(QPainter &p, const QRect &rect, const QString &text, const QColor &fill, const QColor &ink,
                             const QColor &iconColor, bool stopwatch) const
{
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(rect), Theme::kRadius, Theme::kRadius);
    QRect inner = rect.adjusted(kChipPadding, 0, -kChipPadding, 0);
    if (stopwatch) {
        paintGlyph(p, Glyph::Stopwatch, QRect(inner.left(), rect.center().y() - kIcon / 2, kIcon, kIcon), iconColor);
        inner.setLeft(inner.left() + kIcon + kIconGap);
    }
    p.setFont(chipFont());
    p.setPen(ink);
    p.drawText(inner, Qt::AlignLeft | Qt::AlignVCenter, fit(QFontMetricsF(p.font()), text, inner.width()));
}

} // namespace baton
