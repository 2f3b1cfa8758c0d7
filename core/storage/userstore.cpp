#include "userstore.h"

#include "database.h"

#include <QSqlQuery>

namespace baton {

namespace {
User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.name = q.value(1).toString();
    u.role = roleFromId(q.value(2).toString()).value_or(Role::Marketer);
    u.active = q.value(3).toBool();
    u.away = q.value(4).toBool();
    u.capacity = q.value(5).toInt();
    u.seq = q.value(6).toInt();
    return u;
}
} // namespace

QList<User> UserStore::all()
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT id, name, role, active, away, capacity, seq FROM users ORDER BY seq"));
    QList<User> users;
    if (q.exec()) {
        while (q.next())
            users << readUser(q);
    }
    q.finish();
    return users;
}

std::optional<User> UserStore::user(const QString &id)
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT id, name, role, active, away, capacity, seq FROM users WHERE id = ?"));
    q.addBindValue(id);
    std::optional<User> u;
    if (q.exec() && q.next())
        u = readUser(q);
    q.finish();
    return u;
}

Status UserStore::save(const User &user)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO users (id, name, role, active, away, capacity, seq) "
        "VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM users)) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role, active = excluded.active, "
        "away = excluded.away, capacity = excluded.capacity"));
    q.addBindValue(user.id);
    q.addBindValue(user.name);
    q.addBindValue(roleId(user.role));
    q.addBindValue(user.active);
    q.addBindValue(user.away);
    q.addBindValue(user.capacity);
    return Database::execPrepared(q);
}

Status UserStore::notify(const Notification &n)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO notifications (user_id, lead_id, kind, at, message) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(n.userId);
    q.addBindValue(n.leadId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(n.leadId));
    q.addBindValue(n.kind);
    q.addBindValue(n.at);
    q.addBindValue(Database::text(n.message));
    return Database::execPrepared(q);
}

QList<Notification> UserStore::notifications(const QString &userId, bool unreadOnly, int limit)
{
    // Unread ones: a range of notifications_user in time order, so a limit reads only that many.
    QSqlQuery &q = m_db.prepared(
        unreadOnly ? QStringLiteral("SELECT id, user_id, coalesce(lead_id, ''), kind, at, message, is_read FROM "
                                    "notifications WHERE user_id = ? AND is_read = 0 ORDER BY at DESC, id DESC LIMIT ?")
                   : QStringLiteral("SELECT id, user_id, coalesce(lead_id, ''), kind, at, message, is_read FROM "
                                    "notifications WHERE user_id = ? ORDER BY at DESC, id DESC LIMIT ?"));
    q.addBindValue(userId);
    q.addBindValue(limit);
    QList<Notification> result;
    if (q.exec()) {
        while (q.next()) {
            result << Notification{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(),   q.value(4).toLongLong(), q.value(5).toString(),
                                   q.value(6).toBool()};
        }
    }
    q.finish();
    return result;
}

int UserStore::unreadCount(const QString &userId)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ? AND is_read = 0"));
    q.addBindValue(userId);
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

Status UserStore::markRead(qint64 notificationId)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE notifications SET is_read = 1 WHERE id = ?"));
    q.addBindValue(notificationId);
    return Database::execPrepared(q);
}

} // namespace baton
