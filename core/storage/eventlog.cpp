#include "eventlog.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace baton {

namespace {
Event readEvent(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.leadId = q.value(1).toString();
    e.kind = eventKindFromId(q.value(2).toString()).value_or(EventKind::Created);
    e.at = q.value(3).toLongLong();
    e.actor = q.value(4).toString();
    e.payload = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    return e;
}
} // namespace

Result<qint64> EventLog::append(const Event &event)
{
    Statement &q =
        m_db.statement("INSERT INTO lead_events (lead_id, kind, at, actor, payload) VALUES (?1, ?2, ?3, ?4, ?5)");
    q.bind(1, event.leadId)
        .bind(2, eventKindId(event.kind))
        .bind(3, event.at)
        .bind(4, event.actor)
        .bind(5, QJsonDocument(event.payload).toJson(QJsonDocument::Compact));
    if (Status s = q.exec(); !s)
        return Error{s.error()};
    return q.lastInsertId();
}

QList<Event> EventLog::forLead(const QString &leadId)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT id, lead_id, kind, at, actor, payload FROM lead_events WHERE lead_id = ? ORDER BY id"));
    q.addBindValue(leadId);
    QList<Event> events;
    if (q.exec()) {
        while (q.next())
            events << readEvent(q);
    }
    q.finish();
    return events;
}

void EventLog::scan(Timestamp asof, const std::function<void(Event &&)> &visit)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT id, lead_id, kind, at, actor, payload FROM lead_events WHERE at <= ? ORDER BY id"));
    q.addBindValue(asof);
    if (q.exec()) {
        while (q.next())
            visit(readEvent(q));
    }
    q.finish();
}

std::optional<Event> EventLog::event(qint64 id)
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT id, lead_id, kind, at, actor, payload FROM lead_events WHERE id = ?"));
    q.addBindValue(id);
    std::optional<Event> e;
    if (q.exec() && q.next())
        e = readEvent(q);
    q.finish();
    return e;
}

qint64 EventLog::count()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT count(*) FROM lead_events"));
    const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

qint64 EventLog::lastId()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT coalesce(max(id), 0) FROM lead_events"));
    const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

} // namespace baton
