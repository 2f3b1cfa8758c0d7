#pragma once

#include "common/glyph.h"
#include "common/theme.h"

#include <QFontMetrics>
#include <QRect>
#include <QString>

#include <optional>

class QPainter;
class QPushButton;
class QWidget;

namespace baton {

// The small painted marks the lead pane and the triage queue share: the score pill,
// text chips and the owner's initials. Colours and sizes come from Theme only.

// The theme matching the palette `widget` paints with (light or dark).
Theme themeOf(const QWidget &widget);

// A pill coloured by score band that always shows the number (colour is never the only signal).
QSize scorePillSize(int score);
void paintScorePill(QPainter &painter, const QRect &rect, int score, const Theme &theme, int mqlThreshold,
                    int sqlThreshold);

// A rounded chip: `tone` tints the background and colours the text.
// With a glyph, it is drawn before the text (the system font may lack ⏱ or ⚡).
QSize chipSize(const QString &text, const QFontMetrics &metrics, bool withGlyph = false);
void paintChip(QPainter &painter, const QRect &rect, const QString &text, Theme::Token tone, const Theme &theme,
               std::optional<Glyph> glyph = std::nullopt);

// A rule chip, "Senior title +20": the label in text colour on a neutral tint and the
// points in the good or bad colour; a negative rule's chip is tinted bad as a whole.
QSize pointsChipSize(const QString &label, const QString &points, const QFontMetrics &labelMetrics,
                     const QFontMetrics &pointsMetrics);
void paintPointsChip(QPainter &painter, const QRect &rect, const QString &label, const QString &points, int value,
                     const Theme &theme);

// Marks `button` as the one next step (accent fill) or returns it to the plain style.
void setPrimaryButton(QPushButton &button, bool primary, const Theme &theme);

// The owner's initials in a circle of `diameter` px.
void paintInitials(QPainter &painter, const QRect &rect, const QString &name, const Theme &theme);

} // namespace baton
