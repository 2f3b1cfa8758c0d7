#include "kpiengine.h"

#include "statistics.h"

#include <QJsonValue>
#include <QSet>

#include <algorithm>

namespace baton {

namespace {

// Ids in payloads are written as JSON numbers, but a log that went through CSV or
// a hand-written scenario may carry them as strings; both mean the same event.
qint64 jsonId(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : value.toInteger();
}

// Hand-offs are matched to their decisions by (lead, hand-off id), so per-lead
// hand-off numbering would work as well as global ids.
QString handoffKey(const Event &event)
{
    return event.leadId % QLatin1Char('/') % QString::number(jsonId(event.payload.value(u"handoff")));
}

// A duration in a unit, as a real number: KPIs are not rounded.
double span(Timestamp from, Timestamp to, qint64 unitMs)
{
    return static_cast<double>(to - from) / static_cast<double>(unitMs);
}

// The log as it stood at asof: nothing after it, and nothing undone by then.
// Undo markers themselves are dropped; they are not facts about the pipeline.
QList<const Event *> effectiveLog(const QList<Event> &events, Timestamp asof)
{
    QSet<qint64> undone;
    // Walking backwards, every later undo that could cancel this one has been seen
    // already: undoing an undo brings the original event back.
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->kind == EventKind::Undo && it->at <= asof && !undone.contains(it->id))
            undone.insert(jsonId(it->payload.value(u"undoes")));
    }
    QList<const Event *> log;
    log.reserve(events.size());
    for (const Event &event : events) {
        if (event.at <= asof && event.kind != EventKind::Undo && !undone.contains(event.id))
            log.append(&event);
    }
    return log;
}

struct Handoff
{
    QString leadId;
    Timestamp at = 0;
    std::optional<Timestamp> deadline; // the first one: escalations do not move it
};

struct Win
{
    QString leadId;
    Timestamp at = 0;
    double amount = 0;
};

// A review decision in period whose hand-off time may only be known once the whole
// log is read (a reject carries the hand-off id, not its time).
struct Decision
{
    QString handoff;
    Timestamp at = 0;
    std::optional<Timestamp> handedOffAt;
};

// Everything one pass over the log collects; the KPIs are derived from it afterwards.
struct LogFacts
{
    QHash<QString, Timestamp> createdAt;   // fallback when storage gave no KpiLead
    QHash<QString, KpiLead> createdOrigin; // idem, for source and campaign
    QHash<QString, Handoff> handoffs;      // by handoffKey
    QStringList handoffsInPeriod;
    QHash<QString, Timestamp> firstDecision; // by handoffKey: first accept or reject of the pending SAL
    QList<Decision> decisionsInPeriod;
    QHash<QString, Timestamp> firstCrossing;
    QSet<QString> crossedInPeriod, sqlInPeriod, reachedSql, reachedOpportunity;
    QHash<QString, QString> latestStage;
    QHash<QString, Timestamp> firstContentDownload;
    QList<double> responseMinutes, urgentResponseMinutes, normalResponseMinutes;
    QList<Win> wins;
    QList<const Event *> rejections; // rejected (any kind) and lost, in period
};

LogFacts readLog(const QList<const Event *> &log, const KpiPeriod &period, KpiReport &report)
{
    LogFacts facts;
    for (const Event *event : log) {
        const QJsonObject &p = event->payload;
        const QString &lead = event->leadId;
        const bool inPeriod = period.contains(event->at);
        switch (event->kind) {
        case EventKind::Created:
            facts.createdAt.insert(lead, event->at);
            facts.createdOrigin.insert(
                lead, KpiLead{lead, p.value(u"source").toString(), p.value(u"campaign").toString(), event->at});
            if (inPeriod)
                ++report.leadsCreated;
            break;
        case EventKind::StageChanged: {
            const QString to = p.value(u"to").toString();
            if (p.value(u"crossing").toBool()) {
                if (!facts.firstCrossing.contains(lead))
                    facts.firstCrossing.insert(lead, event->at);
                if (inPeriod)
                    facts.crossedInPeriod.insert(lead);
            }
            if (to == u"sql") {
                facts.reachedSql.insert(lead);
                if (inPeriod)
                    facts.sqlInPeriod.insert(lead);
            } else if (to == u"opportunity") {
                facts.reachedOpportunity.insert(lead);
            }
            facts.latestStage.insert(lead, to);
            break;
        }
        case EventKind::HandedOff: {
            const QString key = handoffKey(*event);
            const QJsonValue deadline = p.value(u"deadline");
            facts.handoffs.insert(
                key,
                Handoff{lead, event->at, deadline.isDouble() ? std::optional(deadline.toInteger()) : std::nullopt});
            if (inPeriod)
                facts.handoffsInPeriod.append(key);
            break;
        }
        case EventKind::Accepted:
        case EventKind::Rejected: {
            const bool isReview = event->kind == EventKind::Accepted || p.value(u"kind").toString() == u"reject";
            if (event->kind == EventKind::Rejected && inPeriod)
                facts.rejections.append(event);
            if (!isReview)
                break; // rejecting an accepted SAL or disqualifying an SQL is not a review decision
            const QString key = handoffKey(*event);
            if (!facts.firstDecision.contains(key))
                facts.firstDecision.insert(key, event->at);
            if (!inPeriod)
                break;
            (event->kind == EventKind::Accepted ? report.accepted : report.rejected) += 1;
            const QJsonValue handedOffAt = p.value(u"handed_off_at");
            facts.decisionsInPeriod.append(
                {key, event->at, handedOffAt.isDouble() ? std::optional(handedOffAt.toInteger()) : std::nullopt});
            break;
        }
        case EventKind::FirstContact: {
            if (!inPeriod)
                break;
            // The pipeline writes handed_off_at; the hand-off itself is the fallback.
            const QJsonValue handedOffAt = p.value(u"handed_off_at");
            const auto handoff = facts.handoffs.constFind(handoffKey(*event));
            if (!handedOffAt.isDouble() && handoff == facts.handoffs.cend())
                break;
            const Timestamp start = handedOffAt.isDouble() ? handedOffAt.toInteger() : handoff->at;
            const double minutes = span(start, event->at, kMsPerMinute);
            facts.responseMinutes.append(minutes);
            (p.value(u"urgent").toBool() ? facts.urgentResponseMinutes : facts.normalResponseMinutes).append(minutes);
            break;
        }
        case EventKind::Activity:
            if (p.value(u"type").toString() == u"content_download" && !facts.firstContentDownload.contains(lead))
                facts.firstContentDownload.insert(lead, event->at);
            break;
        case EventKind::Won:
            if (inPeriod)
                facts.wins.append({lead, event->at, p.value(u"amount").toDouble()});
            break;
        case EventKind::Lost:
            if (inPeriod) {
                ++report.losses;
                facts.rejections.append(event);
            }
            break;
        case EventKind::FieldChanged:
        case EventKind::ScoreChanged:
        case EventKind::Assigned: // an escalation's fresh deadline is not the SLA deadline
        case EventKind::Recycled:
        case EventKind::SlaBreached: // derived from deadlines, which are recomputed here
        case EventKind::Undo: break;
        }
    }
    return facts;
}

// The handoff KPIs: how fast and how reliably sales decides and responds.
void computeHandoffKpis(const LogFacts &facts, const KpiPeriod &period, KpiReport &report)
{
    report.handoffs = int(facts.handoffsInPeriod.size());
    report.acceptanceRate = ratio(report.accepted, report.accepted + report.rejected);

    int inTime = 0;
    int failed = 0; // decided late, or undecided with the deadline passed at asof
    for (const QString &key : facts.handoffsInPeriod) {
        const Handoff &handoff = facts.handoffs[key];
        const auto decided = facts.firstDecision.constFind(key);
        const bool hasDecision = decided != facts.firstDecision.cend();
        if (hasDecision && (!handoff.deadline || *decided <= *handoff.deadline)) {
            ++inTime;
        } else if (hasDecision || (handoff.deadline && period.asof > *handoff.deadline)) {
            ++failed;
            report.slaFailedLeads.append(handoff.leadId);
        }
        // else: still pending within its deadline, not yet judged
    }
    report.slaCompliance = ratio(inTime, inTime + failed);

    QList<double> reviewHours;
    for (const Decision &decision : facts.decisionsInPeriod) {
        std::optional<Timestamp> handedOffAt = decision.handedOffAt;
        if (!handedOffAt) {
            const auto handoff = facts.handoffs.constFind(decision.handoff);
            if (handoff != facts.handoffs.cend())
                handedOffAt = handoff->at;
        }
        if (handedOffAt)
            reviewHours.append(span(*handedOffAt, decision.at, kMsPerHour));
    }
    report.medianReviewHours = median(reviewHours);

    report.medianFirstResponseMinutes = median(facts.responseMinutes);
    report.p95FirstResponseMinutes = percentile(facts.responseMinutes, 0.95);
    report.medianFirstResponseMinutesUrgent = median(facts.urgentResponseMinutes);
    report.medianFirstResponseMinutesNormal = median(facts.normalResponseMinutes);
}

int countIn(const QSet<QString> &leads, const QSet<QString> &reached)
{
    return int(std::count_if(leads.cbegin(), leads.cend(), [&](const QString &l) { return reached.contains(l); }));
}

} // namespace

KpiReport computeKpis(const KpiInput &input, const KpiPeriod &period)
{
    KpiReport report;
    report.period = period;
    const QList<const Event *> log = effectiveLog(input.events, period.asof);
    const LogFacts facts = readLog(log, period, report);

    const auto origin = [&](const QString &lead) {
        const auto known = input.leads.constFind(lead);
        return known != input.leads.cend() ? *known : facts.createdOrigin.value(lead);
    };

    report.mqls = int(facts.crossedInPeriod.size());
    computeHandoffKpis(facts, period, report);

    // Conversion cohorts: entered the stage in period, judged by what they reached by asof.
    QSet<QString> firstCrossedInPeriod;
    for (auto it = facts.firstCrossing.cbegin(); it != facts.firstCrossing.cend(); ++it) {
        if (period.contains(it.value()))
            firstCrossedInPeriod.insert(it.key());
    }
    report.mqlToSqlRate = ratio(countIn(firstCrossedInPeriod, facts.reachedSql), firstCrossedInPeriod.size());
    report.sqlToOpportunityRate = ratio(countIn(facts.sqlInPeriod, facts.reachedOpportunity), facts.sqlInPeriod.size());

    // Wins and what they cost.
    report.wins = int(facts.wins.size());
    report.winRate = ratio(report.wins, report.wins + report.losses);
    QList<double> cycleDays;
    QMap<QString, int> winsBySource;
    int contentAssisted = 0;
    for (const Win &win : facts.wins) {
        const KpiLead lead = origin(win.leadId);
        const bool knowsCreation = input.leads.contains(win.leadId) || facts.createdAt.contains(win.leadId);
        if (knowsCreation)
            cycleDays.append(span(lead.createdAt, win.at, kMsPerDay));
        report.revenueWon += win.amount;
        report.revenueBySource[lead.source] += win.amount;
        report.revenueByCampaign[lead.campaign] += win.amount;
        ++winsBySource[lead.source];
        report.wonLeads.append(win.leadId);
        const auto download = facts.firstContentDownload.constFind(win.leadId);
        if (download != facts.firstContentDownload.cend() && *download <= win.at)
            ++contentAssisted;
    }
    report.avgSalesCycleDays = mean(cycleDays);
    report.contentAssistedCloseRate = ratio(contentAssisted, report.wins);

    QMap<QString, double> spendBySource;
    for (const SpendEntry &entry : input.spend) {
        if (!period.contains(entry.at))
            continue;
        report.spend += entry.amount;
        spendBySource[entry.source] += entry.amount;
    }
    report.costPerCustomer = ratio(report.spend, report.wins);
    for (auto it = spendBySource.cbegin(); it != spendBySource.cend(); ++it)
        report.costPerCustomerBySource.insert(it.key(), ratio(it.value(), winsBySource.value(it.key())));
    for (auto it = winsBySource.cbegin(); it != winsBySource.cend(); ++it)
        report.costPerCustomerBySource.insert(it.key(), ratio(spendBySource.value(it.key()), it.value()));

    // Velocity: what the open pipeline is expected to turn into money, per day.
    for (auto it = facts.latestStage.cbegin(); it != facts.latestStage.cend(); ++it) {
        if (it.value() == u"opportunity")
            report.openOpportunityLeads.append(it.key());
    }
    report.openOpportunityLeads.sort();
    report.openOpportunities = int(report.openOpportunityLeads.size());
    const std::optional<double> averageWon = ratio(report.revenueWon, report.wins);
    if (report.winRate && averageWon && report.avgSalesCycleDays && *report.avgSalesCycleDays != 0.0)
        report.pipelineVelocity = report.openOpportunities * *report.winRate * *averageWon / *report.avgSalesCycleDays;

    for (const Event *event : facts.rejections) {
        const KpiLead lead = origin(event->leadId);
        ++report.rejectionsByReason[event->payload.value(u"reason").toString()];
        ++report.rejectionsByCampaign[lead.campaign];
        ++report.rejectionsBySource[lead.source];
    }
    return report;
}

} // namespace baton
