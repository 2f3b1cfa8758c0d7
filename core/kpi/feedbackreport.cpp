#include "feedbackreport.h"

#include "kpidetail.h"
#include "statistics.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace baton {

namespace {

qint64 jsonId(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : value.toInteger();
}

std::optional<Timestamp> jsonTime(const QJsonValue &value)
{
    return value.isDouble() ? std::optional(value.toInteger()) : std::nullopt;
}

// Attribution as the KPI engine reads it: storage's, else the created event's.
class Attribution
{
public:
    explicit Attribution(const KpiInput &input) : m_input(input) {}

    void created(const Event &e)
    {
        if (!m_input.leads.contains(e.leadId))
            m_fallback.insert(e.leadId, {e.leadId, e.payload.value(u"source").toString(),
                                         e.payload.value(u"campaign").toString(), e.at});
    }
    KpiLead of(const QString &leadId) const
    {
        if (const auto it = m_input.leads.constFind(leadId); it != m_input.leads.cend())
            return *it;
        return m_fallback.value(leadId);
    }

private:
    const KpiInput &m_input;
    QHash<QString, KpiLead> m_fallback;
};

// Visits live events (at or before asof, not undone) in log order.
template<typename Visit>
void forEachLive(const KpiInput &input, Timestamp asof, Visit visit)
{
    const QSet<qint64> undone = undoneEvents(input.events, asof);
    for (const Event &event : input.events) {
        if (event.at <= asof && event.kind != EventKind::Undo && !undone.contains(event.id))
            visit(event);
    }
}

QList<FeedbackGroup> sortedGroups(const QMap<QString, FeedbackGroup> &groups)
{
    QList<FeedbackGroup> list = groups.values();
    std::stable_sort(list.begin(), list.end(),
                     [](const FeedbackGroup &a, const FeedbackGroup &b) { return a.count > b.count; });
    return list;
}

} // namespace

std::optional<double> FeedbackGroup::share() const
{
    return ratio(count, handoffs);
}

FeedbackReport computeFeedback(const KpiInput &input, const KpiPeriod &period)
{
    FeedbackReport report;
    report.period = period;
    Attribution attribution(input);
    QMap<QString, int> handoffsByCampaign, handoffsBySource;
    forEachLive(input, period.asof, [&](const Event &e) {
        if (e.kind == EventKind::Created)
            attribution.created(e);
        if (!period.contains(e.at))
            return;
        const QJsonObject &p = e.payload;
        if (e.kind == EventKind::HandedOff) {
            const KpiLead lead = attribution.of(e.leadId);
            ++report.handoffs;
            ++handoffsByCampaign[lead.campaign];
            ++handoffsBySource[lead.source];
        } else if (e.kind == EventKind::Rejected || e.kind == EventKind::Lost) {
            const KpiLead lead = attribution.of(e.leadId);
            const QString kind = e.kind == EventKind::Lost ? QStringLiteral("lost") : p.value(u"kind").toString();
            const QString rep = p.value(u"rep").toString();
            report.items.append({e.id, e.leadId, e.at, kind, rep.isEmpty() ? e.actor : rep,
                                 p.value(u"reason").toString(), p.value(u"comment").toString(), lead.campaign,
                                 lead.source});
        }
    });
    std::stable_sort(report.items.begin(), report.items.end(), [](const FeedbackItem &a, const FeedbackItem &b) {
        return a.at != b.at ? a.at > b.at : a.eventId > b.eventId;
    });

    QMap<QString, FeedbackGroup> byReason, byCampaign, bySource;
    const auto add = [](QMap<QString, FeedbackGroup> &groups, const QString &key, const FeedbackItem &item) {
        FeedbackGroup &g = groups[key];
        g.key = key;
        ++g.count;
        if (!g.leads.contains(item.leadId))
            g.leads.append(item.leadId);
    };
    for (const FeedbackItem &item : std::as_const(report.items)) {
        add(byReason, item.reason, item);
        add(byCampaign, item.campaign, item);
        add(bySource, item.source, item);
    }
    for (FeedbackGroup &g : byReason)
        g.handoffs = report.handoffs;
    for (FeedbackGroup &g : byCampaign)
        g.handoffs = handoffsByCampaign.value(g.key);
    for (FeedbackGroup &g : bySource)
        g.handoffs = handoffsBySource.value(g.key);
    report.byReason = sortedGroups(byReason);
    report.byCampaign = sortedGroups(byCampaign);
    report.bySource = sortedGroups(bySource);
    return report;
}

QList<FeedbackWeek> feedbackByWeek(const KpiInput &input, const QList<KpiPeriod> &weeks)
{
    QList<FeedbackWeek> result;
    for (const KpiPeriod &w : weeks)
        result.append({w, 0, 0, 0, {}});
    if (weeks.isEmpty())
        return result;
    Timestamp asof = 0;
    for (const KpiPeriod &w : weeks)
        asof = std::max(asof, w.asof);
    forEachLive(input, asof, [&](const Event &e) {
        if (e.kind != EventKind::Rejected && e.kind != EventKind::Lost)
            return;
        const auto week = std::find_if(result.begin(), result.end(), [&](const FeedbackWeek &w) {
            return w.period.contains(e.at) && e.at <= w.period.asof;
        });
        if (week == result.end())
            return;
        if (e.kind == EventKind::Lost)
            ++week->lost;
        else if (e.payload.value(u"kind").toString() == u"disqualify")
            ++week->disqualified;
        else
            ++week->rejected;
        week->leads.append(e.leadId);
    });
    return result;
}

double ContractReport::expectedByAsof() const
{
    const Timestamp length = period.to - period.from;
    if (commitment <= 0 || length <= 0)
        return 0;
    const Timestamp elapsed = std::clamp<Timestamp>(period.asof - period.from, 0, length);
    return commitment * static_cast<double>(elapsed) / static_cast<double>(length);
}

std::optional<double> ContractReport::decisionRate() const
{
    return ratio(decidedInTime, decidedInTime + decidedLate);
}

std::optional<double> ContractReport::contactRate() const
{
    return ratio(contactedInTime, contactedInTime + contactedLate);
}

ContractReport computeContract(const KpiInput &input, const KpiPeriod &period, const PipelineConfig &config)
{
    struct Handoff
    {
        QString lead;
        Timestamp at = 0;
        std::optional<Timestamp> deadline;
        std::optional<Timestamp> decidedAt;
        bool rejectedAtReview = false;
        bool notIcp = false;
        std::optional<Timestamp> contactedAt;
    };
    QMap<qint64, Handoff> handoffs; // ordered by id: the lists below come out in hand-off order
    forEachLive(input, period.asof, [&](const Event &e) {
        const QJsonObject &p = e.payload;
        const qint64 id = jsonId(p.value(u"handoff"));
        switch (e.kind) {
        case EventKind::HandedOff:
            if (period.contains(e.at))
                handoffs.insert(id, {e.leadId, e.at, jsonTime(p.value(u"deadline")), {}, false, false, {}});
            break;
        case EventKind::Accepted:
            if (auto h = handoffs.find(id); h != handoffs.end() && !h->decidedAt)
                h->decidedAt = e.at;
            break;
        case EventKind::Rejected:
            if (auto h = handoffs.find(id); h != handoffs.end() && p.contains(u"handoff")) {
                if (p.value(u"kind").toString() == u"reject" && !h->decidedAt) {
                    h->decidedAt = e.at;
                    h->rejectedAtReview = true;
                }
                h->notIcp |= p.value(u"reason").toString() == u"not_icp";
            }
            break;
        case EventKind::FirstContact:
            if (auto h = handoffs.find(id); h != handoffs.end() && !h->contactedAt)
                h->contactedAt = e.at;
            break;
        default: break;
        }
    });

    ContractReport c;
    c.period = period;
    c.commitment = config.marketingMonthlySals;
    c.reviewSlaHours = config.reviewSlaHours;
    c.responseSlaHours = config.responseSlaHours;
    const auto responseMs = static_cast<qint64>(config.responseSlaHours * static_cast<double>(kMsPerHour));
    for (const Handoff &h : std::as_const(handoffs)) {
        ++c.handoffs;
        if (h.notIcp) {
            ++c.creditedBack;
            c.creditedLeads.append(h.lead);
        }
        if (h.decidedAt && (!h.deadline || *h.decidedAt <= *h.deadline)) {
            ++c.decidedInTime;
        } else if (h.decidedAt || (h.deadline && period.asof > *h.deadline)) {
            ++c.decidedLate;
            c.lateDecisionLeads.append(h.lead);
        }
        if (h.rejectedAtReview)
            continue;
        const Timestamp due = h.at + responseMs;
        if (h.contactedAt && *h.contactedAt <= due) {
            ++c.contactedInTime;
        } else if (h.contactedAt || period.asof > due) {
            ++c.contactedLate;
            c.lateContactLeads.append(h.lead);
        }
    }
    return c;
}

} // namespace baton
