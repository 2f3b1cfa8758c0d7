#include "notificationbell.h"

#include "glyph.h"
#include "pipeline/pipelineservice.h"
#include "theme.h"

#include <QDateTime>
#include <QLocale>
#include <QMenu>
#include <QPainter>

namespace baton {

namespace {
constexpr int kIconSize = 24;
}

NotificationBell::NotificationBell(PipelineService &pipeline, const Theme &theme, QWidget *parent)
    : QToolButton(parent), m_pipeline(pipeline), m_theme(theme)
{
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setIconSize(QSize(kIconSize, kIconSize));
    setMenu(new QMenu(this));
    menu()->setToolTipsVisible(true);
    connect(menu(), &QMenu::aboutToShow, this, &NotificationBell::fillMenu);
    // No menu arrow: the bell is the button.
    setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    updateIcon();
}

void NotificationBell::setUser(const QString &userId)
{
    m_userId = userId;
    refresh();
}

void NotificationBell::refresh()
{
    // After every action: the count, and only the newest unread ones (a rep may have
    // thousands), enough for the desktop notifier to find what arrived since it looked.
    const QList<Notification> unread = m_userId.isEmpty()
                                           ? QList<Notification>()
                                           : m_pipeline.userStore().notifications(m_userId, true, kNewestUnread);
    m_unread = m_userId.isEmpty() ? 0 : m_pipeline.userStore().unreadCount(m_userId);
    updateIcon();
    Q_EMIT refreshed(unread);
}

void NotificationBell::updateIcon()
{
    using Token = Theme::Token;
    // The count sits beside the bell, in a red pill, never over it.
    const QString count = m_unread > 99 ? QStringLiteral("99+") : QString::number(m_unread);
    const QFont badgeFont = Theme::font(11, QFont::Bold);
    const int badgeWidth = m_unread > 0 ? qMax(18, QFontMetrics(badgeFont).horizontalAdvance(count) + 10) : 0;
    const QSize size(kIconSize + (badgeWidth > 0 ? badgeWidth - 4 : 0), kIconSize);
    const qreal dpr = devicePixelRatioF();
    QPixmap pm(size * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        paintGlyph(p, Glyph::Bell, QRectF(0, 1, kIconSize - 2, kIconSize - 2), m_theme.color(Token::Text));
        if (m_unread > 0) {
            const QRectF badge(size.width() - badgeWidth, 0, badgeWidth, 16);
            p.setPen(Qt::NoPen);
            p.setBrush(m_theme.color(Token::Bad));
            p.drawRoundedRect(badge, 8, 8);
            p.setFont(badgeFont);
            p.setPen(m_theme.mode() == Theme::Mode::Light ? QColor(Qt::white) : m_theme.color(Token::Background));
            p.drawText(badge, Qt::AlignCenter, count);
        }
    }
    setIconSize(size);
    setIcon(QIcon(pm));
    setToolTip(m_unread == 0 ? tr("Notifications: nothing unread") : tr("Notifications: %n unread", nullptr, m_unread));
    setAccessibleName(toolTip());
}

void NotificationBell::fillMenu()
{
    QMenu *m = menu();
    m->clear();
    if (m_userId.isEmpty()) {
        m->addAction(tr("Choose who you are to see your notifications."))->setEnabled(false);
        return;
    }
    const QList<Notification> all = m_pipeline.userStore().notifications(m_userId, false, kShown);
    if (all.isEmpty()) {
        m->addAction(tr("No notifications yet. Hand-offs, SLA reminders and escalations for you appear here."))
            ->setEnabled(false);
        return;
    }
    for (const Notification &n : all.mid(0, kShown)) {
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(n.at).toLocalTime(), QLocale::ShortFormat);
        const QString text = tr("%1 — %2").arg(n.message, when);
        QAction *a = m->addAction(text, this, [this, n] {
            if (!n.read)
                (void)m_pipeline.userStore().markRead(n.id);
            refresh();
            if (!n.leadId.isEmpty())
                Q_EMIT openLead(n.leadId);
        });
        if (!n.read) {
            QFont f = a->font();
            f.setBold(true);
            a->setFont(f);
        }
    }
    if (m_unread > 0) {
        m->addSeparator();
        m->addAction(tr("Mark all as read"), this, [this] {
            for (const Notification &n : m_pipeline.userStore().notifications(m_userId, true))
                (void)m_pipeline.userStore().markRead(n.id);
            refresh();
        });
    }
}

} // namespace baton
