#pragma once

#include "domain/pipelineconfig.h"
#include "kpiinput.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace baton {

// Marketing's feedback loop (PRODUCT.md "The hand-off contract"): what sales turned
// down in a period and why, and how each side kept the contract. Pure functions of
// a KpiInput read like computeKpis: events after asof or undone by then are ignored,
// and the counts equal KpiReport's rejections_by_reason, _by_campaign and _by_source.

// One rejection, disqualification or loss: a row of the comments list.
struct FeedbackItem
{
    qint64 eventId = 0; // the rejected or lost event: what a read mark refers to
    QString leadId;
    Timestamp at = 0;
    QString kind; // "reject" (pending SAL), "reject_accepted", "disqualify", "lost"
    QString rep;  // who turned it down
    QString reason;
    QString comment;
    QString campaign;
    QString source;
};

// Rejections of one reason, campaign or source, and the hand-offs of that campaign
// or source in the same period (for a reason, every hand-off).
struct FeedbackGroup
{
    QString key;
    int count = 0;
    int handoffs = 0;
    std::optional<double> share() const; // count ÷ hand-offs; null without hand-offs
    QStringList leads;                   // the leads behind count, newest rejection first
};

struct FeedbackReport
{
    KpiPeriod period;
    QList<FeedbackItem> items;       // newest first
    int handoffs = 0;                // hand-offs in period
    QList<FeedbackGroup> byReason;   // most first (a Pareto order), then by key
    QList<FeedbackGroup> byCampaign; // most first
    QList<FeedbackGroup> bySource;   // most first
    int total() const { return int(items.size()); }
};

FeedbackReport computeFeedback(const KpiInput &input, const KpiPeriod &period);

// Weekly counts of rejections (review rejects and rejects of accepted SALs),
// disqualifications and losses, one entry per period of `weeks`.
struct FeedbackWeek
{
    KpiPeriod period;
    int rejected = 0;
    int disqualified = 0;
    int lost = 0;
    QStringList leads;
};
QList<FeedbackWeek> feedbackByWeek(const KpiInput &input, const QList<KpiPeriod> &weeks);

// Both sides of the hand-off contract over one period (the SLA panel uses the month):
// - marketing delivers SALs: hand-offs in period, less those rejected as not_icp
//   (credited back), against its monthly commitment;
// - sales decides each hand-off of the period by its first deadline (as sla_compliance),
//   and contacts it within response_sla_hours of the hand-off. Hand-offs rejected at
//   review need no contact and are left out of that side; one not contacted when its
//   response deadline passed at asof counts as late, one still inside it is not judged.
struct ContractReport
{
    KpiPeriod period;
    int commitment = 0; // marketing's monthly SALs; 0 = none set
    int handoffs = 0;
    int creditedBack = 0;
    int delivered() const { return handoffs - creditedBack; }
    // The share of the commitment due by asof if SALs arrived evenly over the period.
    double expectedByAsof() const;
    QStringList creditedLeads;

    int decidedInTime = 0;
    int decidedLate = 0; // decided after the deadline, or still pending past it
    std::optional<double> decisionRate() const;
    QStringList lateDecisionLeads;

    int contactedInTime = 0;
    int contactedLate = 0; // contacted after the response deadline, or not contacted past it
    std::optional<double> contactRate() const;
    QStringList lateContactLeads;

    double reviewSlaHours = 0;
    double responseSlaHours = 0;
};
ContractReport computeContract(const KpiInput &input, const KpiPeriod &period, const PipelineConfig &config);

} // namespace baton
