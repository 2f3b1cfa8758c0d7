#include "theme.h"

#include <QApplication>
#include <QStyleFactory>
#include <QStyleHints>

namespace baton {

namespace {
struct Pair
{
    QRgb light;
    QRgb dark;
};

Pair pairFor(Theme::Token token)
{
    switch (token) {
    case Theme::Token::Background: return {0xF3F4F6, 0x111827};
    case Theme::Token::Surface: return {0xFFFFFF, 0x1F2937};
    case Theme::Token::Border: return {0xE5E7EB, 0x374151};
    case Theme::Token::Text: return {0x111827, 0xF9FAFB};
    case Theme::Token::TextSecondary: return {0x6B7280, 0x9CA3AF};
    case Theme::Token::Accent: return {0x2563EB, 0x60A5FA};
    case Theme::Token::Marketing: return {0x7C3AED, 0xA78BFA};
    case Theme::Token::Sales: return {0x0D9488, 0x2DD4BF};
    case Theme::Token::Good: return {0x16A34A, 0x4ADE80};
    case Theme::Token::Warn: return {0xD97706, 0xFBBF24};
    case Theme::Token::Bad: return {0xDC2626, 0xF87171};
    }
    return {0x000000, 0xFFFFFF};
}
} // namespace

QColor Theme::color(Token token) const
{
    const Pair p = pairFor(token);
    return QColor::fromRgb(m_mode == Mode::Light ? p.light : p.dark);
}

QColor Theme::tint(Token token, int alpha) const
{
    QColor c = color(token);
    c.setAlpha(alpha);
    return c;
}

QColor Theme::scoreColor(int score, int mqlThreshold, int sqlThreshold) const
{
    if (score >= sqlThreshold)
        return color(Token::Good);
    if (score >= mqlThreshold)
        return color(Token::Warn);
    return color(Token::TextSecondary);
}

QFont Theme::font(int pixelSize, QFont::Weight weight)
{
    QFont f = QApplication::font();
    f.setPixelSize(pixelSize);
    f.setWeight(weight);
    return f;
}

QPalette Theme::palette() const
{
    QPalette p;
    const QColor background = color(Token::Background);
    const QColor surface = color(Token::Surface);
    const QColor text = color(Token::Text);
    const QColor secondary = color(Token::TextSecondary);
    const QColor accent = color(Token::Accent);
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, surface);
    p.setColor(QPalette::AlternateBase, background);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, surface);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, m_mode == Mode::Light ? QColor(Qt::white) : color(Token::Background));
    p.setColor(QPalette::ToolTipBase, surface);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, secondary);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::Mid, color(Token::Border));
    p.setColor(QPalette::Midlight, color(Token::Border));
    p.setColor(QPalette::Light, surface);
    p.setColor(QPalette::Dark, color(Token::Border).darker(130));
    p.setColor(QPalette::Disabled, QPalette::Text, secondary);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, secondary);
    p.setColor(QPalette::Disabled, QPalette::WindowText, secondary);
    return p;
}

void Theme::apply(QApplication &app) const
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(palette());
    QFont base = QApplication::font();
    base.setPixelSize(kBody);
    app.setFont(base);
}

Theme::Mode Theme::systemMode()
{
    // Qt 6.4 has no colorScheme(); the palette's window lightness is the system's hint.
    const QColor window = QGuiApplication::palette().color(QPalette::Window);
    return window.lightness() < 128 ? Mode::Dark : Mode::Light;
}

} // namespace baton
