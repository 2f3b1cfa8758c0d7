#pragma once

#include "domain/event.h"
#include "domain/result.h"

#include <QList>

#include <functional>

namespace baton {

class Database;

// The append-only lead event log (table lead_events).
class EventLog
{
public:
    explicit EventLog(Database &db) : m_db(db) {}

    Result<qint64> append(const Event &event);
    QList<Event> forLead(const QString &leadId);
    // Every event with at <= asof, in log order, streamed to `visit`.
    void scan(Timestamp asof, const std::function<void(Event &&)> &visit);
    std::optional<Event> event(qint64 id);
    qint64 count();
    qint64 lastId();

private:
    Database &m_db;
};

} // namespace baton
