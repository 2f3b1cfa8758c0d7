#pragma once

#include "common/theme.h"

#include <QColor>
#include <QFont>

#include <algorithm>
#include <cmath>

namespace baton {

// Stand-up mode's look (UI.md "Stand-up mode"): Baton's palette on a darker stage, and a
// type scale for a room. Sizes are pixels on a 1920 × 1080 screen; StandupScale turns
// them into pixels on the screen at hand (twice as many at 3840 × 2160).
namespace standup {

inline constexpr double kReferenceWidth = 1920;
inline constexpr double kReferenceHeight = 1080;

inline constexpr double kMargin = 80;    // left and right
inline constexpr double kTop = 52;       // above the title
inline constexpr double kTitle = 52;     // slide title
inline constexpr double kSubtitle = 30;  // period and totals under the title
inline constexpr double kHeadline = 140; // the week's figures, the headline count
inline constexpr double kRowFigure = 60; // the figure that leads a list row
inline constexpr double kRowName = 38;   // a row's name
inline constexpr double kLabel = 32;     // labels and second lines
inline constexpr double kMeta = 28;      // the smallest text: footer, "was 40", targets
inline constexpr double kFooter = 84;    // footer band height
inline constexpr double kProgress = 4;   // the progress line at the top
inline constexpr double kGap = 24;       // between tiles and columns
inline constexpr double kRadius = 14;    // panels

// The stage behind the slides: darker than the app's dark background, so the panels stand out.
inline constexpr QRgb kDarkStage = 0x0B1220;
inline constexpr QRgb kDarkPanel = 0x162033;
inline constexpr QRgb kLightStage = 0xFFFFFF;
inline constexpr QRgb kLightPanel = 0xF3F4F6;
// In the light theme the palette's good/warn/bad are too pale for text read across a room
// (under 4.5:1 on white); these darker shades of the same hues pass.
inline constexpr QRgb kLightGoodText = 0x15803D;
inline constexpr QRgb kLightWarnText = 0xB45309;
inline constexpr QRgb kLightBadText = 0xB91C1C;
inline constexpr QRgb kLightSecondaryText = 0x4B5563;

// What a number means for the team; always shown with a word or a sign too.
enum class Tone { Neutral, Good, Warn, Bad };

class StandupTheme
{
public:
    explicit StandupTheme(bool dark) : m_theme(dark ? Theme::Mode::Dark : Theme::Mode::Light), m_dark(dark) {}

    bool isDark() const { return m_dark; }
    QColor stage() const { return QColor::fromRgb(m_dark ? kDarkStage : kLightStage); }
    QColor panel() const { return QColor::fromRgb(m_dark ? kDarkPanel : kLightPanel); }
    QColor border() const { return m_theme.color(Theme::Token::Border); }
    QColor text() const { return m_theme.color(Theme::Token::Text); }
    QColor secondary() const
    {
        return m_dark ? m_theme.color(Theme::Token::TextSecondary) : QColor::fromRgb(kLightSecondaryText);
    }
    QColor accent() const { return m_theme.color(Theme::Token::Accent); }
    QColor tone(Tone tone) const
    {
        switch (tone) {
        case Tone::Good: return m_dark ? m_theme.color(Theme::Token::Good) : QColor::fromRgb(kLightGoodText);
        case Tone::Warn: return m_dark ? m_theme.color(Theme::Token::Warn) : QColor::fromRgb(kLightWarnText);
        case Tone::Bad: return m_dark ? m_theme.color(Theme::Token::Bad) : QColor::fromRgb(kLightBadText);
        case Tone::Neutral: break;
        }
        return text();
    }
    // A translucent fill of a tone's colour behind a badge or a bar.
    QColor wash(Tone t, int alpha = 48) const
    {
        QColor c = tone(t);
        c.setAlpha(alpha);
        return c;
    }

private:
    Theme m_theme;
    bool m_dark;
};

// Reference pixels → screen pixels for one canvas size; the canvas keeps 16:9 inside any window.
class StandupScale
{
public:
    explicit StandupScale(double factor) : m_factor(factor) {}
    static StandupScale forSize(double width, double height)
    {
        return StandupScale(std::min(width / kReferenceWidth, height / kReferenceHeight));
    }
    double factor() const { return m_factor; }
    double operator()(double referencePixels) const { return referencePixels * m_factor; }
    QFont font(double referencePixels, QFont::Weight weight = QFont::Normal) const
    {
        QFont f = Theme::font(std::max(1, int(std::lround(referencePixels * m_factor))), weight);
        f.setStyleStrategy(QFont::PreferAntialias);
        return f;
    }

private:
    double m_factor;
};

} // namespace standup
} // namespace baton
