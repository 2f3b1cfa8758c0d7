#include "kpidetail.h"

#include <QDateTime>
#include <QHash>

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

double span(Timestamp from, Timestamp to, qint64 unitMs)
{
    return static_cast<double>(to - from) / static_cast<double>(unitMs);
}

// Calls `visit` on every event at or before asof that is not undone, in log order.
template<typename Visit>
void forEachLive(const KpiInput &input, Timestamp asof, Visit visit)
{
    const QSet<qint64> undone = undoneEvents(input.events, asof);
    for (const Event &event : input.events) {
        if (event.at <= asof && event.kind != EventKind::Undo && !undone.contains(event.id))
            visit(event);
    }
}

bool isOpen(Stage stage)
{
    return stage != Stage::Won && stage != Stage::Lost;
}

Timestamp startOfDay(QDate date, const QTimeZone &zone)
{
    return QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();
}

QDate mondayOf(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

} // namespace

QSet<qint64> undoneEvents(const QList<Event> &events, Timestamp asof)
{
    QSet<qint64> undone;
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->kind == EventKind::Undo && it->at <= asof && !undone.contains(it->id))
            undone.insert(jsonId(it->payload.value(u"undoes")));
    }
    return undone;
}

KpiInput trimmedForKpis(const KpiInput &input)
{
    KpiInput trimmed;
    trimmed.leads = input.leads;
    trimmed.spend = input.spend;
    trimmed.events.reserve(input.events.size() / 4);
    for (const Event &event : input.events) {
        switch (event.kind) {
        case EventKind::FieldChanged:
        case EventKind::ScoreChanged:
        case EventKind::Assigned:
        case EventKind::Recycled:
        case EventKind::SlaBreached: continue;
        case EventKind::Activity:
            if (event.payload.value(u"type").toString() != u"content_download")
                continue;
            break;
        default: break;
        }
        trimmed.events.append(event);
    }
    return trimmed;
}

KpiInput trendSlice(const KpiInput &input)
{
    KpiInput slice;
    for (const Event &event : input.events) {
        switch (event.kind) {
        case EventKind::StageChanged:
            if (!event.payload.value(u"crossing").toBool())
                continue;
            break;
        case EventKind::HandedOff:
        case EventKind::Accepted:
        case EventKind::Rejected:
        case EventKind::Undo: break;
        default: continue;
        }
        slice.events.append(event);
    }
    return slice;
}

QStringList funnelStepIds()
{
    return {QStringLiteral("created"), QStringLiteral("mql"),         QStringLiteral("sal"), QStringLiteral("accepted"),
            QStringLiteral("sql"),     QStringLiteral("opportunity"), QStringLiteral("won")};
}

QList<FunnelStep> periodFunnel(const KpiInput &input, const KpiPeriod &period)
{
    const QStringList ids = funnelStepIds();
    QList<QSet<QString>> reached(ids.size());
    const auto mark = [&](int step, const QString &lead) { reached[step].insert(lead); };
    forEachLive(input, period.asof, [&](const Event &e) {
        if (!period.contains(e.at))
            return;
        switch (e.kind) {
        case EventKind::Created: mark(0, e.leadId); break;
        case EventKind::StageChanged: {
            const QString to = e.payload.value(u"to").toString();
            if (e.payload.value(u"crossing").toBool())
                mark(1, e.leadId);
            if (to == u"sql")
                mark(4, e.leadId);
            else if (to == u"opportunity")
                mark(5, e.leadId);
            break;
        }
        case EventKind::HandedOff: mark(2, e.leadId); break;
        case EventKind::Accepted: mark(3, e.leadId); break;
        case EventKind::Won: mark(6, e.leadId); break;
        default: break;
        }
    });
    QList<FunnelStep> steps;
    for (int i = 0; i < ids.size(); ++i) {
        QStringList leads(reached[i].cbegin(), reached[i].cend());
        leads.sort();
        steps.append({ids[i], leads});
    }
    return steps;
}

int StageAging::total() const
{
    int n = 0;
    for (const QStringList &b : buckets)
        n += int(b.size());
    return n;
}

QList<StageAging> stageAging(const KpiInput &input, Timestamp asof)
{
    struct Where
    {
        Stage stage = Stage::New;
        Timestamp since = 0;
    };
    QHash<QString, Where> current;
    forEachLive(input, asof, [&](const Event &e) {
        if (e.kind == EventKind::Created) {
            current.insert(e.leadId, {Stage::New, e.at});
        } else if (e.kind == EventKind::StageChanged) {
            if (const std::optional<Stage> to = stageFromId(e.payload.value(u"to").toString()))
                current.insert(e.leadId, {*to, e.at});
        }
    });

    QList<StageAging> aging;
    QHash<Stage, int> row;
    for (Stage s : kAllStages) {
        if (isOpen(s)) {
            row.insert(s, int(aging.size()));
            aging.append(StageAging{s, {}});
        }
    }
    // Oldest first within a bucket: sort by entry time once.
    QList<std::pair<Timestamp, QString>> order;
    order.reserve(current.size());
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (isOpen(it->stage))
            order.append({it->since, it.key()});
    }
    std::sort(order.begin(), order.end());
    for (const auto &[since, lead] : order) {
        const double days = span(since, asof, kMsPerDay);
        int bucket = 0;
        while (bucket < int(kAgingBucketDays.size()) && days >= kAgingBucketDays[bucket])
            ++bucket;
        aging[row.value(current.value(lead).stage)].buckets[bucket].append(lead);
    }
    return aging;
}

ResponseTimes responseTimes(const KpiInput &input, const KpiPeriod &period)
{
    struct HandoffFacts
    {
        Timestamp at = 0;
        bool urgent = false;
    };
    QHash<qint64, HandoffFacts> handoffs;
    ResponseTimes times;
    forEachLive(input, period.asof, [&](const Event &e) {
        const QJsonObject &p = e.payload;
        switch (e.kind) {
        case EventKind::HandedOff:
            handoffs.insert(jsonId(p.value(u"handoff")), {e.at, p.value(u"urgent").toBool()});
            break;
        case EventKind::Accepted:
        case EventKind::Rejected: {
            if (!period.contains(e.at))
                break;
            if (e.kind == EventKind::Rejected && p.value(u"kind").toString() != u"reject")
                break;
            const auto handoff = handoffs.constFind(jsonId(p.value(u"handoff")));
            std::optional<Timestamp> start = jsonTime(p.value(u"handed_off_at"));
            if (!start && handoff != handoffs.cend())
                start = handoff->at;
            if (!start)
                break;
            const bool urgent = (handoff != handoffs.cend() && handoff->urgent) || p.value(u"system").toBool();
            times.reviewHours.append({e.leadId, span(*start, e.at, kMsPerHour), urgent});
            break;
        }
        case EventKind::FirstContact: {
            if (!period.contains(e.at))
                break;
            std::optional<Timestamp> start = jsonTime(p.value(u"handed_off_at"));
            if (const auto handoff = handoffs.constFind(jsonId(p.value(u"handoff")));
                !start && handoff != handoffs.cend())
                start = handoff->at;
            if (start)
                times.firstResponseMinutes.append(
                    {e.leadId, span(*start, e.at, kMsPerMinute), p.value(u"urgent").toBool()});
            break;
        }
        default: break;
        }
    });
    return times;
}

QList<double> sampleValues(const QList<DurationSample> &samples, std::optional<bool> urgent)
{
    QList<double> values;
    for (const DurationSample &s : samples) {
        if (!urgent || s.urgent == *urgent)
            values.append(s.value);
    }
    return values;
}

QStringList slowestLeads(const QList<DurationSample> &samples, std::optional<bool> urgent)
{
    QList<DurationSample> kept;
    for (const DurationSample &s : samples) {
        if (!urgent || s.urgent == *urgent)
            kept.append(s);
    }
    std::stable_sort(kept.begin(), kept.end(),
                     [](const DurationSample &a, const DurationSample &b) { return a.value > b.value; });
    QStringList leads;
    for (const DurationSample &s : kept)
        leads.append(s.leadId);
    return leads;
}

KpiPeriod isoWeekPeriod(int isoYear, int isoWeek, const QTimeZone &zone, Timestamp asof)
{
    const QDate monday = mondayOf(QDate(isoYear, 1, 4)).addDays(7LL * (isoWeek - 1));
    return {startOfDay(monday, zone), startOfDay(monday.addDays(7), zone), asof};
}

QList<KpiPeriod> weeksEnding(Timestamp lastInstant, int count, const QTimeZone &zone, Timestamp asof)
{
    const QDate last = mondayOf(QDateTime::fromMSecsSinceEpoch(lastInstant, zone).date());
    QList<KpiPeriod> weeks;
    for (int i = count - 1; i >= 0; --i) {
        const QDate monday = last.addDays(-7LL * i);
        weeks.append({startOfDay(monday, zone), startOfDay(monday.addDays(7), zone), asof});
    }
    return weeks;
}

KpiPeriod monthContaining(Timestamp instant, const QTimeZone &zone, Timestamp asof)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(instant, zone).date();
    const QDate first(d.year(), d.month(), 1);
    return {startOfDay(first, zone), startOfDay(first.addMonths(1), zone), asof};
}

} // namespace baton
