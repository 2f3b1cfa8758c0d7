#include "confirmationbar.h"

#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace baton {

ConfirmationBar::ConfirmationBar(const Theme &theme, QWidget *parent)
    : QWidget(parent),
      m_theme(theme),
      m_text(new QLabel(this)),
      m_undo(new QPushButton(tr("Undo"), this)),
      m_hide(new QTimer(this))
{
    m_text->setTextFormat(Qt::PlainText);
    m_undo->setFlat(true);
    m_undo->setCursor(Qt::PointingHandCursor);
    QPalette p = m_undo->palette();
    p.setColor(QPalette::ButtonText, theme.color(Theme::Token::Accent));
    m_undo->setPalette(p);
    QFont f = m_undo->font();
    f.setWeight(QFont::DemiBold);
    m_undo->setFont(f);
    m_undo->setVisible(false);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        m_undo->setVisible(false);
        Q_EMIT undoRequested();
    });

    m_hide->setSingleShot(true);
    m_hide->setInterval(kShowMs);
    connect(m_hide, &QTimer::timeout, this, [this] {
        m_text->clear();
        m_undo->setVisible(false);
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::kGrid);
    layout->addWidget(m_text);
    layout->addWidget(m_undo);
    layout->addStretch(1);
}

void ConfirmationBar::showSuccess(const QString &message, bool undoable)
{
    QPalette p = m_text->palette();
    p.setColor(QPalette::WindowText, m_theme.color(Theme::Token::Text));
    m_text->setPalette(p);
    m_text->setText(message);
    m_undo->setVisible(undoable);
    m_hide->start();
}

void ConfirmationBar::showFailure(const QString &message)
{
    QPalette p = m_text->palette();
    // Darker in the light theme: the palette's red is under 4.5:1 on the window colour.
    const QColor bad = m_theme.color(Theme::Token::Bad);
    p.setColor(QPalette::WindowText, m_theme.mode() == Theme::Mode::Light ? bad.darker(120) : bad);
    m_text->setPalette(p);
    m_text->setText(message);
    m_text->setToolTip(message);
    m_undo->setVisible(false);
    m_hide->start(kShowMs * 2);
}

QString ConfirmationBar::message() const
{
    return m_text->text();
}

bool ConfirmationBar::undoOffered() const
{
    return !m_undo->isHidden();
}

} // namespace baton
