#pragma once

#include "storage/userstore.h"

#include <QIcon>
#include <QObject>

#include <optional>
#include <utility>

class QSystemTrayIcon;

namespace baton {

// Pops the current user's new notifications up on the desktop (a system tray
// message), so a rep hears of a hand-off while working in another window. Only
// notifications that arrive while Baton runs are shown: the ones already unread
// when a user starts (or switches) are in the bell, not repeated on the desktop.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int kListed = 3; // messages written out in one pop-up; the rest are counted

    explicit TrayNotifier(const QIcon &icon, QObject *parent = nullptr);
    ~TrayNotifier() override;

    // The notifications of `unread` newer than the last one seen (ids grow), and the
    // new last seen id. With nothing seen yet (a first look) nothing is new.
    static std::pair<QList<Notification>, std::optional<qint64>> newSince(const QList<Notification> &unread,
                                                                          std::optional<qint64> lastSeen);
    // A pop-up's title and text for `fresh` (newest first).
    static std::pair<QString, QString> message(const QList<Notification> &fresh);

    // Whether this desktop has a system tray to show messages in.
    bool isAvailable() const;
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

public Q_SLOTS:
    // Forgets what was seen: the next update() is a first look.
    void setUser(const QString &userId);
    // Shows what is new in `unread` (when enabled and available) and returns it.
    QList<Notification> update(const QList<baton::Notification> &unread);

Q_SIGNALS:
    // The pop-up was clicked; `leadId` is empty when it listed several leads.
    void activated(const QString &leadId);

private:
    QSystemTrayIcon *m_tray = nullptr;
    QIcon m_icon;
    bool m_enabled = false;
    QString m_userId;
    std::optional<qint64> m_lastSeen;
    QString m_shownLead;
};

} // namespace baton
