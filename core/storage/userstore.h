#pragma once

#include "domain/result.h"
#include "domain/time.h"
#include "domain/user.h"

#include <QList>

#include <optional>

namespace baton {

class Database;

struct Notification
{
    qint64 id = 0;
    QString userId;
    QString leadId;
    QString kind; // "assigned", "sla_reminder", "sla_breached", "escalated", "gone_cold"
    Timestamp at = 0;
    QString message;
    bool read = false;
};

// Users, roles, capacity and their notifications.
class UserStore
{
public:
    explicit UserStore(Database &db) : m_db(db) {}

    QList<User> all(); // in the order they were added
    std::optional<User> user(const QString &id);
    // Inserts a new user (appended to the round-robin order) or updates an existing one.
    Status save(const User &user);

    Status notify(const Notification &notification);
    // Newest first; `limit` < 0 for all of them.
    QList<Notification> notifications(const QString &userId, bool unreadOnly, int limit = -1);
    int unreadCount(const QString &userId);
    Status markRead(qint64 notificationId);

private:
    Database &m_db;
};

} // namespace baton
