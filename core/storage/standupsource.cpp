#include "standupsource.h"

#include "catalogstore.h"
#include "database.h"
#include "domain/lead.h"
#include "userstore.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace baton {

namespace {

std::optional<Timestamp> storedTime(CatalogStore &catalog, const QString &key)
{
    bool ok = false;
    const Timestamp t = catalog.setting(key).toLongLong(&ok);
    return ok ? std::optional(t) : std::nullopt;
}

QString timeText(std::optional<Timestamp> t)
{
    return t ? QString::number(*t) : QString();
}

} // namespace

KpiInput loadStandupInput(Database &db, Timestamp asof)
{
    KpiInput input;
    QSqlQuery &q = db.prepared(
        QStringLiteral("SELECT id, lead_id, kind, at, actor, payload FROM lead_events WHERE at <= ? "
                       "AND kind NOT IN ('activity', 'score_changed', 'field_changed', 'sla_breached') ORDER BY id"));
    q.addBindValue(asof);
    if (q.exec()) {
        while (q.next()) {
            const std::optional<EventKind> kind = eventKindFromId(q.value(2).toString());
            if (!kind)
                continue;
            input.events.append(Event{q.value(0).toLongLong(), q.value(1).toString(), *kind, q.value(3).toLongLong(),
                                      q.value(4).toString(),
                                      QJsonDocument::fromJson(q.value(5).toByteArray()).object()});
        }
    }
    q.finish();

    QSqlQuery &leads = db.prepared(QStringLiteral("SELECT id, source, campaign, created_at FROM leads"));
    if (leads.exec()) {
        while (leads.next()) {
            const KpiLead l{leads.value(0).toString(), leads.value(1).toString(), leads.value(2).toString(),
                            leads.value(3).toLongLong()};
            input.leads.insert(l.id, l);
        }
    }
    leads.finish();

    for (const SpendRecord &s : CatalogStore(db).spend()) {
        if (s.at <= asof)
            input.spend.append(SpendEntry{s.campaign, s.source, s.at, s.amount});
    }
    return input;
}

StandupSource loadStandupSource(Database &db)
{
    StandupSource source;
    QSqlQuery &q = db.prepared(QStringLiteral(
        "SELECT id, first_name, last_name, email, company, stage, stage_since, owner, score, amount FROM leads"));
    if (q.exec()) {
        while (q.next()) {
            LeadFields fields;
            fields.firstName = q.value(1).toString();
            fields.lastName = q.value(2).toString();
            fields.email = q.value(3).toString();
            StandupLead lead;
            lead.id = q.value(0).toString();
            lead.name = fields.displayName();
            lead.company = q.value(4).toString();
            lead.stage = stageFromId(q.value(5).toString()).value_or(Stage::New);
            lead.stageSince = q.value(6).toLongLong();
            lead.owner = q.value(7).toString();
            lead.score = q.value(8).toInt();
            if (!q.value(9).isNull())
                lead.amount = q.value(9).toDouble();
            source.leads.insert(lead.id, lead);
        }
    }
    q.finish();

    for (const User &user : UserStore(db).all())
        source.userNames.insert(user.id, user.name);
    CatalogStore catalog(db);
    for (const RejectionReason &reason : catalog.reasons())
        source.reasonLabels.insert(reason.id, reason.label);
    source.config = catalog.config();
    return source;
}

std::optional<Timestamp> standupMarkerSince(Database &db, Timestamp now)
{
    CatalogStore catalog(db);
    return standupRun(storedTime(catalog, kLastStandupKey), storedTime(catalog, kLastStandupBaseKey), now).markerSince;
}

StandupRun recordStandupRun(Database &db, Timestamp now, Status *saved)
{
    CatalogStore catalog(db);
    const StandupRun run =
        standupRun(storedTime(catalog, kLastStandupKey), storedTime(catalog, kLastStandupBaseKey), now);
    Status status = db.transaction([&]() -> Status {
        if (Status s = catalog.setSetting(kLastStandupBaseKey, timeText(run.storedBase)); !s)
            return s;
        return catalog.setSetting(kLastStandupKey, timeText(now));
    });
    if (saved)
        *saved = std::move(status);
    return run;
}

} // namespace baton
