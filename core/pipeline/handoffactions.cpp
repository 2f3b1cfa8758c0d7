// Hand-offs, review decisions and stage moves of PipelineService.
#include "moverules.h"
#include "pipelineservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <cmath>

namespace baton {

namespace {
struct HandoffTr
{
    Q_DECLARE_TR_FUNCTIONS(Pipeline)
};

Status requireSales(const User &who, const Lead &lead, const QString &what)
{
    if (!mayDecideAndWork(who.role))
        return Error{
            HandoffTr::tr("%1 is a %2: only sales can %3 a lead.").arg(who.name, roleDisplayName(who.role), what)};
    if (who.role == Role::SalesRep && !lead.owner.isEmpty() && lead.owner != who.id)
        return Error{HandoffTr::tr("This lead belongs to %1: only its owner or a sales manager can %2 it.")
                         .arg(lead.owner, what)};
    return {};
}

Status requireMarketing(const User &who, const QString &what)
{
    if (!mayHandOff(who.role))
        return Error{HandoffTr::tr("%1 is a %2: only marketing or a sales manager can %3 a lead.")
                         .arg(who.name, roleDisplayName(who.role), what)};
    return {};
}
} // namespace

Status PipelineService::setStage(Lead &lead, Stage to, const QString &actor, QJsonObject extra)
{
    const Timestamp now = m_clock.now();
    extra.insert(QStringLiteral("from"), stageId(lead.stage));
    extra.insert(QStringLiteral("to"), stageId(to));
    if (Result<qint64> e = record(lead, EventKind::StageChanged, actor, extra); !e)
        return Error{e.error()};
    lead.stage = to;
    lead.stageSince = now;
    lead.lastTouch = std::max(lead.lastTouch, now);
    return {};
}

std::optional<QString> PipelineService::nextRep(const QString &exclude, bool ignoreCapacity)
{
    QVarLengthArray<const User *, 16> reps;
    for (const User &u : m_users) {
        if (u.role == Role::SalesRep)
            reps.append(&u);
    }
    if (reps.isEmpty())
        return std::nullopt;
    if (!m_roundRobinLast)
        m_roundRobinLast = m_catalog.setting(QStringLiteral("round_robin_last"));
    qsizetype start = 0;
    for (qsizetype i = 0; i < reps.size(); ++i) {
        if (reps.at(i)->id == *m_roundRobinLast) {
            start = i + 1;
            break;
        }
    }
    for (qsizetype k = 0; k < reps.size(); ++k) {
        const User &u = *reps.at((start + k) % reps.size());
        if (!u.takesHandoffs() || u.id == exclude)
            continue;
        if (!ignoreCapacity && u.capacity >= 0 && pendingSalsOf(u.id) >= u.capacity)
            continue;
        return u.id;
    }
    return std::nullopt;
}

int PipelineService::pendingSalsOf(const QString &rep)
{
    if (!m_pendingSals)
        m_pendingSals = m_leads.pendingCounts();
    return m_pendingSals->value(rep);
}

Status PipelineService::setRoundRobinLast(const QString &rep)
{
    m_roundRobinLast.reset(); // read again should the write fail
    if (Status s = m_catalog.setSetting(QStringLiteral("round_robin_last"), rep); !s)
        return s;
    m_roundRobinLast = rep;
    return {};
}

Status PipelineService::startHandoff(Lead &lead, const QString &by, const QString &rep, bool automatic, bool urgent)
{
    const Timestamp now = m_clock.now();
    Handoff h;
    h.leadId = lead.id;
    h.at = now;
    h.by = by;
    h.rep = rep;
    h.firstDeadline = now + m_config.reviewSlaMs();
    h.urgent = urgent;
    Result<qint64> id = m_leads.addHandoff(h);
    if (!id)
        return Error{id.error()};
    if (automatic && !rep.isEmpty()) {
        if (Status s = setRoundRobinLast(rep); !s)
            return s;
    }
    const QJsonObject payload{{QStringLiteral("handoff"), id.value()},  {QStringLiteral("to"), rep},
                              {QStringLiteral("deadline"), h.firstDeadline}, {QStringLiteral("auto"), automatic},
                              {QStringLiteral("urgent"), urgent},       {QStringLiteral("created"), lead.createdAt}};
    if (Result<qint64> e = record(lead, EventKind::HandedOff, by, payload); !e)
        return Error{e.error()};
    if (Status s = setStage(lead, Stage::Sal, by); !s)
        return s;
    lead.review = ReviewStatus::Pending;
    lead.owner = rep;
    lead.handoffId = id.value();
    lead.reviewDeadline = h.firstDeadline;
    lead.assignedAt = now;
    lead.reminded = false;
    lead.breached = false;
    return notify(rep, lead, QStringLiteral("assigned"),
                  HandoffTr::tr("New lead to review: %1").arg(lead.fields.displayName()));
}

Status PipelineService::demoBypass(Lead &lead)
{
    const Timestamp now = m_clock.now();
    if (lead.stage != Stage::Sal) {
        // Counts as one hand-off, accepted by the system at the same instant.
        QString rep = lead.owner;
        if (rep.isEmpty()) {
            // A demo request never waits: with every rep at capacity it still goes to
            // the next available one, over capacity.
            std::optional<QString> next = nextRep(QString());
            if (!next)
                next = nextRep(QString(), true);
            rep = next.value_or(QString());
        }
        if (Status s = startHandoff(lead, kSystemActor, rep, lead.owner.isEmpty(), true); !s)
            return s;
    }
    std::optional<Handoff> h = m_leads.handoff(lead.handoffId.value_or(0));
    if (!h)
        return Error{HandoffTr::tr("Lead %1 has no open hand-off.").arg(lead.id)};
    h->urgent = true;
    h->decision = QStringLiteral("accepted");
    h->decidedAt = now;
    h->decidedBy = kSystemActor;
    if (Status s = m_leads.updateHandoff(*h); !s)
        return s;
    const QJsonObject payload{{QStringLiteral("handoff"), h->id},
                              {QStringLiteral("rep"), h->rep},
                              {QStringLiteral("handed_off_at"), h->at},
                              {QStringLiteral("system"), true}};
    if (Result<qint64> e = record(lead, EventKind::Accepted, kSystemActor, payload); !e)
        return Error{e.error()};
    if (Status s = setStage(lead, Stage::Sql, kSystemActor, {{QStringLiteral("demo_request"), true}}); !s)
        return s;
    lead.review = ReviewStatus::Accepted;
    lead.urgent = true;
    return {};
}

Status PipelineService::handOff(const QString &leadId, const QString &by, const QString &to)
{
    MoveDetails details;
    details.to = to;
    return move(leadId, Stage::Sal, by, details);
}

Status PipelineService::accept(const QString &leadId, const QString &by)
{
    return run([&](Timestamp now) -> Status {
        Result<User> who = actor(by);
        if (!who)
            return Error{who.error()};
        Result<Lead> loaded = load(leadId);
        if (!loaded)
            return Error{loaded.error()};
        Lead &lead = loaded.value();
        if (lead.stage != Stage::Sal || lead.review != ReviewStatus::Pending)
            return Error{HandoffTr::tr("Only a SAL waiting for review can be accepted; this lead is in %1%2.")
                             .arg(stageDisplayName(lead.stage), lead.review == ReviewStatus::Accepted
                                                                    ? HandoffTr::tr(" and already accepted")
                                                                    : QString())};
        if (Status s = requireSales(who.value(), lead, HandoffTr::tr("accept")); !s)
            return s;
        std::optional<Handoff> h = m_leads.handoff(lead.handoffId.value_or(0));
        if (!h)
            return Error{HandoffTr::tr("Lead %1 has no open hand-off.").arg(lead.id)};
        h->decision = QStringLiteral("accepted");
        h->decidedAt = now;
        h->decidedBy = by;
        if (Status s = m_leads.updateHandoff(*h); !s)
            return s;
        const QJsonObject payload{{QStringLiteral("handoff"), h->id},
                                  {QStringLiteral("rep"), lead.owner},
                                  {QStringLiteral("handed_off_at"), h->at},
                                  {QStringLiteral("system"), false}};
        if (Result<qint64> e = record(lead, EventKind::Accepted, by, payload); !e)
            return Error{e.error()};
        lead.review = ReviewStatus::Accepted;
        lead.lastTouch = std::max(lead.lastTouch, now);
        if (lead.owner.isEmpty())
            lead.owner = by;
        return save(lead);
    });
}

Status PipelineService::closeHandoffToNurture(Lead &lead, const QString &actor, EventKind kind, QJsonObject payload)
{
    const QString rep = lead.owner;
    payload.insert(QStringLiteral("rep"), rep);
    if (lead.handoffId)
        payload.insert(QStringLiteral("handoff"), *lead.handoffId);
    if (Result<qint64> e = record(lead, kind, actor, payload); !e)
        return Error{e.error()};
    QJsonObject extra;
    for (const QString &key : {QStringLiteral("reason"), QStringLiteral("comment")}) {
        if (payload.contains(key))
            extra.insert(key, payload.value(key));
    }
    if (Status s = setStage(lead, Stage::Nurture, actor, extra); !s)
        return s;
    lead.owner.clear();
    lead.urgent = false;
    lead.review = ReviewStatus::None;
    lead.handoffId.reset();
    lead.reviewDeadline = 0;
    lead.assignedAt = 0;
    lead.reminded = false;
    lead.breached = false;
    return {};
}

Status PipelineService::reject(const QString &leadId, const QString &by, const QString &reason, const QString &comment)
{
    Result<Lead> l = load(leadId);
    if (!l)
        return Error{l.error()};
    MoveDetails details;
    details.reason = reason;
    details.comment = comment;
    if (l->stage != Stage::Sal && l->stage != Stage::Sql)
        return Error{HandoffTr::tr("Only a SAL can be rejected or an SQL disqualified; this lead is in %1.")
                         .arg(stageDisplayName(l->stage))};
    return move(leadId, Stage::Nurture, by, details);
}

Status PipelineService::markWon(const QString &leadId, const QString &by, std::optional<double> amount)
{
    MoveDetails details;
    details.amount = amount;
    return move(leadId, Stage::Won, by, details);
}

Status PipelineService::markLost(const QString &leadId, const QString &by, const QString &reason,
                                 const QString &comment)
{
    MoveDetails details;
    details.reason = reason;
    details.comment = comment;
    return move(leadId, Stage::Lost, by, details);
}

Status PipelineService::move(const QString &leadId, Stage to, const QString &by, const MoveDetails &details)
{
    return run([&](Timestamp) -> Status {
        Result<User> who = actor(by);
        if (!who)
            return Error{who.error()};
        Result<Lead> loaded = load(leadId);
        if (!loaded)
            return Error{loaded.error()};
        Lead &lead = loaded.value();
        const MoveRule rule = classifyMove(lead.stage, lead.review, to);
        if (!rule.allowed())
            return Error{rule.refusal};

        QJsonObject reasonPayload;
        if (rule.needsReason()) {
            const std::optional<RejectionReason> reason = m_catalog.reason(details.reason);
            if (details.reason.isEmpty())
                return Error{HandoffTr::tr("A reason is required to move a lead from %1 to %2.")
                                 .arg(stageDisplayName(lead.stage), stageDisplayName(to))};
            if (!reason)
                return Error{HandoffTr::tr("“%1” is not a rejection reason.").arg(details.reason)};
            if (reason->needsComment && details.comment.trimmed().isEmpty())
                return Error{HandoffTr::tr("The reason “%1” needs a comment that says why.").arg(reason->label)};
            reasonPayload = {{QStringLiteral("reason"), details.reason},
                             {QStringLiteral("comment"), details.comment.trimmed()}};
        }
        std::optional<double> amount = details.amount;
        if (rule.kind == MoveKind::Win && !amount)
            amount = lead.amount;
        if (rule.needsAmount() && (!amount || !std::isfinite(*amount) || *amount <= 0))
            return Error{
                HandoffTr::tr("Moving a lead to %1 needs a deal amount greater than zero.").arg(stageDisplayName(to))};

        switch (rule.kind) {
        case MoveKind::Qualify:
        case MoveKind::Requalify:
            if (Status s = requireMarketing(who.value(), HandoffTr::tr("qualify")); !s)
                return s;
            if (Status s = setStage(lead, Stage::Mql, by); !s)
                return s;
            break;
        case MoveKind::HandOff: {
            if (Status s = requireMarketing(who.value(), HandoffTr::tr("hand off")); !s)
                return s;
            QString rep = details.to;
            if (!rep.isEmpty()) {
                const std::optional<User> target = user(rep);
                if (!target)
                    return Error{HandoffTr::tr("There is no user “%1”.").arg(rep)};
                if (target->role != Role::SalesRep || !target->active)
                    return Error{HandoffTr::tr("%1 is not an active sales rep.").arg(target->name)};
                if (target->away)
                    return Error{HandoffTr::tr("%1 is away and takes no new leads.").arg(target->name)};
            } else {
                const std::optional<QString> next = nextRep(QString());
                if (!next)
                    return Error{
                        HandoffTr::tr("No sales rep is available: every rep is away, inactive or at capacity.")};
                rep = *next;
            }
            if (Status s = startHandoff(lead, by, rep, details.to.isEmpty(), false); !s)
                return s;
            break;
        }
        case MoveKind::QualifySql:
            if (Status s = requireSales(who.value(), lead, HandoffTr::tr("qualify")); !s)
                return s;
            if (Status s = setStage(lead, Stage::Sql, by); !s)
                return s;
            break;
        case MoveKind::Reject:
        case MoveKind::Disqualify: {
            if (Status s = requireSales(who.value(), lead, HandoffTr::tr("reject")); !s)
                return s;
            const bool pending = lead.review == ReviewStatus::Pending;
            QJsonObject payload = reasonPayload;
            payload.insert(QStringLiteral("kind"), rule.kind == MoveKind::Disqualify ? QStringLiteral("disqualify")
                                                   : pending                       ? QStringLiteral("reject")
                                                                                   : QStringLiteral("reject_accepted"));
            if (pending) {
                std::optional<Handoff> h = m_leads.handoff(lead.handoffId.value_or(0));
                if (h) {
                    h->decision = QStringLiteral("rejected");
                    h->decidedAt = m_clock.now();
                    h->decidedBy = by;
                    if (Status s = m_leads.updateHandoff(*h); !s)
                        return s;
                    payload.insert(QStringLiteral("handed_off_at"), h->at);
                }
            }
            if (Status s = closeHandoffToNurture(lead, by, EventKind::Rejected, payload); !s)
                return s;
            break;
        }
        case MoveKind::OpenOpportunity:
            if (Status s = requireSales(who.value(), lead, HandoffTr::tr("advance")); !s)
                return s;
            lead.amount = amount;
            if (Status s = setStage(lead, Stage::Opportunity, by, {{QStringLiteral("amount"), *amount}}); !s)
                return s;
            break;
        case MoveKind::Win: {
            if (Status s = requireSales(who.value(), lead, HandoffTr::tr("close")); !s)
                return s;
            lead.amount = amount;
            if (Result<qint64> e = record(lead, EventKind::Won, by, {{QStringLiteral("amount"), *amount}}); !e)
                return Error{e.error()};
            if (Status s = setStage(lead, Stage::Won, by, {{QStringLiteral("amount"), *amount}}); !s)
                return s;
            break;
        }
        case MoveKind::Lose: {
            if (Status s = requireSales(who.value(), lead, HandoffTr::tr("close")); !s)
                return s;
            QJsonObject payload = reasonPayload;
            payload.insert(QStringLiteral("amount"), lead.amount ? QJsonValue(*lead.amount) : QJsonValue());
            if (Result<qint64> e = record(lead, EventKind::Lost, by, payload); !e)
                return Error{e.error()};
            if (Status s = setStage(lead, Stage::Lost, by, reasonPayload); !s)
                return s;
            break;
        }
        case MoveKind::Refused: break;
        }
        return save(lead);
    });
}

Status PipelineService::reassignPending(Lead &lead, const QString &to, const QString &actor, const QString &cause,
                                        bool manual)
{
    const Timestamp now = m_clock.now();
    const QString from = lead.owner;
    QJsonObject payload{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}, {QStringLiteral("cause"), cause}};
    if (lead.stage == Stage::Sal && lead.review == ReviewStatus::Pending) {
        // The new rep gets a fresh review deadline; the hand-off keeps its first one.
        lead.reviewDeadline = now + m_config.reviewSlaMs();
        lead.reminded = false;
        payload.insert(QStringLiteral("deadline"), lead.reviewDeadline);
    }
    if (Result<qint64> e = record(lead, EventKind::Assigned, actor, payload); !e)
        return Error{e.error()};
    if (!manual) {
        if (Status s = setRoundRobinLast(to); !s)
            return s;
    }
    if (lead.handoffId) {
        if (std::optional<Handoff> h = m_leads.handoff(*lead.handoffId)) {
            h->rep = to;
            if (Status s = m_leads.updateHandoff(*h); !s)
                return s;
        }
    }
    lead.owner = to;
    lead.assignedAt = now;
    if (Status s = notify(to, lead, QStringLiteral("assigned"),
                          HandoffTr::tr("Lead reassigned to you: %1").arg(lead.fields.displayName()));
        !s)
        return s;
    if (cause == u"escalation")
        return notify(
            from, lead, QStringLiteral("escalated"),
            HandoffTr::tr("Escalated to %1 after twice the review SLA: %2").arg(to, lead.fields.displayName()));
    return {};
}

Status PipelineService::reassign(const QString &leadId, const QString &to, const QString &by)
{
    return run([&](Timestamp) -> Status {
        Result<User> who = actor(by);
        if (!who)
            return Error{who.error()};
        if (!mayReassign(who->role))
            return Error{HandoffTr::tr("%1 is a %2: only a sales manager or an administrator reassigns leads.")
                             .arg(who->name, roleDisplayName(who->role))};
        Result<Lead> loaded = load(leadId);
        if (!loaded)
            return Error{loaded.error()};
        Lead &lead = loaded.value();
        if (stageOwner(lead.stage) != Team::Sales || lead.stage == Stage::Won || lead.stage == Stage::Lost)
            return Error{HandoffTr::tr("Only an open sales lead (SAL, SQL or Opportunity) can be reassigned.")};
        const std::optional<User> target = user(to);
        if (!target || !isSalesRole(target->role) || !target->active)
            return Error{HandoffTr::tr("“%1” is not an active sales user.").arg(to)};
        // An away rep holds no pending SALs (they would be moved straight on).
        if (target->away && lead.stage == Stage::Sal && lead.review == ReviewStatus::Pending)
            return Error{HandoffTr::tr("%1 is away and takes no new leads to review.").arg(target->name)};
        if (lead.owner == to)
            return Error{HandoffTr::tr("The lead already belongs to %1.").arg(target->name)};
        if (Status s = reassignPending(lead, to, by, QStringLiteral("manual"), true); !s)
            return s;
        return save(lead);
    });
}

} // namespace baton
