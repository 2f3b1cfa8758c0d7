#pragma once

#include "chartstyle.h"
#include "dashboardsnapshot.h"

#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace baton {

// The dashboard's charts (PRODUCT.md "Charts"), built from a snapshot for the
// screen or for print (the weekly report). Each builder returns a new chart, or
// nullptr when there is nothing to draw: then emptyReason() says why and what to do.
//
// Drill-down keys (ChartCard "drill" property) and what their index means:
//   "funnel"          index into snapshot.funnel
//   "trend:<kpi>"     index into snapshot.weekly; kpi = mqls, handoffs, acceptance, sla
//   "response"        row: 0 review normal, 1 review urgent, 2 first response normal, 3 urgent
//   "revenue"         index into revenueSources()
//   "aging:<bucket>"  index into snapshot.aging
enum class DashboardChart { Funnel, Trend, Response, Revenue, Aging };

struct EmptyReason
{
    QString why;
    QString whatToDo;
};

QChart *buildDashboardChart(DashboardChart which, const DashboardSnapshot &snapshot, const ChartStyle &style);
std::optional<EmptyReason> emptyReason(DashboardChart which, const DashboardSnapshot &snapshot);

QString dashboardChartTitle(DashboardChart which);
QString dashboardChartExplanation(DashboardChart which, const DashboardSnapshot *snapshot = nullptr);
QString dashboardChartFileName(DashboardChart which); // for "Save as PNG"

// The sources of the revenue chart, in its order (most revenue first).
QStringList revenueSources(const KpiReport &report);
// Labels of the chart's categories and buckets, for titles of drill-down lists.
QString funnelStepName(const QString &stepId);
QString agingBucketName(int bucket);
QString responseRowName(int row);

} // namespace baton
