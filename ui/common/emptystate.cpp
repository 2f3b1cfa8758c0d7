#include "emptystate.h"

#include "theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace baton {

EmptyState::EmptyState(const Theme &theme, Glyph glyph, const QString &title, const QString &sentence, QWidget *parent)
    : QWidget(parent)
{
    auto *icon = new QLabel(this);
    constexpr int kIconSize = 48;
    icon->setPixmap(
        glyphIcon(glyph, theme.color(Theme::Token::TextSecondary), {}, kIconSize).pixmap(kIconSize, kIconSize));
    icon->setAlignment(Qt::AlignCenter);

    auto *heading = new QLabel(title, this);
    heading->setFont(Theme::font(Theme::kViewTitle, QFont::DemiBold));
    heading->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(sentence, this);
    text->setFont(Theme::font(Theme::kBody));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setFixedWidth(420); // a wrapped label needs a width to know its height
    QPalette p = text->palette();
    p.setColor(QPalette::WindowText, theme.color(Theme::Token::TextSecondary));
    text->setPalette(p);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addSpacing(Theme::kGrid * 2);
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addSpacing(Theme::kGrid);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace baton
