#pragma once

#include "kpiinput.h"
#include "kpireport.h"

namespace baton {

// Computes every joint KPI for [period.from, period.to) as the log stood at period.asof.
// Pure: events after asof and events undone by an `undo` at or before asof are ignored.
KpiReport computeKpis(const KpiInput &input, const KpiPeriod &period);

// What a period's KPIs are worked out from, once the log has been read: counts, and the
// values behind each median, mean and sum. computeKpis() walks a KpiInput to fill it;
// storage can fill it from indexes without loading the log (storage/kpisource.h). Both
// then share kpiReport(), so the two ways cannot differ in arithmetic.
struct KpiTally
{
    struct Win
    {
        QString leadId;
        Timestamp at = 0;
        double amount = 0;
        std::optional<KpiLead> lead;                   // its attribution, when known
        std::optional<Timestamp> firstContentDownload; // the lead's first, in log order
    };

    int leadsCreated = 0;
    int mqls = 0;
    int handoffs = 0;
    int accepted = 0;
    int rejected = 0;
    int losses = 0;

    // Hand-offs in period: decided by the deadline, and decided late or pending past it.
    int slaInTime = 0;
    int slaFailed = 0;
    QStringList slaFailedLeads; // one per failed hand-off, in any order

    QList<double> reviewHours; // per review decision in period
    QList<double> responseMinutes, urgentResponseMinutes, normalResponseMinutes;

    int firstCrossed = 0; // leads whose first MQL crossing is in period
    int firstCrossedToSql = 0;
    int sqls = 0; // leads that reached sql in period
    int sqlsToOpportunity = 0;
    QStringList openOpportunityLeads; // in any order

    // Sums of money are added in this order (log order) so that every reader rounds alike.
    QList<Win> wins;
    // Spend records (those in period count), in storage's order for the same reason.
    QList<SpendEntry> spend;

    QMap<QString, int> rejectionsByReason;
    QMap<QString, int> rejectionsByCampaign;
    QMap<QString, int> rejectionsBySource;
};

// The KPIs of `period` from what was read of the log.
KpiReport kpiReport(KpiTally tally, const KpiPeriod &period);

} // namespace baton
