#pragma once

#include "kpiinput.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace baton {

// The joint KPIs of PRODUCT.md for one period. Counts are plain numbers; every rate,
// median, mean and quotient is optional because over an empty set it is null, never 0.
struct KpiReport
{
    KpiPeriod period;

    int leadsCreated = 0;
    int mqls = 0;
    int handoffs = 0;
    int accepted = 0; // review decisions: accepts of a pending SAL, demo bypass included
    int rejected = 0; // review decisions: rejects of a pending SAL only

    std::optional<double> acceptanceRate;
    std::optional<double> slaCompliance;
    std::optional<double> medianReviewHours;
    std::optional<double> medianFirstResponseMinutes;
    std::optional<double> p95FirstResponseMinutes;
    std::optional<double> medianFirstResponseMinutesUrgent;
    std::optional<double> medianFirstResponseMinutesNormal;
    std::optional<double> mqlToSqlRate;
    std::optional<double> sqlToOpportunityRate;
    std::optional<double> winRate;
    std::optional<double> avgSalesCycleDays;
    std::optional<double> costPerCustomer;
    std::optional<double> pipelineVelocity; // money per day
    std::optional<double> contentAssistedCloseRate;

    double revenueWon = 0;
    int wins = 0;
    int losses = 0;
    double spend = 0;
    int openOpportunities = 0;

    QMap<QString, double> revenueBySource;
    QMap<QString, double> revenueByCampaign;
    QMap<QString, std::optional<double>> costPerCustomerBySource; // CAC by channel
    QMap<QString, int> rejectionsByReason;                        // rejects of every kind + disqualifications + losses
    QMap<QString, int> rejectionsByCampaign;
    QMap<QString, int> rejectionsBySource;

    // Drill-down: the lead ids behind some numbers, so a chart bar can open its leads.
    QStringList wonLeads;
    QStringList slaFailedLeads; // decided late, or still pending past the deadline
    QStringList openOpportunityLeads;

    // A KPI by its id in PRODUCT.md's table ("acceptance_rate", ...). "rejections_by_reason"
    // is the total; a breakdown entry is "<breakdown>.<key>" with the breakdowns
    // rejections_by_reason, rejections_by_campaign, rejections_by_source, revenue_by_source,
    // revenue_by_campaign and cost_per_customer_by_source (a key with no entry counts 0,
    // or null for a cost). nullopt for an empty rate and for an unknown id: use isKpiId()
    // to tell them apart.
    std::optional<double> value(const QString &kpiId) const;

    static const QStringList &kpiIds();     // the scalar ids, in the order of PRODUCT.md's table
    static bool isKpiId(const QString &id); // a scalar id or "<breakdown>.<key>"

    // {"period": {from, to, asof}, "kpis": {id: number | null}, "<breakdown>": {key: number | null}, ...}
    QJsonObject toJson() const;
};

} // namespace baton
