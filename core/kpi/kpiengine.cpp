#include "kpiengine.h"

#include "statistics.h"

#include <QJsonValue>
#include <QSet>

namespace baton {

namespace {

// Ids in payloads are written as JSON numbers, but a log that went through CSV or
// a hand-written scenario may carry them as strings; both mean the same event.
qint64 jsonId(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : value.toInteger();
}

std::optional<Timestamp> jsonTime(const QJsonValue &value)
{
    return value.isDouble() ? std::optional(value.toInteger()) : std::nullopt;
}

// A duration in a unit, as a real number: KPIs are not rounded.
double span(Timestamp from, Timestamp to, qint64 unitMs)
{
    return static_cast<double>(to - from) / static_cast<double>(unitMs);
}

// The ids of the events undone by asof. Walking backwards, every later undo that could
// cancel an undo has been seen first: undoing an undo brings the original event back.
QSet<qint64> undoneAt(const QList<Event> &events, Timestamp asof)
{
    QSet<qint64> undone;
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->kind == EventKind::Undo && it->at <= asof && !undone.contains(it->id))
            undone.insert(jsonId(it->payload.value(u"undoes")));
    }
    return undone;
}

bool readsEvent(EventKind kind)
{
    switch (kind) {
    case EventKind::FieldChanged:
    case EventKind::ScoreChanged:
    case EventKind::Assigned:    // an escalation's fresh deadline is not the SLA deadline
    case EventKind::Recycled:    // an undecided hand-off stays undecided for the SLA
    case EventKind::SlaBreached: // recomputed from the first deadline and asof
    case EventKind::Undo: return false;
    default: return true;
    }
}

// What the log says about one lead: plain values, so a large pipeline costs one hash
// lookup per event read and no allocation per lead.
struct LeadFacts
{
    const Event *created = nullptr; // attribution fallback when storage has no KpiLead
    std::optional<Timestamp> firstCrossing;
    std::optional<Timestamp> firstContentDownload;
    bool crossedInPeriod = false;
    bool reachedSql = false;
    bool sqlInPeriod = false;
    bool reachedOpportunity = false;
    bool inOpportunity = false; // its latest stage move went to opportunity
};

// Hand-offs are keyed by their id, which is global (handoffs.id in the database).
struct HandoffFacts
{
    QStringView leadId;
    Timestamp at = 0;
    std::optional<Timestamp> deadline;  // the first one: escalations do not move it
    std::optional<Timestamp> decidedAt; // the first accept or reject of the pending SAL
    bool inPeriod = false;
};

struct Decision
{
    qint64 handoff = 0;
    Timestamp at = 0;
    std::optional<Timestamp> handedOffAt;
};

struct Win
{
    QStringView leadId;
    Timestamp at = 0;
    double amount = 0;
};

// Everything one pass over the log collects. Lead ids are views into the input's
// events, which outlive the computation.
struct LogFacts
{
    QHash<QStringView, LeadFacts> leads;
    QHash<qint64, HandoffFacts> handoffs;
    QList<Decision> decisionsInPeriod; // their hand-off time is resolved once the log is read
    QList<Win> wins;
    QList<const Event *> rejections; // rejected (any kind) and lost, in period
};

void readEvent(const Event &event, bool inPeriod, LogFacts &facts, KpiTally &tally)
{
    const QJsonObject &p = event.payload;
    // Activities are most of the log and only content downloads count: skip the rest
    // before paying for the lead lookup.
    if (event.kind == EventKind::Activity && p.value(u"type").toString() != u"content_download")
        return;
    LeadFacts &lead = facts.leads[event.leadId];
    switch (event.kind) {
    case EventKind::Created:
        lead.created = &event;
        tally.leadsCreated += inPeriod ? 1 : 0;
        break;
    case EventKind::StageChanged: {
        const QString to = p.value(u"to").toString();
        if (p.value(u"crossing").toBool()) {
            lead.firstCrossing = lead.firstCrossing.value_or(event.at);
            lead.crossedInPeriod |= inPeriod;
        }
        lead.inOpportunity = to == u"opportunity";
        lead.reachedOpportunity |= lead.inOpportunity;
        if (to == u"sql") {
            lead.reachedSql = true;
            lead.sqlInPeriod |= inPeriod;
        }
        break;
    }
    case EventKind::HandedOff:
        facts.handoffs.insert(jsonId(p.value(u"handoff")),
                              {event.leadId, event.at, jsonTime(p.value(u"deadline")), std::nullopt, inPeriod});
        tally.handoffs += inPeriod ? 1 : 0;
        break;
    case EventKind::Accepted:
    case EventKind::Rejected: {
        if (event.kind == EventKind::Rejected && inPeriod)
            facts.rejections.append(&event);
        // Rejecting an accepted SAL or disqualifying an SQL is not a review decision.
        if (event.kind == EventKind::Rejected && p.value(u"kind").toString() != u"reject")
            break;
        const qint64 id = jsonId(p.value(u"handoff"));
        if (const auto handoff = facts.handoffs.find(id); handoff != facts.handoffs.end() && !handoff->decidedAt)
            handoff->decidedAt = event.at;
        if (!inPeriod)
            break;
        ++(event.kind == EventKind::Accepted ? tally.accepted : tally.rejected);
        facts.decisionsInPeriod.append({id, event.at, jsonTime(p.value(u"handed_off_at"))});
        break;
    }
    case EventKind::FirstContact: {
        if (!inPeriod)
            break;
        // The pipeline writes handed_off_at; the hand-off itself is the fallback.
        std::optional<Timestamp> start = jsonTime(p.value(u"handed_off_at"));
        if (const auto handoff = facts.handoffs.constFind(jsonId(p.value(u"handoff")));
            !start && handoff != facts.handoffs.cend())
            start = handoff->at;
        if (!start)
            break;
        const double minutes = span(*start, event.at, kMsPerMinute);
        tally.responseMinutes.append(minutes);
        (p.value(u"urgent").toBool() ? tally.urgentResponseMinutes : tally.normalResponseMinutes).append(minutes);
        break;
    }
    case EventKind::Activity: lead.firstContentDownload = lead.firstContentDownload.value_or(event.at); break;
    case EventKind::Won:
        if (inPeriod)
            facts.wins.append({event.leadId, event.at, p.value(u"amount").toDouble()});
        break;
    case EventKind::Lost:
        if (inPeriod) {
            ++tally.losses;
            facts.rejections.append(&event);
        }
        break;
    default: break; // not read: see readsEvent()
    }
}

// The lead's attribution: storage's, or else what its created event recorded.
std::optional<KpiLead> attribution(const KpiInput &input, const LogFacts &facts, QStringView leadId)
{
    if (const auto known = input.leads.constFind(leadId.toString()); known != input.leads.cend())
        return *known;
    if (const Event *created = facts.leads.value(leadId).created) {
        const QJsonObject &p = created->payload;
        return KpiLead{created->leadId, p.value(u"source").toString(), p.value(u"campaign").toString(), created->at};
    }
    return std::nullopt;
}

// Whether hand-offs were decided in time, and how long decisions took.
void tallyHandoffs(const LogFacts &facts, const KpiPeriod &period, KpiTally &tally)
{
    for (const HandoffFacts &handoff : facts.handoffs) {
        if (!handoff.inPeriod)
            continue;
        const std::optional<Timestamp> &decided = handoff.decidedAt;
        if (decided && (!handoff.deadline || *decided <= *handoff.deadline)) {
            ++tally.slaInTime;
        } else if (decided || (handoff.deadline && period.asof > *handoff.deadline)) {
            ++tally.slaFailed; // decided late, or undecided with the deadline passed at asof
            tally.slaFailedLeads.append(handoff.leadId.toString());
        }
        // else: still pending within its deadline, not judged yet
    }
    for (const Decision &decision : facts.decisionsInPeriod) {
        std::optional<Timestamp> handedOffAt = decision.handedOffAt;
        if (const auto handoff = facts.handoffs.constFind(decision.handoff);
            !handedOffAt && handoff != facts.handoffs.cend())
            handedOffAt = handoff->at;
        if (handedOffAt)
            tally.reviewHours.append(span(*handedOffAt, decision.at, kMsPerHour));
    }
}

// Conversion cohorts: leads that entered a stage in period, judged by what they reached by asof.
void tallyConversions(const LogFacts &facts, const KpiPeriod &period, KpiTally &tally)
{
    for (auto lead = facts.leads.cbegin(); lead != facts.leads.cend(); ++lead) {
        tally.mqls += lead->crossedInPeriod ? 1 : 0;
        if (lead->firstCrossing && period.contains(*lead->firstCrossing)) {
            ++tally.firstCrossed;
            tally.firstCrossedToSql += lead->reachedSql ? 1 : 0;
        }
        if (lead->sqlInPeriod) {
            ++tally.sqls;
            tally.sqlsToOpportunity += lead->reachedOpportunity ? 1 : 0;
        }
        if (lead->inOpportunity)
            tally.openOpportunityLeads.append(lead.key().toString());
    }
}

void tallyOutcomes(const KpiInput &input, const LogFacts &facts, KpiTally &tally)
{
    for (const Win &win : facts.wins) {
        tally.wins.append({win.leadId.toString(), win.at, win.amount, attribution(input, facts, win.leadId),
                           facts.leads.value(win.leadId).firstContentDownload});
    }
    for (const Event *event : facts.rejections) {
        const KpiLead lead = attribution(input, facts, event->leadId).value_or(KpiLead());
        ++tally.rejectionsByReason[event->payload.value(u"reason").toString()];
        ++tally.rejectionsByCampaign[lead.campaign];
        ++tally.rejectionsBySource[lead.source];
    }
    tally.spend = input.spend;
}

} // namespace

KpiReport computeKpis(const KpiInput &input, const KpiPeriod &period)
{
    KpiTally tally;
    LogFacts facts;
    facts.leads.reserve(input.leads.size());
    const QSet<qint64> undone = undoneAt(input.events, period.asof);
    for (const Event &event : input.events) {
        if (event.at <= period.asof && readsEvent(event.kind) && !undone.contains(event.id))
            readEvent(event, period.contains(event.at), facts, tally);
    }
    tallyHandoffs(facts, period, tally);
    tallyConversions(facts, period, tally);
    tallyOutcomes(input, facts, tally);
    return kpiReport(std::move(tally), period);
}

KpiReport kpiReport(KpiTally tally, const KpiPeriod &period)
{
    KpiReport report;
    report.period = period;
    report.leadsCreated = tally.leadsCreated;
    report.mqls = tally.mqls;
    report.handoffs = tally.handoffs;
    report.accepted = tally.accepted;
    report.rejected = tally.rejected;
    report.losses = tally.losses;

    // How reliably and how fast sales decides on hand-offs and responds to them.
    report.acceptanceRate = ratio(report.accepted, report.accepted + report.rejected);
    report.slaFailedLeads = std::move(tally.slaFailedLeads);
    report.slaFailedLeads.sort();
    report.slaCompliance = ratio(tally.slaInTime, tally.slaInTime + tally.slaFailed);
    report.medianReviewHours = median(std::move(tally.reviewHours));
    report.medianFirstResponseMinutes = median(tally.responseMinutes);
    report.p95FirstResponseMinutes = percentile(std::move(tally.responseMinutes), 0.95);
    report.medianFirstResponseMinutesUrgent = median(std::move(tally.urgentResponseMinutes));
    report.medianFirstResponseMinutesNormal = median(std::move(tally.normalResponseMinutes));

    report.mqlToSqlRate = ratio(tally.firstCrossedToSql, tally.firstCrossed);
    report.sqlToOpportunityRate = ratio(tally.sqlsToOpportunity, tally.sqls);
    report.openOpportunityLeads = std::move(tally.openOpportunityLeads);
    report.openOpportunityLeads.sort();
    report.openOpportunities = int(report.openOpportunityLeads.size());

    // Wins, what they brought and what they cost.
    report.wins = int(tally.wins.size());
    report.winRate = ratio(report.wins, report.wins + report.losses);
    QList<double> cycleDays;
    QMap<QString, int> winsBySource;
    int contentAssisted = 0;
    for (const KpiTally::Win &win : std::as_const(tally.wins)) {
        const KpiLead lead = win.lead.value_or(KpiLead());
        if (win.lead) // a lead of unknown creation has no cycle
            cycleDays.append(span(lead.createdAt, win.at, kMsPerDay));
        report.revenueWon += win.amount;
        report.revenueBySource[lead.source] += win.amount;
        report.revenueByCampaign[lead.campaign] += win.amount;
        ++winsBySource[lead.source];
        report.wonLeads.append(win.leadId);
        if (win.firstContentDownload && *win.firstContentDownload <= win.at)
            ++contentAssisted;
    }
    report.avgSalesCycleDays = mean(cycleDays);
    report.contentAssistedCloseRate = ratio(contentAssisted, report.wins);

    QMap<QString, double> spendBySource;
    for (const SpendEntry &entry : std::as_const(tally.spend)) {
        if (period.contains(entry.at)) {
            report.spend += entry.amount;
            spendBySource[entry.source] += entry.amount;
        }
    }
    report.costPerCustomer = ratio(report.spend, report.wins);
    for (auto it = spendBySource.cbegin(); it != spendBySource.cend(); ++it)
        report.costPerCustomerBySource.insert(it.key(), ratio(it.value(), winsBySource.value(it.key())));
    for (auto it = winsBySource.cbegin(); it != winsBySource.cend(); ++it)
        report.costPerCustomerBySource.insert(it.key(), ratio(spendBySource.value(it.key()), it.value()));

    // Velocity: what the open pipeline is expected to turn into money, per day.
    const std::optional<double> averageWon = ratio(report.revenueWon, report.wins);
    if (report.winRate && averageWon && report.avgSalesCycleDays && *report.avgSalesCycleDays != 0.0)
        report.pipelineVelocity = report.openOpportunities * *report.winRate * *averageWon / *report.avgSalesCycleDays;

    report.rejectionsByReason = std::move(tally.rejectionsByReason);
    report.rejectionsByCampaign = std::move(tally.rejectionsByCampaign);
    report.rejectionsBySource = std::move(tally.rejectionsBySource);
    return report;
}

} // namespace baton
