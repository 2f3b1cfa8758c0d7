#include "pipelineservice.h"

#include "moverules.h"
#include "scoring/scoreengine.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>

namespace baton {

namespace {
struct PipelineTr
{
    Q_DECLARE_TR_FUNCTIONS(Pipeline)
};
// True when `after` differs from `before` only in what an activity or the clock
// moves, so the narrow UPDATE suffices.
bool onlyTouched(const Lead &before, const Lead &after)
{
    return before.version + 1 == after.version && before.fields == after.fields && before.stage == after.stage
        && before.stageSince == after.stageSince && before.review == after.review && before.owner == after.owner
        && before.urgent == after.urgent && before.amount == after.amount && before.handoffId == after.handoffId
        && before.reviewDeadline == after.reviewDeadline && before.assignedAt == after.assignedAt
        && before.reminded == after.reminded && before.breached == after.breached && before.createdAt == after.createdAt;
}
// The rep whose review the lead waits for; empty when it waits for nobody's.
QString pendingOwner(const Lead &lead)
{
    return lead.stage == Stage::Sal && lead.review == ReviewStatus::Pending ? lead.owner : QString();
}
} // namespace

PipelineService::PipelineService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_leads(db)
    , m_events(db)
    , m_userStore(db)
    , m_catalog(db)
{
}

Status PipelineService::initialize()
{
    const Status seeded = m_db.transaction([&]() -> Status {
        if (m_catalog.reasons().isEmpty()) {
            int position = 0;
            for (const RejectionReason &r : RejectionReason::defaults()) {
                if (Status s = m_catalog.saveReason(r, position++); !s)
                    return s;
            }
        }
        if (!m_catalog.latestModel()) {
            const ScoringModel model = ScoringModel::defaultModel();
            if (Status s = m_catalog.publishModel(model.version, model.toJson(), m_clock.now(), kSystemActor); !s)
                return s;
        }
        if (m_catalog.setting(QStringLiteral("pipeline_config")).isEmpty()) {
            if (Status s = m_catalog.saveConfig(PipelineConfig{}); !s)
                return s;
        }
        return {};
    });
    if (!seeded)
        return seeded;
    reload();
    return {};
}

void PipelineService::reload()
{
    m_earliestDue.reset();
    m_mqlsMayWait = true;
    m_strandedCheckedFor.clear();
    m_pendingSals.reset();
    m_roundRobinLast.reset();
    m_activityCache.clear();
    m_leadCache.clear();
    m_config = m_catalog.config();
    m_users = m_userStore.all();
    m_model = ScoringModel::defaultModel();
    if (const auto latest = m_catalog.latestModel()) {
        if (Result<ScoringModel> parsed = ScoringModel::fromJson(latest->second)) {
            m_model = parsed.value();
            m_model.version = latest->first;
        }
    }
}

std::optional<User> PipelineService::user(const QString &id) const
{
    for (const User &u : m_users) {
        if (u.id == id)
            return u;
    }
    return std::nullopt;
}

// --- plumbing ---------------------------------------------------------------

Status PipelineService::run(const std::function<Status(Timestamp now)> &work)
{
    const Timestamp now = m_clock.now();
    if (!m_db.inTransaction())
        refreshIfChangedElsewhere();
    const Status s = m_db.transaction([&]() -> Status {
        if (Status due = runDue(now); !due)
            return due;
        if (Status w = work(now); !w)
            return w;
        return drainWaitingMqls();
    });
    if (!s) {
        // The rolled-back work may have changed cached users or configuration, and
        // the time-based evaluation it ran is undone too.
        reload();
        m_lastEvaluated = std::numeric_limits<Timestamp>::min();
    }
    return s;
}

Result<Lead> PipelineService::load(const QString &leadId)
{
    if (const auto cached = m_leadCache.constFind(leadId); cached != m_leadCache.cend())
        return cached.value();
    std::optional<Lead> l = m_leads.lead(leadId);
    if (!l)
        return Error{PipelineTr::tr("There is no lead “%1”.").arg(leadId)};
    return *l;
}

Result<User> PipelineService::actor(const QString &userId)
{
    std::optional<User> u = user(userId);
    if (!u)
        return Error{PipelineTr::tr("There is no user “%1”.").arg(userId)};
    return *u;
}

Status PipelineService::save(Lead &lead)
{
    ++lead.version;
    const std::optional<Timestamp> due = nextDue(lead);
    if (due && m_earliestDue)
        m_earliestDue = std::min(*m_earliestDue, *due);
    if (lead.stage == Stage::Mql)
        m_mqlsMayWait = true;
    Status s;
    // Whose pending SAL the lead was: nullopt when not known (a lead this service did not write).
    std::optional<QString> wasPendingOf = QString();
    if (lead.version == 1) {
        s = m_leads.insert(lead, due);
    } else if (const auto previous = m_leadCache.constFind(lead.id); previous != m_leadCache.cend()) {
        wasPendingOf = pendingOwner(previous.value());
        s = onlyTouched(previous.value(), lead) ? m_leads.touch(lead, due) : m_leads.update(lead, due);
    } else {
        wasPendingOf.reset();
        s = m_leads.update(lead, due);
    }
    if (s && m_pendingSals) {
        const QString isPendingOf = pendingOwner(lead);
        if (!wasPendingOf) {
            m_pendingSals.reset();
        } else if (*wasPendingOf != isPendingOf) {
            if (!wasPendingOf->isEmpty())
                --(*m_pendingSals)[*wasPendingOf];
            if (!isPendingOf.isEmpty())
                ++(*m_pendingSals)[isPendingOf];
        }
    }
    if (s) {
        if (m_leadCache.size() > 50000)
            m_leadCache.clear();
        m_leadCache.insert(lead.id, lead);
    }
    return s;
}

Result<qint64> PipelineService::record(const Lead &lead, EventKind kind, const QString &actor, QJsonObject payload,
                                       std::optional<Timestamp> at)
{
    Event e;
    e.leadId = lead.id;
    e.kind = kind;
    e.at = at.value_or(m_clock.now());
    e.actor = actor;
    e.payload = std::move(payload);
    return m_events.append(e);
}

Status PipelineService::notify(const QString &userId, const Lead &lead, const QString &kind, const QString &message)
{
    if (userId.isEmpty())
        return {};
    Notification n;
    n.userId = userId;
    n.leadId = lead.id;
    n.kind = kind;
    n.at = m_clock.now();
    n.message = message;
    return m_userStore.notify(n);
}

// --- reference data -----------------------------------------------------------

Status PipelineService::configure(const PipelineConfig &config)
{
    return run([&](Timestamp) -> Status {
        if (config.reviewSlaHours <= 0 || config.responseSlaHours <= 0 || config.urgentResponseMinutes <= 0)
            return Error{PipelineTr::tr("SLA durations must be greater than zero.")};
        if (config.coldDays <= 0)
            return Error{PipelineTr::tr("The cold-lead delay must be at least one day.")};
        if (config.mqlThreshold > config.sqlThreshold)
            return Error{PipelineTr::tr("The MQL threshold (%1) cannot be above the SQL-ready threshold (%2).")
                             .arg(config.mqlThreshold)
                             .arg(config.sqlThreshold)};
        if (Status s = m_catalog.saveConfig(config); !s)
            return s;
        m_config = config;
        // Deadlines and windows may have moved: recompute when each lead is next due.
        for (const QString &id : m_leads.allIds()) {
            Result<Lead> l = load(id);
            if (!l)
                return Error{l.error()};
            if (Status s = save(l.value()); !s)
                return s;
        }
        return {};
    });
}

Status PipelineService::saveUser(const User &u)
{
    if (u.id.trimmed().isEmpty())
        return Error{PipelineTr::tr("A user needs an id.")};
    if (u.name.trimmed().isEmpty())
        return Error{PipelineTr::tr("User “%1” needs a name.").arg(u.id)};
    return run([&](Timestamp) -> Status {
        if (Status s = m_userStore.save(u); !s)
            return s;
        m_users = m_userStore.all();
        // An away or inactive rep keeps no pending SALs: they go to the next rep.
        if (!u.active || u.away || u.role != Role::SalesRep) {
            for (const QString &id : m_leads.pendingSalsOf(u.id)) {
                Result<Lead> l = load(id);
                if (!l)
                    return Error{l.error()};
                const std::optional<QString> rep = nextRep(u.id);
                if (!rep)
                    continue; // nobody free: the lead stays, visible to the sales manager
                if (Status s = reassignPending(l.value(), *rep, kSystemActor, QStringLiteral("away"), false); !s)
                    return s;
                if (Status s = save(l.value()); !s)
                    return s;
            }
        }
        return {};
    });
}

Status PipelineService::publishModel(ScoringModel model, const QString &by,
                                     const std::function<bool(int done, int total)> &progress)
{
    return run([&](Timestamp now) -> Status {
        Result<User> who = actor(by);
        if (!who)
            return Error{who.error()};
        if (!mayEditScoring(who->role))
            return Error{PipelineTr::tr("%1 is a %2: only marketing managers and administrators publish scoring models.")
                             .arg(who->name, roleDisplayName(who->role))};
        const auto latest = m_catalog.latestModel();
        model.version = latest ? latest->first + 1 : 1;
        if (Status s = m_catalog.publishModel(model.version, model.toJson(), now, by); !s)
            return s;
        m_model = model;
        return m_rescoreEachLead ? rescoreEachLead() : rescoreFromAggregates(now, progress);
    });
}

Status PipelineService::recordSpend(const QString &campaign, double amount, const QString &by)
{
    return run([&](Timestamp now) -> Status {
        if (campaign.trimmed().isEmpty())
            return Error{PipelineTr::tr("Spend needs a campaign.")};
        if (!(amount >= 0))
            return Error{PipelineTr::tr("Spend must be zero or more, not %1.").arg(amount)};
        if (!by.isEmpty() && by != kSystemActor) {
            Result<User> who = actor(by);
            if (!who)
                return Error{who.error()};
        }
        return m_catalog.addSpend(campaign, now, amount, by.isEmpty() ? kSystemActor : by);
    });
}

// --- reads ------------------------------------------------------------------

std::optional<Lead> PipelineService::lead(const QString &id)
{
    if (!m_db.inTransaction())
        refreshIfChangedElsewhere();
    Result<Lead> l = load(id);
    return l ? std::optional<Lead>(std::move(l).value()) : std::nullopt;
}

void PipelineService::refreshIfChangedElsewhere()
{
    // Another process (a second Baton, an import) may have committed since.
    const qint64 version = m_db.dataVersion();
    if (version != m_dataVersion) {
        if (m_dataVersion != 0)
            reload();
        m_dataVersion = version;
    }
}

ScoreBreakdown PipelineService::breakdown(const QString &leadId)
{
    const std::optional<Lead> l = lead(leadId);
    if (!l)
        return {};
    return computeScore(*l, m_clock.now());
}

} // namespace baton
