#include "consistency.h"

#include "database.h"
#include "eventlog.h"
#include "leadstore.h"

namespace baton {

namespace {
struct Folded
{
    Stage stage = Stage::New;
    ReviewStatus review = ReviewStatus::None;
    QString owner;
    bool urgent = false;
    int score = 0;
};

Folded fold(const QList<Event> &events)
{
    Folded f;
    for (const Event &e : events) {
        const QJsonObject &p = e.payload;
        switch (e.kind) {
        case EventKind::ScoreChanged: f.score = p.value(u"new").toInt(); break;
        case EventKind::HandedOff:
            f.owner = p.value(u"to").toString();
            f.review = ReviewStatus::Pending;
            break;
        case EventKind::Accepted:
            f.review = ReviewStatus::Accepted;
            if (p.value(u"system").toBool())
                f.urgent = true;
            if (f.owner.isEmpty())
                f.owner = e.actor;
            break;
        case EventKind::Assigned: f.owner = p.value(u"to").toString(); break;
        case EventKind::StageChanged:
            f.stage = stageFromId(p.value(u"to").toString()).value_or(f.stage);
            if (f.stage == Stage::Nurture) {
                f.owner.clear();
                f.review = ReviewStatus::None;
                f.urgent = false;
            }
            break;
        case EventKind::Undo:
            if (p.contains(u"restore")) {
                const QJsonObject r = p.value(u"restore").toObject();
                f.stage = stageFromId(r.value(u"stage").toString()).value_or(f.stage);
                f.review = reviewStatusFromId(r.value(u"review").toString()).value_or(ReviewStatus::None);
                f.owner = r.value(u"owner").toString();
                f.urgent = r.value(u"urgent").toBool();
            }
            break;
        default: break;
        }
    }
    return f;
}
} // namespace

QStringList compareWithLog(const Lead &lead, const QList<Event> &events)
{
    const Folded f = fold(events);
    QStringList problems;
    const auto differ = [&](const QString &what, const QString &state, const QString &log) {
        if (state != log)
            problems << QStringLiteral("%1: %2 is “%3”, the log says “%4”").arg(lead.id, what, state, log);
    };
    differ(QStringLiteral("stage"), stageId(lead.stage), stageId(f.stage));
    differ(QStringLiteral("review"), reviewStatusId(lead.review), reviewStatusId(f.review));
    differ(QStringLiteral("owner"), lead.owner, f.owner);
    differ(QStringLiteral("urgent"), QString::number(lead.urgent), QString::number(f.urgent));
    differ(QStringLiteral("score"), QString::number(lead.score), QString::number(f.score));
    return problems;
}

QStringList checkConsistency(Database &db)
{
    LeadStore leads(db);
    EventLog log(db);
    QStringList problems;
    for (const QString &id : leads.allIds()) {
        if (const std::optional<Lead> lead = leads.lead(id))
            problems << compareWithLog(*lead, log.forLead(id));
    }
    return problems;
}

} // namespace baton
