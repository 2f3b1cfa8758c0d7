#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QApplication;

namespace baton {

// Baton's palette and type scale (UI.md). Every colour and size a widget paints
// with comes from here, never from a literal in the widget.
class Theme
{
public:
    enum class Mode { Light, Dark };
    enum class Token {
        Background,
        Surface,
        Border,
        Text,
        TextSecondary,
        Accent,
        Marketing,
        Sales,
        Good,
        Warn,
        Bad,
    };

    explicit Theme(Mode mode = Mode::Light) : m_mode(mode) {}

    Mode mode() const { return m_mode; }
    QColor color(Token token) const;
    // A colour for text or a thin mark drawn on `token`'s colour at `alpha` (0–255).
    QColor tint(Token token, int alpha) const;

    // Score band colour: below the MQL threshold, between, or sales-ready.
    QColor scoreColor(int score, int mqlThreshold = 40, int sqlThreshold = 70) const;

    // Font sizes in pixels (UI.md "Type and spacing").
    static constexpr int kMeta = 12;
    static constexpr int kBody = 13;
    static constexpr int kHeading = 15;
    static constexpr int kViewTitle = 20;
    static constexpr int kFigure = 28;
    static constexpr int kGrid = 8;
    static constexpr int kRadius = 6;

    static QFont font(int pixelSize, QFont::Weight weight = QFont::Normal);
    // A QPalette for Fusion in this theme.
    QPalette palette() const;
    // Applies Fusion, the palette and the base font to the whole application.
    void apply(QApplication &app) const;
    // Light or dark, following the system's colour scheme where it says.
    static Mode systemMode();

private:
    Mode m_mode;
};

} // namespace baton
