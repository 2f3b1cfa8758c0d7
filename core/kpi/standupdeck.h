#pragma once

#include "domain/pipelineconfig.h"
#include "domain/stage.h"
#include "kpiinput.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace baton {

// The weekly stand-up on the meeting-room screen (PRODUCT.md "Stand-up mode"): the
// slides' data, in the meeting's order, computed from the event log plus the few
// current-state facts the log does not carry cheaply. Pure: the UI formats and paints,
// storage fills StandupSource (storage/standupsource.h).

inline constexpr int kStandupMaxItems = 7; // at most 7 items on a slide (UI.md)

// The current state of one lead, as the stand-up names it.
struct StandupLead
{
    QString id;
    QString name;
    QString company;
    Stage stage = Stage::New;
    Timestamp stageSince = 0;
    QString owner; // user id; empty when marketing owns it
    int score = 0;
    std::optional<double> amount;
};

// What the deck reads besides the log.
struct StandupSource
{
    QHash<QString, StandupLead> leads;    // every lead, by id
    QHash<QString, QString> userNames;    // user id → display name
    QHash<QString, QString> reasonLabels; // rejection reason id → label
    PipelineConfig config;                // the review SLA and urgent targets
};

// Slide 1: one count, last week against the week before.
struct StandupWeekFigure
{
    QString id; // "leads_created", "mqls", "handoffs", "accepted", "rejected", "sqls", "wins"
    int lastWeek = 0;
    int weekBefore = 0;
    bool higherIsBetter = true; // false for rejections: a rise is bad news
    int delta() const { return lastWeek - weekBefore; }
};
struct StandupWeekSlide
{
    KpiPeriod lastWeek;
    KpiPeriod weekBefore;
    QList<StandupWeekFigure> figures; // the seven ids above, in that order
    bool isEmpty() const;             // nothing happened in either week
};

// A lead on a list slide, with the person to ask about it.
struct StandupLeadRow
{
    QString leadId;
    QString name;
    QString company;
    QString ownerName; // empty: marketing owns it
    Stage stage = Stage::New;
    int score = 0;
    double daysInStage = 0;
    std::optional<double> amount;
};

// Slide 2: open leads (new to opportunity) at or above the MQL threshold, highest score first.
struct StandupHotSlide
{
    QList<StandupLeadRow> leads; // at most kStandupMaxItems
    int total = 0;               // every such lead
    int mqlThreshold = 40;       // the score bands the badges show
    int sqlThreshold = 70;
    bool isEmpty() const { return leads.isEmpty(); }
};

// Slide 3: deals in SAL, SQL or Opportunity, longest in their stage first.
struct StandupStuckSlide
{
    QList<StandupLeadRow> deals; // at most kStandupMaxItems
    int total = 0;               // every deal in those stages
    int coldDays = 30;           // untouched this long, a lead goes cold: the age that alarms
    bool isEmpty() const { return deals.isEmpty(); }
};

// Slide 4: a hand-off that missed its first review deadline.
struct StandupBreach
{
    QString leadId;
    QString name;
    QString company;
    QString repName; // who held it at the deadline (or holds it now, if still pending)
    Timestamp deadline = 0;
    qint64 lateMs = 0;    // decision − deadline, or asof − deadline while pending
    bool pending = false; // still waiting for a decision at asof
    bool decided = false; // decided late; neither: closed undecided (gone cold)
    bool urgent = false;
};
struct StandupBreachSlide
{
    KpiPeriod lastWeek;
    QList<StandupBreach> breaches; // pending first, then the latest; each group latest first
    int lastWeekCount = 0;         // deadlines missed last week
    int pendingCount = 0;          // pending past their deadline at asof
    int total = 0;                 // distinct hand-offs of both kinds
    bool isEmpty() const { return breaches.isEmpty(); }
};

// Slide 5: why sales turned leads down last week.
struct StandupReasonCount
{
    QString reasonId;
    QString label;
    int count = 0;
};
struct StandupComment
{
    QString leadId;
    QString name;
    QString company;
    QString repName;
    QString reasonLabel;
    QString comment;
    Timestamp at = 0;
};
struct StandupFeedbackSlide
{
    KpiPeriod lastWeek;
    int total = 0;                     // rejections, disqualifications and losses (rejections_by_reason)
    QList<StandupReasonCount> reasons; // most first, at most 3 (the comments take the other 4 places)
    int otherReasons = 0;              // rejections under the reasons not listed
    QList<StandupComment> comments;    // newest first, at most 4
    bool isEmpty() const { return total == 0; }
};

// Slide 6: the joint KPIs that have a target. The hand-off KPIs are last week's; the
// conversion rates are over the last four weeks, because a week-old cohort has not had
// the time to convert and would always read as off target.
enum class TargetStatus { NoData, OnTarget, Below, Above };
inline constexpr int kStandupConversionWeeks = 4;
struct StandupTarget
{
    QString kpiId; // "sla_compliance", "median_review_hours", "median_first_response_minutes_urgent",
                   // "mql_to_sql_rate", "sql_to_opportunity_rate"
    std::optional<double> value;
    std::optional<double> min; // inclusive lower bound
    std::optional<double> max; // upper bound, exclusive when min is absent (a "less than" target)
    TargetStatus status = TargetStatus::NoData;
    KpiPeriod period; // last week, or the last four weeks
};
// A value against its target: `min` is inclusive; `max` is inclusive in a range and
// exclusive alone (a "less than" target such as a median review under 48 h).
TargetStatus targetStatus(std::optional<double> value, std::optional<double> min, std::optional<double> max);

struct StandupTargetSlide
{
    KpiPeriod lastWeek;
    KpiPeriod lastWeeks; // the conversion rates' period: the last kStandupConversionWeeks weeks
    QList<StandupTarget> targets;
    int onTarget() const;
    bool isEmpty() const; // no KPI had data
};

// Slide 7: last week's wins, largest first.
struct StandupWin
{
    QString leadId;
    QString name;
    QString company;
    QString repName;
    double amount = 0;
    Timestamp at = 0;
};
struct StandupWinSlide
{
    KpiPeriod lastWeek;
    QList<StandupWin> wins; // at most kStandupMaxItems
    int total = 0;
    double revenue = 0; // all of last week's wins, not only those listed
    bool isEmpty() const { return total == 0; }
};

using StandupSlide = std::variant<StandupWeekSlide, StandupHotSlide, StandupStuckSlide, StandupBreachSlide,
                                  StandupFeedbackSlide, StandupTargetSlide, StandupWinSlide>;

// What changed since the previous stand-up: (since, asof].
struct StandupMarker
{
    std::optional<Timestamp> since; // none: the first stand-up on this database
    int handoffs = 0;
    int decisions = 0; // review decisions: accepts (demo bypass included) and rejects of pending SALs
    int breaches = 0;  // first review deadlines missed
    int wins = 0;
};

struct StandupDeck
{
    Timestamp asof = 0;
    StandupMarker marker;
    QList<StandupSlide> slides; // the weekly agenda: week, hot, stuck, breaches, feedback, targets, wins
};

// The ISO week (Monday 00:00 UTC) before the one that contains `asof`, judged at asof;
// weeksBack = 2 gives the week before that.
KpiPeriod standupWeek(Timestamp asof, int weeksBack = 1);

StandupDeck buildStandupDeck(const KpiInput &input, const StandupSource &source, Timestamp asof,
                             std::optional<Timestamp> lastStandup);

// Which earlier stand-up the marker counts from, when a stand-up starts at `now`. A
// restart within `sameMeeting` of the last run is the same meeting and keeps its base.
struct StandupRun
{
    std::optional<Timestamp> markerSince; // what this run's marker counts from
    std::optional<Timestamp> storedBase;  // what to store as the base of this meeting
};
inline constexpr qint64 kStandupSameMeetingMs = 6 * kMsPerHour;
StandupRun standupRun(std::optional<Timestamp> lastRun, std::optional<Timestamp> lastBase, Timestamp now);

} // namespace baton
