#pragma once

#include "domain/stage.h"
#include "kpiinput.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

#include <array>

namespace baton {

// What the KPI dashboard's charts show besides the KpiReport's numbers: the leads
// behind each bar and point, and the distributions the report summarises. Pure
// functions of a KpiInput, read the same way as computeKpis: events after the
// period's asof and events undone by then are ignored.

// The ids of the events undone at `asof` (undoing an undo brings the event back).
QSet<qint64> undoneEvents(const QList<Event> &events, Timestamp asof);

// The same input without what no KPI reads (KpiInput's comment lists it): the
// weekly series computes 26 reports on one input, and they run several times faster on this.
KpiInput trimmedForKpis(const KpiInput &input);

// The slice of `input` the weekly trend reads: MQL crossings, hand-offs, review
// decisions and undos, without attribution. computeKpis on it gives exactly the
// trend's numbers (mqls, handoffs, accepted, rejected, acceptance_rate,
// sla_compliance and slaFailedLeads) and nothing else is meaningful; 26 weeks of
// reports cost a third of what they cost on the whole input.
KpiInput trendSlice(const KpiInput &input);

// Funnel of the period: the distinct leads that reached each step in the period.
// Steps, in order: created, mql (crossed the threshold), sal (handed off),
// accepted (review accepted, demo bypass included), sql, opportunity, won.
struct FunnelStep
{
    QString id;
    QStringList leads; // sorted
};
QList<FunnelStep> periodFunnel(const KpiInput &input, const KpiPeriod &period);
QStringList funnelStepIds();

// How long the leads open at `asof` have been in their current stage.
// Bucket i holds ages below kAgingBucketDays[i] days (and at least the bound before);
// the last bucket holds the rest.
inline constexpr std::array<int, 4> kAgingBucketDays = {1, 7, 30, 90};
inline constexpr int kAgingBuckets = int(kAgingBucketDays.size()) + 1;
struct StageAging
{
    Stage stage = Stage::New;
    std::array<QStringList, kAgingBuckets> buckets; // lead ids, oldest first
    int total() const;
};
// One entry per open stage (new, mql, sal, sql, opportunity, nurture), in board order.
QList<StageAging> stageAging(const KpiInput &input, Timestamp asof);

// One duration behind a median: the review time of a decision, or a first response.
struct DurationSample
{
    QString leadId;
    double value = 0; // hours for reviews, minutes for first responses
    bool urgent = false;
};
struct ResponseTimes
{
    QList<DurationSample> reviewHours;          // review decisions in period (as median_review_hours)
    QList<DurationSample> firstResponseMinutes; // first contacts in period (as median_first_response_minutes)
};
ResponseTimes responseTimes(const KpiInput &input, const KpiPeriod &period);

// The values of `samples` of one kind (urgent or not), and every value.
QList<double> sampleValues(const QList<DurationSample> &samples, std::optional<bool> urgent = std::nullopt);
// The lead ids of `samples` of one kind, slowest first.
QStringList slowestLeads(const QList<DurationSample> &samples, std::optional<bool> urgent = std::nullopt);

// Calendar periods in a time zone (the user's: a week starts on Monday at midnight there).
KpiPeriod isoWeekPeriod(int isoYear, int isoWeek, const QTimeZone &zone, Timestamp asof);
// The `count` ISO weeks ending with the one that contains `lastInstant`, oldest first.
QList<KpiPeriod> weeksEnding(Timestamp lastInstant, int count, const QTimeZone &zone, Timestamp asof);
// The calendar month that contains `instant`.
KpiPeriod monthContaining(Timestamp instant, const QTimeZone &zone, Timestamp asof);

} // namespace baton
