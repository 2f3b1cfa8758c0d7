#include "navigationrail.h"

#include "theme.h"

#include <QButtonGroup>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace baton {

NavigationRail::NavigationRail(const Theme &theme, QWidget *parent)
    : QWidget(parent), m_theme(theme), m_group(new QButtonGroup(this)), m_layout(new QVBoxLayout(this))
{
    setFixedWidth(kWidth);
    m_group->setExclusive(true);
    m_layout->setContentsMargins(6, Theme::kGrid * 2, 6, Theme::kGrid);
    m_layout->setSpacing(Theme::kGrid);
    m_layout->addStretch(1);
    connect(m_group, &QButtonGroup::idClicked, this, &NavigationRail::currentChanged);

    // The current view reads as a soft accent tile, not as a pressed button.
    using Token = Theme::Token;
    const auto rgba = [](const QColor &c, int alpha) {
        return QStringLiteral("rgba(%1,%2,%3,%4)").arg(c.red()).arg(c.green()).arg(c.blue()).arg(alpha);
    };
    setStyleSheet(QStringLiteral("QToolButton { border: none; border-radius: %1px; color: %2; padding: 4px; }"
                                 "QToolButton:hover { background: %3; }"
                                 "QToolButton:checked { background: %4; color: %5; font-weight: 600; }")
                      .arg(Theme::kRadius)
                      .arg(theme.color(Token::TextSecondary).name(), rgba(theme.color(Token::TextSecondary), 24),
                           rgba(theme.color(Token::Accent), 30), theme.color(Token::Accent).name()));
}

int NavigationRail::addView(Glyph glyph, const QString &text, const QString &toolTip)
{
    using Token = Theme::Token;
    auto *b = new QToolButton(this);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setAccessibleName(text);
    b->setCheckable(true);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    b->setIconSize(QSize(22, 22));
    b->setFixedSize(kWidth - 12, 56);
    b->setFont(Theme::font(Theme::kMeta, QFont::Medium));
    QIcon icon = glyphIcon(glyph, m_theme.color(Token::TextSecondary), m_theme.color(Token::Border), 22);
    const QIcon on = glyphIcon(glyph, m_theme.color(Token::Accent), {}, 22);
    icon.addPixmap(on.pixmap(22, 22), QIcon::Normal, QIcon::On);
    b->setIcon(icon);
    const int id = int(m_group->buttons().size());
    m_group->addButton(b, id);
    m_layout->insertWidget(m_layout->count() - 1, b, 0, Qt::AlignHCenter);
    if (id == 0)
        b->setChecked(true);
    return id;
}

int NavigationRail::current() const
{
    return m_group->checkedId();
}

void NavigationRail::setCurrent(int view)
{
    if (QAbstractButton *b = m_group->button(view))
        b->setChecked(true);
}

void NavigationRail::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), m_theme.color(Theme::Token::Surface));
    p.fillRect(QRect(width() - 1, 0, 1, height()), m_theme.color(Theme::Token::Border));
}

} // namespace baton
