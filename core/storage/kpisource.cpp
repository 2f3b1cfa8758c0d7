#include "kpisource.h"

#include "catalogstore.h"
#include "database.h"
#include "eventlog.h"

#include <QSqlQuery>

namespace baton {

KpiInput loadKpiInput(Database &db, Timestamp asof)
{
    KpiInput input;
    EventLog(db).scan(asof, [&input](Event &&e) { input.events.append(std::move(e)); });

    QSqlQuery &q = db.prepared(QStringLiteral("SELECT id, source, campaign, created_at FROM leads"));
    if (q.exec()) {
        while (q.next()) {
            KpiLead l{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()};
            input.leads.insert(l.id, l);
        }
    }
    q.finish();

    for (const SpendRecord &s : CatalogStore(db).spend()) {
        if (s.at <= asof)
            input.spend.append(SpendEntry{s.campaign, s.source, s.at, s.amount});
    }
    return input;
}

} // namespace baton
