#include "standupdeck.h"

#include "kpiengine.h"

#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace baton {

namespace {

// Payload ids may be JSON numbers or strings (a log that went through CSV); both mean the same.
qint64 jsonId(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : value.toInteger();
}

// The ids of the events undone at asof, as the KPI engine reads them: walking backwards,
// a later undo of an undo is seen first and brings the original event back.
QSet<qint64> undoneAt(const QList<Event> &events, Timestamp asof)
{
    QSet<qint64> undone;
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->kind == EventKind::Undo && it->at <= asof && !undone.contains(it->id))
            undone.insert(jsonId(it->payload.value(u"undoes")));
    }
    return undone;
}

bool isOpen(Stage stage)
{
    return stage == Stage::New || stage == Stage::Mql || stage == Stage::Sal || stage == Stage::Sql
           || stage == Stage::Opportunity;
}

bool isDeal(Stage stage)
{
    return stage == Stage::Sal || stage == Stage::Sql || stage == Stage::Opportunity;
}

// One hand-off as the log tells it up to asof.
struct HandoffTrack
{
    qint64 id = 0;
    QString leadId;
    std::optional<Timestamp> deadline; // the first one: an escalation does not move it
    bool urgent = false;
    QString rep; // holder: the hand-off's rep, then whoever it was reassigned to
    std::optional<Timestamp> decidedAt;
    std::optional<Timestamp> closedAt; // decided, or recycled undecided
    bool missed(Timestamp asof) const { return deadline && (decidedAt ? *decidedAt > *deadline : asof > *deadline); }
};

// Everything one pass over the log collects for the slides the KPI engine does not cover.
struct LogWalk
{
    QHash<qint64, HandoffTrack> handoffs;
    QHash<QString, qint64> openHandoff; // lead → its latest hand-off
    QSet<QString> sqlsLastWeek, sqlsWeekBefore;
    QList<const Event *> wins;     // last week
    QList<const Event *> feedback; // rejections of every kind and losses, last week
    StandupMarker marker;
};

LogWalk walk(const KpiInput &input, Timestamp asof, const KpiPeriod &lastWeek, const KpiPeriod &weekBefore,
             std::optional<Timestamp> since)
{
    LogWalk w;
    w.marker.since = since;
    const auto sinceMarker = [&](Timestamp at) { return since && at > *since; };
    const QSet<qint64> undone = undoneAt(input.events, asof);
    for (const Event &e : input.events) {
        if (e.at > asof || e.kind == EventKind::Activity || undone.contains(e.id))
            continue;
        const QJsonObject &p = e.payload;
        switch (e.kind) {
        case EventKind::HandedOff: {
            HandoffTrack h;
            h.id = jsonId(p.value(u"handoff"));
            h.leadId = e.leadId;
            if (p.value(u"deadline").isDouble())
                h.deadline = p.value(u"deadline").toInteger();
            h.urgent = p.value(u"urgent").toBool();
            h.rep = p.value(u"to").toString();
            w.handoffs.insert(h.id, h);
            w.openHandoff.insert(e.leadId, h.id);
            w.marker.handoffs += sinceMarker(e.at) ? 1 : 0;
            break;
        }
        case EventKind::Assigned:
            if (auto h = w.handoffs.find(w.openHandoff.value(e.leadId, -1)); h != w.handoffs.end() && !h->closedAt)
                h->rep = p.value(u"to").toString();
            break;
        case EventKind::Accepted:
        case EventKind::Rejected: {
            if (e.kind == EventKind::Rejected && lastWeek.contains(e.at))
                w.feedback.append(&e);
            if (e.kind == EventKind::Rejected && p.value(u"kind").toString() != u"reject")
                break; // not a review decision
            if (auto h = w.handoffs.find(jsonId(p.value(u"handoff"))); h != w.handoffs.end() && !h->decidedAt) {
                h->decidedAt = e.at;
                h->closedAt = e.at;
                if (const QString rep = p.value(u"rep").toString(); !rep.isEmpty())
                    h->rep = rep;
            }
            w.marker.decisions += sinceMarker(e.at) ? 1 : 0;
            break;
        }
        case EventKind::Recycled:
            if (auto h = w.handoffs.find(jsonId(p.value(u"handoff")));
                p.contains(u"handoff") && h != w.handoffs.end() && !h->closedAt)
                h->closedAt = e.at;
            break;
        case EventKind::StageChanged:
            if (p.value(u"to").toString() == u"sql") {
                if (lastWeek.contains(e.at))
                    w.sqlsLastWeek.insert(e.leadId);
                else if (weekBefore.contains(e.at))
                    w.sqlsWeekBefore.insert(e.leadId);
            }
            break;
        case EventKind::Won:
            if (lastWeek.contains(e.at))
                w.wins.append(&e);
            w.marker.wins += sinceMarker(e.at) ? 1 : 0;
            break;
        case EventKind::Lost:
            if (lastWeek.contains(e.at))
                w.feedback.append(&e);
            break;
        default: break;
        }
    }
    for (const HandoffTrack &h : std::as_const(w.handoffs)) {
        if (h.deadline && sinceMarker(*h.deadline) && h.missed(asof))
            ++w.marker.breaches;
    }
    return w;
}

QString nameOf(const StandupSource &source, const QString &userId)
{
    return source.userNames.value(userId, userId);
}

StandupLeadRow leadRow(const StandupSource &source, const StandupLead &lead, Timestamp asof)
{
    return {lead.id,
            lead.name,
            lead.company,
            lead.owner.isEmpty() ? QString() : nameOf(source, lead.owner),
            lead.stage,
            lead.score,
            double(asof - lead.stageSince) / double(kMsPerDay),
            lead.amount};
}

StandupWeekSlide weekSlide(const KpiReport &last, const KpiReport &before, const LogWalk &w)
{
    StandupWeekSlide s;
    s.lastWeek = last.period;
    s.weekBefore = before.period;
    s.figures = {
        {QStringLiteral("leads_created"), last.leadsCreated, before.leadsCreated, true},
        {QStringLiteral("mqls"), last.mqls, before.mqls, true},
        {QStringLiteral("handoffs"), last.handoffs, before.handoffs, true},
        {QStringLiteral("accepted"), last.accepted, before.accepted, true},
        {QStringLiteral("rejected"), last.rejected, before.rejected, false},
        {QStringLiteral("sqls"), int(w.sqlsLastWeek.size()), int(w.sqlsWeekBefore.size()), true},
        {QStringLiteral("wins"), last.wins, before.wins, true},
    };
    return s;
}

StandupHotSlide hotSlide(const StandupSource &source, Timestamp asof)
{
    QList<const StandupLead *> hot;
    for (const StandupLead &lead : source.leads) {
        if (isOpen(lead.stage) && lead.score >= source.config.mqlThreshold)
            hot.append(&lead);
    }
    const auto hotter = [](const StandupLead *a, const StandupLead *b) {
        return a->score != b->score ? a->score > b->score : a->id < b->id;
    };
    const qsizetype shown = std::min<qsizetype>(kStandupMaxItems, hot.size());
    std::partial_sort(hot.begin(), hot.begin() + shown, hot.end(), hotter);
    StandupHotSlide s;
    s.total = int(hot.size());
    s.mqlThreshold = source.config.mqlThreshold;
    s.sqlThreshold = source.config.sqlThreshold;
    for (qsizetype i = 0; i < shown; ++i)
        s.leads.append(leadRow(source, *hot.at(i), asof));
    return s;
}

StandupStuckSlide stuckSlide(const StandupSource &source, Timestamp asof)
{
    QList<const StandupLead *> deals;
    for (const StandupLead &lead : source.leads) {
        if (isDeal(lead.stage) && lead.stageSince <= asof)
            deals.append(&lead);
    }
    const auto older = [](const StandupLead *a, const StandupLead *b) {
        return a->stageSince != b->stageSince ? a->stageSince < b->stageSince : a->id < b->id;
    };
    const qsizetype shown = std::min<qsizetype>(kStandupMaxItems, deals.size());
    std::partial_sort(deals.begin(), deals.begin() + shown, deals.end(), older);
    StandupStuckSlide s;
    s.total = int(deals.size());
    s.coldDays = source.config.coldDays;
    for (qsizetype i = 0; i < shown; ++i)
        s.deals.append(leadRow(source, *deals.at(i), asof));
    return s;
}

StandupBreachSlide breachSlide(const StandupSource &source, const LogWalk &w, const KpiPeriod &lastWeek, Timestamp asof)
{
    StandupBreachSlide s;
    s.lastWeek = lastWeek;
    for (const HandoffTrack &h : w.handoffs) {
        if (!h.missed(asof))
            continue;
        const bool pending = !h.closedAt;
        const bool lastWeekMiss = lastWeek.contains(*h.deadline);
        if (!pending && !lastWeekMiss)
            continue;
        s.lastWeekCount += lastWeekMiss ? 1 : 0;
        s.pendingCount += pending ? 1 : 0;
        const StandupLead lead = source.leads.value(h.leadId);
        const Timestamp end = h.decidedAt.value_or(h.closedAt.value_or(asof));
        s.breaches.append({h.leadId, lead.name.isEmpty() ? h.leadId : lead.name, lead.company, nameOf(source, h.rep),
                           *h.deadline, end - *h.deadline, pending, h.decidedAt.has_value(), h.urgent});
    }
    std::sort(s.breaches.begin(), s.breaches.end(), [](const StandupBreach &a, const StandupBreach &b) {
        if (a.pending != b.pending)
            return a.pending;
        return a.lateMs != b.lateMs ? a.lateMs > b.lateMs : a.leadId < b.leadId;
    });
    s.total = int(s.breaches.size());
    s.breaches = s.breaches.mid(0, kStandupMaxItems);
    return s;
}

StandupFeedbackSlide feedbackSlide(const StandupSource &source, const LogWalk &w, const KpiPeriod &lastWeek)
{
    StandupFeedbackSlide s;
    s.lastWeek = lastWeek;
    s.total = int(w.feedback.size());
    QHash<QString, int> counts;
    for (const Event *e : w.feedback)
        ++counts[e->payload.value(u"reason").toString()];
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        s.reasons.append({it.key(), source.reasonLabels.value(it.key(), it.key()), it.value()});
    std::sort(s.reasons.begin(), s.reasons.end(), [](const StandupReasonCount &a, const StandupReasonCount &b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    s.reasons = s.reasons.mid(0, 3);
    s.otherReasons = s.total;
    for (const StandupReasonCount &r : std::as_const(s.reasons))
        s.otherReasons -= r.count;

    for (auto it = w.feedback.crbegin(); it != w.feedback.crend() && s.comments.size() < 4; ++it) {
        const Event &e = **it;
        const QString comment = e.payload.value(u"comment").toString().simplified();
        if (comment.isEmpty())
            continue;
        const StandupLead lead = source.leads.value(e.leadId);
        const QString rep = e.payload.value(u"rep").toString();
        const QString reason = e.payload.value(u"reason").toString();
        s.comments.append({e.leadId, lead.name.isEmpty() ? e.leadId : lead.name, lead.company,
                           nameOf(source, rep.isEmpty() ? e.actor : rep), source.reasonLabels.value(reason, reason),
                           comment, e.at});
    }
    return s;
}

StandupTarget target(const KpiReport &report, const QString &id, std::optional<double> min, std::optional<double> max)
{
    const std::optional<double> value = report.value(id);
    return {id, value, min, max, targetStatus(value, min, max), report.period};
}

StandupTargetSlide targetSlide(const KpiReport &lastWeek, const KpiReport &lastWeeks, const PipelineConfig &config)
{
    StandupTargetSlide s;
    s.lastWeek = lastWeek.period;
    s.lastWeeks = lastWeeks.period;
    s.targets = {
        target(lastWeek, QStringLiteral("sla_compliance"), 0.95, std::nullopt),
        target(lastWeek, QStringLiteral("median_review_hours"), std::nullopt, config.reviewSlaHours),
        target(lastWeek, QStringLiteral("median_first_response_minutes_urgent"), std::nullopt,
               config.urgentResponseMinutes),
        target(lastWeeks, QStringLiteral("mql_to_sql_rate"), 0.25, 0.35),
        target(lastWeeks, QStringLiteral("sql_to_opportunity_rate"), 0.40, 0.60),
    };
    return s;
}

StandupWinSlide winSlide(const StandupSource &source, const LogWalk &w, const KpiPeriod &lastWeek)
{
    StandupWinSlide s;
    s.lastWeek = lastWeek;
    QList<StandupWin> wins;
    for (const Event *e : w.wins) {
        const StandupLead lead = source.leads.value(e->leadId);
        // Whoever marked it won, unless the system did: then the rep who owns it.
        const QString rep = source.userNames.contains(e->actor) ? e->actor : lead.owner;
        const double amount = e->payload.value(u"amount").toDouble();
        wins.append(
            {e->leadId, lead.name.isEmpty() ? e->leadId : lead.name, lead.company, nameOf(source, rep), amount, e->at});
        s.revenue += amount;
    }
    std::sort(wins.begin(), wins.end(), [](const StandupWin &a, const StandupWin &b) {
        return a.amount != b.amount ? a.amount > b.amount : a.at < b.at;
    });
    s.total = int(wins.size());
    s.wins = wins.mid(0, kStandupMaxItems);
    return s;
}

} // namespace

bool StandupWeekSlide::isEmpty() const
{
    return std::all_of(figures.cbegin(), figures.cend(),
                       [](const StandupWeekFigure &f) { return f.lastWeek == 0 && f.weekBefore == 0; });
}

int StandupTargetSlide::onTarget() const
{
    return int(std::count_if(targets.cbegin(), targets.cend(),
                             [](const StandupTarget &t) { return t.status == TargetStatus::OnTarget; }));
}

bool StandupTargetSlide::isEmpty() const
{
    return std::all_of(targets.cbegin(), targets.cend(), [](const StandupTarget &t) { return !t.value; });
}

TargetStatus targetStatus(std::optional<double> value, std::optional<double> min, std::optional<double> max)
{
    if (!value)
        return TargetStatus::NoData;
    if (min && *value < *min)
        return TargetStatus::Below;
    if (max && (min ? *value > *max : *value >= *max))
        return TargetStatus::Above;
    return TargetStatus::OnTarget;
}

KpiPeriod standupWeek(Timestamp asof, int weeksBack)
{
    // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday.
    const qint64 day = asof >= 0 ? asof / kMsPerDay : -((-asof + kMsPerDay - 1) / kMsPerDay);
    const qint64 weekday = ((day + 3) % 7 + 7) % 7;
    const Timestamp monday = (day - weekday) * kMsPerDay;
    const Timestamp from = monday - qint64(weeksBack) * 7 * kMsPerDay;
    return {from, from + 7 * kMsPerDay, asof};
}

StandupDeck buildStandupDeck(const KpiInput &input, const StandupSource &source, Timestamp asof,
                             std::optional<Timestamp> lastStandup)
{
    const KpiPeriod lastWeek = standupWeek(asof, 1);
    const KpiPeriod weekBefore = standupWeek(asof, 2);
    const KpiReport last = computeKpis(input, lastWeek);
    const KpiReport before = computeKpis(input, weekBefore);
    const KpiReport weeks = computeKpis(input, {standupWeek(asof, kStandupConversionWeeks).from, lastWeek.to, asof});
    const LogWalk w = walk(input, asof, lastWeek, weekBefore, lastStandup);

    StandupDeck deck;
    deck.asof = asof;
    deck.marker = w.marker;
    deck.slides = {
        weekSlide(last, before, w),         hotSlide(source, asof),
        stuckSlide(source, asof),           breachSlide(source, w, lastWeek, asof),
        feedbackSlide(source, w, lastWeek), targetSlide(last, weeks, source.config),
        winSlide(source, w, lastWeek),
    };
    return deck;
}

StandupRun standupRun(std::optional<Timestamp> lastRun, std::optional<Timestamp> lastBase, Timestamp now)
{
    if (lastRun && now >= *lastRun && now - *lastRun < kStandupSameMeetingMs)
        return {lastBase, lastBase}; // restarted during the same meeting
    return {lastRun, lastRun};
}

} // namespace baton
