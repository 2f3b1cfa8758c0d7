#include "cardgeometry.h"

namespace baton {

CardGeometry layoutCard(const QRect &rect, const CardParts &parts)
{
    using namespace card;
    CardGeometry g;
    g.card = rect;
    const int left = rect.left() + kPadding;
    const int right = rect.left() + rect.width() - kPadding; // one past the last pixel
    const int top = rect.top() + kPadding;

    g.pill = QRect(right - kPillWidth, top + (kNameHeight - kPillHeight) / 2, kPillWidth, kPillHeight);
    g.name = QRect(left, top, qMax(0, g.pill.left() - kGap - left), kNameHeight);
    g.meta = QRect(left, top + kNameHeight + 2, qMax(0, right - left), kMetaHeight);

    const int chipTop = rect.top() + rect.height() - kPadding - kChipHeight;
    int x = left;
    if (parts.hasOwner) {
        const int d = parts.initialsDiameter;
        g.initials = QRect(x, chipTop + (kChipHeight - d) / 2, d, d);
        x += d + kGap;
    }
    int end = right;
    if (parts.countdown) {
        const int w = qMin(parts.countdownWidth, qMax(0, right - x));
        g.countdown = QRect(right - w, chipTop, w, kChipHeight);
        end = g.countdown.left() - kGap;
    }

    const int room = qMax(0, end - x);
    auto needed = [&](bool compactAge, bool compactUrgent) {
        int w = compactAge ? parts.ageCompactWidth : parts.ageWidth;
        if (parts.urgent)
            w += kGap + (compactUrgent ? parts.urgentCompactWidth : parts.urgentWidth);
        return w;
    };
    if (needed(false, false) > room) {
        g.compactUrgent = parts.urgent;
        if (needed(false, g.compactUrgent) > room)
            g.compactAge = true;
    }

    const int urgentWidth = parts.urgent ? (g.compactUrgent ? parts.urgentCompactWidth : parts.urgentWidth) : 0;
    const int ageRoom = qMax(0, room - (parts.urgent ? urgentWidth + kGap : 0));
    const int ageWidth = qMin(g.compactAge ? parts.ageCompactWidth : parts.ageWidth, ageRoom);
    g.age = QRect(x, chipTop, ageWidth, kChipHeight);
    if (parts.urgent)
        g.urgent =
            QRect(x + ageWidth + kGap, chipTop, qMin(urgentWidth, qMax(0, end - x - ageWidth - kGap)), kChipHeight);
    return g;
}

QRect cardRectInItem(const QRect &item)
{
    const int half = card::kSpacing / 2;
    return item.adjusted(card::kSpacing, half, -card::kSpacing, -half);
}

QSize itemSize(int width)
{
    return {width, card::kSize.height() + card::kSpacing};
}

} // namespace baton
