#include "badges.h"

#include "leadformat.h"

#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QWidget>

namespace baton {

namespace {
constexpr int kChipPadding = 6; // horizontal, inside a chip
constexpr int kChipAlpha = 28;  // tint of a chip's background
} // namespace

Theme themeOf(const QWidget &widget)
{
    return Theme(widget.palette().color(QPalette::Window).lightness() < 128 ? Theme::Mode::Dark : Theme::Mode::Light);
}

QSize scorePillSize(int score)
{
    const QFontMetrics fm(Theme::font(Theme::kMeta, QFont::DemiBold));
    const int w = fm.horizontalAdvance(QString::number(score)) + 2 * kChipPadding + 2;
    return {std::max(w, 30), fm.height() + 4};
}

void paintScorePill(QPainter &painter, const QRect &rect, int score, const Theme &theme, int mqlThreshold,
                    int sqlThreshold)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor band = theme.scoreColor(score, mqlThreshold, sqlThreshold);
    painter.setPen(Qt::NoPen);
    painter.setBrush(band);
    painter.drawRoundedRect(QRectF(rect), Theme::kRadius + 2, Theme::kRadius + 2);
    painter.setFont(Theme::font(Theme::kMeta, QFont::DemiBold));
    // White on the light theme's saturated bands, dark on the dark theme's pale ones.
    painter.setPen(theme.mode() == Theme::Mode::Light ? theme.color(Theme::Token::Surface)
                                                      : theme.color(Theme::Token::Background));
    painter.drawText(rect, Qt::AlignCenter, QString::number(score));
    painter.restore();
}

QSize chipSize(const QString &text, const QFontMetrics &metrics, bool withGlyph)
{
    const int glyph = withGlyph ? metrics.height() + kChipPadding / 2 : 0;
    // +2: elidedText() elides text that measures exactly the width it is given.
    return {metrics.horizontalAdvance(text) + 2 * kChipPadding + glyph + 2, metrics.height() + 4};
}

void paintChip(QPainter &painter, const QRect &rect, const QString &text, Theme::Token tone, const Theme &theme,
               std::optional<Glyph> glyph)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.tint(tone, kChipAlpha));
    painter.drawRoundedRect(QRectF(rect), Theme::kRadius, Theme::kRadius);
    // Secondary chips keep the darker text colour so they stay readable on the tint.
    const QColor ink = theme.color(tone == Theme::Token::TextSecondary ? Theme::Token::Text : tone)
                           .darker(theme.mode() == Theme::Mode::Light ? 115 : 100);
    QRect textRect = rect.adjusted(kChipPadding, 0, -kChipPadding, 0);
    if (glyph) {
        const int size = painter.fontMetrics().height();
        paintGlyph(painter, *glyph, QRectF(textRect.left(), rect.center().y() - size / 2.0 + 0.5, size, size), ink);
        textRect.setLeft(textRect.left() + size + kChipPadding / 2);
    }
    painter.setPen(ink);
    painter.drawText(textRect, Qt::AlignCenter, painter.fontMetrics().elidedText(text, Qt::ElideRight, textRect.width() + 1));
    painter.restore();
}

QSize pointsChipSize(const QString &label, const QString &points, const QFontMetrics &labelMetrics,
                     const QFontMetrics &pointsMetrics)
{
    return {labelMetrics.horizontalAdvance(label) + kChipPadding / 2 + pointsMetrics.horizontalAdvance(points)
                + 2 * kChipPadding + 2,
            labelMetrics.height() + 4};
}

void paintPointsChip(QPainter &painter, const QRect &rect, const QString &label, const QString &points, int value,
                     const Theme &theme)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(value < 0 ? theme.tint(Theme::Token::Bad, kChipAlpha) : theme.tint(Theme::Token::TextSecondary, kChipAlpha / 2));
    painter.drawRoundedRect(QRectF(rect), Theme::kRadius, Theme::kRadius);
    const QFont labelFont = painter.font();
    QFont pointsFont = labelFont;
    pointsFont.setWeight(QFont::DemiBold);
    const QRect inner = rect.adjusted(kChipPadding, 0, -kChipPadding, 0);
    const int pointsW = QFontMetrics(pointsFont).horizontalAdvance(points);
    painter.setFont(pointsFont);
    painter.setPen(theme.color(value < 0 ? Theme::Token::Bad : Theme::Token::Good).darker(theme.mode() == Theme::Mode::Light ? 115 : 100));
    painter.drawText(inner, Qt::AlignRight | Qt::AlignVCenter, points);
    painter.setFont(labelFont);
    painter.setPen(theme.color(Theme::Token::Text));
    const int labelW = inner.width() - pointsW - kChipPadding / 2;
    painter.drawText(QRect(inner.left(), inner.top(), labelW, inner.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(label, Qt::ElideRight, labelW + 1));
    painter.restore();
}

void setPrimaryButton(QPushButton &button, bool primary, const Theme &theme)
{
    if (!primary) {
        button.setStyleSheet(QString());
        return;
    }
    // A style sheet, not the palette: Fusion lightens a palette button colour into a
    // pale gradient that white text cannot be read on.
    const QColor accent = theme.color(Theme::Token::Accent);
    const QColor ink = theme.mode() == Theme::Mode::Light ? theme.color(Theme::Token::Surface)
                                                          : theme.color(Theme::Token::Background);
    // As tall as its unstyled neighbours.
    QPushButton probe(button.text());
    probe.setFont(button.font());
    const int height = probe.sizeHint().height();
    button.setStyleSheet(QStringLiteral("QPushButton { background-color: %1; color: %2; border: 1px solid %3;"
                                        " border-radius: %4px; padding: 0 %5px; min-height: %6px; font-weight: 600; }"
                                        " QPushButton:hover { background-color: %7; }"
                                        " QPushButton:pressed { background-color: %3; }"
                                        " QPushButton:focus { border-color: %2; }")
                             .arg(accent.name(), ink.name(), accent.darker(120).name())
                             .arg(Theme::kRadius - 2)
                             .arg(Theme::kGrid + Theme::kGrid / 2)
                             .arg(height - 2)
                             .arg(accent.lighter(110).name()));
}

void paintInitials(QPainter &painter, const QRect &rect, const QString &name, const Theme &theme)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.tint(Theme::Token::Sales, 2 * kChipAlpha));
    painter.drawEllipse(QRectF(rect));
    painter.setPen(theme.color(Theme::Token::Text));
    painter.setFont(Theme::font(Theme::kMeta, QFont::DemiBold));
    painter.drawText(rect, Qt::AlignCenter, initials(name));
    painter.restore();
}

} // namespace baton
