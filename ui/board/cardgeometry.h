#pragma once

#include <QRect>
#include <QSize>

namespace baton {

// The card of UI.md ("The card", about 256 × 84 px) as plain numbers, so its
// layout is tested without a GUI. The delegate measures texts and paints into
// these rects; nothing here knows fonts.
namespace card {
inline constexpr QSize kSize{256, 84};
inline constexpr int kSpacing = 8; // between cards, and around them in a column
inline constexpr int kPadding = 12;
inline constexpr int kNameHeight = 18;
inline constexpr int kMetaHeight = 16;
inline constexpr int kChipHeight = 20;
inline constexpr int kGap = 8; // between parts of a line
inline constexpr int kPillWidth = 32;
inline constexpr int kPillHeight = 18;
} // namespace card

// What the bottom line of a card holds, with the widths the delegate measured.
struct CardParts
{
    bool hasOwner = true; // owner initials disc
    int initialsDiameter = card::kChipHeight;
    int ageWidth = 0;        // "3 d in stage"
    int ageCompactWidth = 0; // "3 d"
    bool urgent = false;
    int urgentWidth = 0;        // bolt + "urgent"
    int urgentCompactWidth = 0; // bolt alone
    bool countdown = false;     // pending SAL
    int countdownWidth = 0;     // the whole chip, stopwatch and padding included
};

struct CardGeometry
{
    QRect card;
    QRect name;
    QRect pill;
    QRect meta;     // company · title
    QRect initials; // empty when there is no owner
    QRect age;
    QRect urgent;    // empty when not urgent
    QRect countdown; // empty when not a pending SAL
    bool compactAge = false;
    bool compactUrgent = false;
};

// Lays a card out in `card`. The countdown keeps the right end of the bottom
// line; when the rest does not fit, "urgent" loses its word first (the icon
// stays), then the age loses "in stage", then the age is cut.
CardGeometry layoutCard(const QRect &card, const CardParts &parts);

// The card inside a list item's rect (the item carries the spacing around it).
QRect cardRectInItem(const QRect &item);
// A list item's size for a column `width` px wide.
QSize itemSize(int width);

} // namespace baton
