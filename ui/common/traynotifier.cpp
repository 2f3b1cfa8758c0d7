#include "traynotifier.h"

#include <QSystemTrayIcon>

#include <algorithm>

namespace baton {

TrayNotifier::TrayNotifier(const QIcon &icon, QObject *parent) : QObject(parent), m_icon(icon) {}

TrayNotifier::~TrayNotifier() = default;

std::pair<QList<Notification>, std::optional<qint64>> TrayNotifier::newSince(const QList<Notification> &unread,
                                                                             std::optional<qint64> lastSeen)
{
    qint64 newest = lastSeen.value_or(0);
    for (const Notification &n : unread)
        newest = std::max(newest, n.id);
    if (!lastSeen)
        return {{}, unread.isEmpty() ? std::optional<qint64>(0) : std::optional<qint64>(newest)};
    QList<Notification> fresh;
    for (const Notification &n : unread) {
        if (n.id > *lastSeen)
            fresh << n;
    }
    return {fresh, newest};
}

std::pair<QString, QString> TrayNotifier::message(const QList<Notification> &fresh)
{
    if (fresh.isEmpty())
        return {};
    if (fresh.size() == 1)
        return {tr("Baton"), fresh.constFirst().message};
    QStringList lines;
    for (const Notification &n : fresh.mid(0, kListed))
        lines << n.message;
    if (fresh.size() > kListed)
        lines << tr("… and %n more", nullptr, int(fresh.size() - kListed));
    return {tr("%n new notification(s)", nullptr, int(fresh.size())), lines.join(QLatin1Char('\n'))};
}

bool TrayNotifier::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled && isAvailable() && !m_tray) {
        m_tray = new QSystemTrayIcon(m_icon, this);
        m_tray->setToolTip(tr("Baton"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT activated(m_shownLead); });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] { Q_EMIT activated(QString()); });
    }
    if (m_tray)
        m_tray->setVisible(enabled);
}

void TrayNotifier::setUser(const QString &userId)
{
    m_userId = userId;
    m_lastSeen.reset();
}

QList<Notification> TrayNotifier::update(const QList<Notification> &unread)
{
    auto [fresh, lastSeen] = newSince(unread, m_lastSeen);
    m_lastSeen = lastSeen;
    if (fresh.isEmpty() || !m_enabled || !m_tray)
        return fresh;
    const auto [title, text] = message(fresh);
    m_shownLead = fresh.size() == 1 ? fresh.constFirst().leadId : QString();
    m_tray->showMessage(title, text, m_icon);
    return fresh;
}

} // namespace baton
