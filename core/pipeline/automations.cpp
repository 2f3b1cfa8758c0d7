// The time-based automations of PipelineService: windowed score rules, cold
// recycling, SLA reminders, breaches and escalations, and the MQL queue.
#include "pipelineservice.h"

#include <QCoreApplication>

namespace baton {

namespace {
struct AutomationTr
{
    Q_DECLARE_TR_FUNCTIONS(Pipeline)
};

bool isColdCandidate(Stage stage)
{
    return stage == Stage::Mql || stage == Stage::Sal || stage == Stage::Sql;
}
} // namespace

Status PipelineService::tick()
{
    return run([](Timestamp) -> Status { return {}; });
}

std::optional<Timestamp> PipelineService::nextDue(const Lead &lead) const
{
    std::optional<Timestamp> due = lead.scoreDueAt;
    const auto consider = [&due](Timestamp t) { due = due ? std::min(*due, t) : t; };
    if (m_config.coldRecycle && isColdCandidate(lead.stage))
        consider(lead.lastTouch + m_config.coldMs());
    if (lead.stage == Stage::Sal && lead.review == ReviewStatus::Pending) {
        const qint64 sla = m_config.reviewSlaMs();
        if (!lead.reminded)
            consider(lead.assignedAt + sla * 3 / 4);
        if (!lead.breached)
            consider(lead.reviewDeadline + 1); // breached strictly after the deadline
        if (m_config.escalation)
            consider(lead.assignedAt + 2 * sla);
    }
    return due;
}

Status PipelineService::runDue(Timestamp now)
{
    // Each clock move evaluates the time-based rules as of the new time, once.
    if (now == m_lastEvaluated)
        return {};
    if (!m_earliestDue || *m_earliestDue <= now) {
        for (const QString &id : m_leads.dueLeads(now)) {
            Result<Lead> loaded = load(id);
            if (!loaded)
                return Error{loaded.error()};
            if (Status s = evaluateTime(loaded.value(), now); !s)
                return s;
        }
        // Leads still due now (an escalation with no rep free) are retried at the next clock move.
        const std::optional<Timestamp> earliest = m_leads.earliestDue();
        m_earliestDue = earliest ? std::max(*earliest, now + 1) : std::numeric_limits<Timestamp>::max();
    }
    if (Status s = drainWaitingMqls(); !s)
        return s;
    m_lastEvaluated = now;
    return {};
}

Status PipelineService::recordBreach(Lead &lead)
{
    if (lead.breached || !lead.handoffId)
        return {};
    const std::optional<Handoff> h = m_leads.handoff(*lead.handoffId);
    const Timestamp deadline = h ? h->firstDeadline : lead.reviewDeadline;
    const QJsonObject payload{{QStringLiteral("handoff"), *lead.handoffId}, {QStringLiteral("deadline"), deadline}};
    if (Result<qint64> e = record(lead, EventKind::SlaBreached, kSystemActor, payload); !e)
        return Error{e.error()};
    lead.breached = true;
    const QString message = AutomationTr::tr("Review deadline passed: %1").arg(lead.fields.displayName());
    if (Status s = notify(lead.owner, lead, QStringLiteral("sla_breached"), message); !s)
        return s;
    for (const User &u : m_users) {
        if (u.role == Role::SalesManager && u.active) {
            if (Status s = notify(u.id, lead, QStringLiteral("sla_breached"), message); !s)
                return s;
        }
    }
    return {};
}

Status PipelineService::evaluateTime(Lead &lead, Timestamp now)
{
    // 1. Score rules with windows.
    if (lead.scoreDueAt && *lead.scoreDueAt <= now) {
        if (Status s = rescore(lead, QStringLiteral("time")); !s)
            return s;
    }
    const bool pendingSal = lead.stage == Stage::Sal && lead.review == ReviewStatus::Pending;
    // 2. Cold recycling.
    if (m_config.coldRecycle && isColdCandidate(lead.stage) && now - lead.lastTouch >= m_config.coldMs()) {
        // A hand-off that runs out without a decision was breached on the way.
        if (pendingSal && now > lead.reviewDeadline) {
            if (Status s = recordBreach(lead); !s)
                return s;
        }
        const QString rep = lead.owner;
        const QJsonObject payload{{QStringLiteral("from"), stageId(lead.stage)},
                                  {QStringLiteral("reason"), QStringLiteral("gone_cold")}};
        if (Status s = closeHandoffToNurture(lead, kSystemActor, EventKind::Recycled, payload); !s)
            return s;
        if (Status s = notify(rep, lead, QStringLiteral("gone_cold"),
                              AutomationTr::tr("Gone cold, back to marketing: %1").arg(lead.fields.displayName()));
            !s)
            return s;
        return save(lead);
    }
    // 3. SLA reminders, breaches and escalations of a pending SAL.
    if (pendingSal) {
        const qint64 sla = m_config.reviewSlaMs();
        if (!lead.reminded && now - lead.assignedAt >= sla * 3 / 4) {
            lead.reminded = true;
            if (Status s = notify(lead.owner, lead, QStringLiteral("sla_reminder"),
                                  AutomationTr::tr("75 % of the review time used: %1").arg(lead.fields.displayName()));
                !s)
                return s;
        }
        if (now > lead.reviewDeadline) {
            if (Status s = recordBreach(lead); !s)
                return s;
        }
        if (m_config.escalation && now - lead.assignedAt >= 2 * sla) {
            if (const std::optional<QString> rep = nextRep(lead.owner)) {
                if (Status s = reassignPending(lead, *rep, kSystemActor, QStringLiteral("escalation"), false); !s)
                    return s;
            }
        }
    }
    return save(lead);
}

Status PipelineService::reassignStrandedSals()
{
    // A rep marked away or inactive keeps no pending SALs. Those that found nobody free
    // at that moment move as soon as a rep frees up, before waiting MQLs: their review
    // clock is already running.
    QStringList unavailable;
    for (const User &u : m_users) {
        if (u.role == Role::SalesRep && !u.takesHandoffs())
            unavailable << u.id;
    }
    if (unavailable == m_strandedCheckedFor)
        return {}; // none held a pending SAL when last looked, and automations give them none
    m_strandedCheckedFor.clear();
    for (const QString &userId : std::as_const(unavailable)) {
        for (const QString &id : m_leads.pendingSalsOf(userId)) {
            const std::optional<QString> rep = nextRep(userId);
            if (!rep)
                return {}; // still nobody free: look again after the next action
            Result<Lead> loaded = load(id);
            if (!loaded)
                return Error{loaded.error()};
            if (Status s = reassignPending(loaded.value(), *rep, kSystemActor, QStringLiteral("away"), false); !s)
                return s;
            if (Status s = save(loaded.value()); !s)
                return s;
        }
    }
    m_strandedCheckedFor = unavailable;
    return {};
}

Status PipelineService::drainWaitingMqls()
{
    if (Status s = reassignStrandedSals(); !s)
        return s;
    if (!m_config.autoHandoff || !m_mqlsMayWait)
        return {};
    // Nobody free: the queue cannot move, so do not even list it.
    if (!nextRep(QString()))
        return {};
    // A page at a time: each lead handed off leaves the queue, so the next page starts
    // where this one ended. Listing the whole queue each time a rep frees up made a big
    // pipeline (thousands waiting behind four reps) quadratic.
    constexpr int kPage = 16;
    for (QStringList page = m_leads.waitingMqls(kPage); !page.isEmpty(); page = m_leads.waitingMqls(kPage)) {
        for (const QString &id : std::as_const(page)) {
            const std::optional<QString> rep = nextRep(QString());
            if (!rep)
                return {}; // still waiting: look again after the next action
            Result<Lead> loaded = load(id);
            if (!loaded)
                return Error{loaded.error()};
            if (Status s = startHandoff(loaded.value(), kSystemActor, *rep, true, false); !s)
                return s;
            if (Status s = save(loaded.value()); !s)
                return s;
        }
    }
    m_mqlsMayWait = false;
    return {};
}

} // namespace baton
