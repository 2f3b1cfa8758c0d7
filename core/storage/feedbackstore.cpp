#include "feedbackstore.h"

#include "catalogstore.h"
#include "database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace baton {

namespace {
struct FeedbackStoreTr
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackStore)
};
} // namespace

bool FeedbackStore::mayMarkRead(Role role)
{
    return role == Role::MarketingManager || role == Role::Marketer || role == Role::Admin;
}

QHash<qint64, FeedbackRead> FeedbackStore::reads()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT event_id, read_by, read_at FROM feedback_reads"));
    QHash<qint64, FeedbackRead> result;
    if (q.exec()) {
        while (q.next()) {
            const FeedbackRead r{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
            result.insert(r.eventId, r);
        }
    }
    q.finish();
    return result;
}

Status FeedbackStore::setRead(qint64 eventId, const User &by, bool read, Timestamp at)
{
    if (!mayMarkRead(by.role))
        return Error{FeedbackStoreTr::tr("Only marketing marks feedback as read; %1 is %2.")
                         .arg(by.name, roleDisplayName(by.role))};
    return m_db.transaction([&]() -> Status {
        QSqlQuery &kind = m_db.prepared(QStringLiteral("SELECT kind FROM lead_events WHERE id = ?"));
        kind.addBindValue(eventId);
        if (Status s = Database::execPrepared(kind); !s)
            return s;
        const QString k = kind.next() ? kind.value(0).toString() : QString();
        kind.finish();
        if (k != u"rejected" && k != u"lost")
            return Error{FeedbackStoreTr::tr("Event %1 is not a rejection, disqualification or loss.").arg(eventId)};
        QSqlQuery &q = m_db.prepared(
            read ? QStringLiteral("INSERT INTO feedback_reads (event_id, read_by, read_at) VALUES (?, ?, ?) "
                                  "ON CONFLICT(event_id) DO NOTHING")
                 : QStringLiteral("DELETE FROM feedback_reads WHERE event_id = ?"));
        q.addBindValue(eventId);
        if (read) {
            q.addBindValue(by.id);
            q.addBindValue(at);
        }
        const Status s = Database::execPrepared(q);
        q.finish();
        return s;
    });
}

QHash<QString, LeadLabel> FeedbackStore::leadLabels()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id, first_name, last_name, email, company FROM leads"));
    QHash<QString, LeadLabel> labels;
    if (q.exec()) {
        while (q.next()) {
            QString name = QString(q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString()).trimmed();
            if (name.isEmpty())
                name = q.value(3).toString();
            labels.insert(q.value(0).toString(), {name, q.value(4).toString()});
        }
    }
    q.finish();
    return labels;
}

KpiInput FeedbackStore::trimmedKpiInput(Timestamp asof)
{
    KpiInput input;
    // The KPI indexes (migration 0005) list exactly these events, so only their rows are read,
    // in log order, rather than the whole log (activities are most of it).
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT id, lead_id, kind, at, actor, payload FROM lead_events WHERE at <= ? AND id IN ("
        "SELECT id FROM lead_events INDEXED BY lead_events_kpi WHERE kind = 'created' OR kind = 'handed_off'"
        " OR kind = 'accepted' OR kind = 'rejected' OR kind = 'first_contact' OR kind = 'won' OR kind = 'lost'"
        " OR kind = 'undo'"
        " UNION ALL SELECT id FROM lead_events INDEXED BY lead_events_kpi_stages WHERE kind = 'stage_changed'"
        " UNION ALL SELECT id FROM lead_events INDEXED BY lead_events_kpi_downloads WHERE kind = 'activity'"
        " AND json_extract(payload, '$.type') = 'content_download') ORDER BY id"));
    q.addBindValue(asof);
    if (q.exec()) {
        while (q.next()) {
            Event e;
            e.id = q.value(0).toLongLong();
            e.leadId = q.value(1).toString();
            e.kind = eventKindFromId(q.value(2).toString()).value_or(EventKind::Created);
            e.at = q.value(3).toLongLong();
            e.actor = q.value(4).toString();
            e.payload = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
            if (e.kind == EventKind::Activity && e.payload.value(u"type").toString() != u"content_download")
                continue;
            input.events.append(std::move(e));
        }
    }
    q.finish();

    QSqlQuery &leads = m_db.prepared(QStringLiteral("SELECT id, source, campaign, created_at FROM leads"));
    if (leads.exec()) {
        while (leads.next()) {
            KpiLead l{leads.value(0).toString(), leads.value(1).toString(), leads.value(2).toString(),
                      leads.value(3).toLongLong()};
            input.leads.insert(l.id, l);
        }
    }
    leads.finish();
    for (const SpendRecord &s : CatalogStore(m_db).spend()) {
        if (s.at <= asof)
            input.spend.append(SpendEntry{s.campaign, s.source, s.at, s.amount});
    }
    return input;
}

} // namespace baton
