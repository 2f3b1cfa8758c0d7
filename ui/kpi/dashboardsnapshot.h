#pragma once

#include "domain/pipelineconfig.h"
#include "kpi/kpidetail.h"
#include "kpi/kpireport.h"
#include "kpidata.h"
#include "periodpicker.h"

#include <functional>
#include <memory>

namespace baton {

// Everything the KPI dashboard shows for one period, computed off the UI thread
// from one KpiData: the period's and the previous period's KpiReport (the tiles),
// the chart details, and one KpiReport per week of the trend.
struct DashboardRequest
{
    PeriodChoice choice;
    QTimeZone zone;
    PipelineConfig config;
    int weeks = 26;
};

struct DashboardSnapshot
{
    DashboardRequest request;
    KpiData data;
    KpiReport current;
    KpiReport previous;
    QList<FunnelStep> funnel;
    QList<StageAging> aging;
    ResponseTimes times;
    // One report a week, oldest first; empty until `complete`. Computed on the trend's
    // slice of the log (kpidetail.h trendSlice): only mqls, handoffs, accepted, rejected,
    // acceptanceRate, slaCompliance and slaFailedLeads are meaningful in them.
    QList<KpiReport> weekly;
    bool complete = false;
    qint64 computeMs = 0; // the tiles and details
    qint64 weeklyMs = 0;  // the weekly series
};

// The weeks of the trend: `count` ISO weeks ending with the one the period ends in.
QList<KpiPeriod> trendWeeks(const KpiPeriod &period, int count, const QTimeZone &zone);

// Computes the snapshot; publishes it twice: once without the weekly series (the
// tiles can show), then complete, unless `publish` said nobody wants it any more.
void computeDashboard(const KpiData &data, const DashboardRequest &request,
                      const std::function<bool(std::shared_ptr<const DashboardSnapshot>)> &publish);

} // namespace baton
