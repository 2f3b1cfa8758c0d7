#include "dashboardcharts.h"
#include "kpiformat.h"

#include <QCoreApplication>

// What the dashboard says about its charts: titles, explanations, why one is empty,
// and the names of their categories. The builders are in dashboardcharts.cpp.

namespace baton {

namespace {
struct DashboardChartsTr
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
};
} // namespace

std::optional<EmptyReason> emptyReason(DashboardChart which, const DashboardSnapshot &s)
{
    switch (which) {
    case DashboardChart::Funnel:
        for (const FunnelStep &step : s.funnel) {
            if (!step.leads.isEmpty())
                return std::nullopt;
        }
        return EmptyReason{DashboardChartsTr::tr("No lead entered or moved through the pipeline in this period."),
                           DashboardChartsTr::tr("Pick a longer period, or import leads with File → Import.")};
    case DashboardChart::Trend:
        if (!s.complete)
            return EmptyReason{DashboardChartsTr::tr("Computing the weekly trend…"),
                               DashboardChartsTr::tr("The tiles above are already up to date.")};
        for (const KpiReport &r : s.weekly) {
            if (r.mqls > 0 || r.handoffs > 0 || r.acceptanceRate || r.slaCompliance)
                return std::nullopt;
        }
        return EmptyReason{
            DashboardChartsTr::tr("No MQLs and no hand-offs in the %n weeks up to this period.", nullptr,
                                  s.request.weeks),
            DashboardChartsTr::tr("Leads become MQLs when their score reaches the threshold: import leads and "
                                  "their activities to see the trend.")};
    case DashboardChart::Response:
        if (!s.times.reviewHours.isEmpty() || !s.times.firstResponseMinutes.isEmpty())
            return std::nullopt;
        return EmptyReason{
            DashboardChartsTr::tr("No review decision and no first contact in this period."),
            DashboardChartsTr::tr("Times appear once sales accepts, rejects or contacts handed-off leads.")};
    case DashboardChart::Revenue:
        if (!revenueSources(s.current).isEmpty())
            return std::nullopt;
        return EmptyReason{
            DashboardChartsTr::tr("No deal won and no campaign spend in this period."),
            DashboardChartsTr::tr("Revenue appears when opportunities are won; record campaign spend to see the "
                                  "cost per customer.")};
    case DashboardChart::Aging:
        for (const StageAging &a : s.aging) {
            if (a.total() > 0)
                return std::nullopt;
        }
        return EmptyReason{
            DashboardChartsTr::tr("No open lead in the pipeline."),
            DashboardChartsTr::tr("Import leads or create one to see how long leads stay in each stage.")};
    }
    return std::nullopt;
}

QString dashboardChartTitle(DashboardChart which)
{
    switch (which) {
    case DashboardChart::Funnel: return DashboardChartsTr::tr("Funnel");
    case DashboardChart::Trend: return DashboardChartsTr::tr("Weekly trend");
    case DashboardChart::Response: return DashboardChartsTr::tr("Review and first response");
    case DashboardChart::Revenue: return DashboardChartsTr::tr("Revenue and cost per customer by source");
    case DashboardChart::Aging: return DashboardChartsTr::tr("Stage aging");
    }
    return {};
}

QString dashboardChartExplanation(DashboardChart which, const DashboardSnapshot *s)
{
    switch (which) {
    case DashboardChart::Funnel:
        return DashboardChartsTr::tr(
            "Distinct leads that reached each step in the period, and as a share of the step above "
            "(both counted in the period: not one cohort).");
    case DashboardChart::Trend:
        return DashboardChartsTr::tr(
            "MQLs and hand-offs a week (left), acceptance and SLA compliance (right), %n weeks; the "
            "green band is the SLA target.",
            nullptr, s ? s->request.weeks : 26);
    case DashboardChart::Response:
        return DashboardChartsTr::tr(
                   "Median and 95th percentile against each target: review %1, first response %2, urgent %3.")
            .arg(formatMinutes((s ? s->request.config.reviewSlaHours : 48) * 60),
                 formatMinutes((s ? s->request.config.responseSlaHours : 24) * 60),
                 formatMinutes(s ? s->request.config.urgentResponseMinutes : 5));
    case DashboardChart::Revenue:
        return DashboardChartsTr::tr(
            "Revenue won in the period, and campaign spend ÷ wins (cost per customer), by lead source.");
    case DashboardChart::Aging:
        return DashboardChartsTr::tr("Open leads by how long they have been in their current stage, now.");
    }
    return {};
}

QString dashboardChartFileName(DashboardChart which)
{
    switch (which) {
    case DashboardChart::Funnel: return QStringLiteral("baton-funnel");
    case DashboardChart::Trend: return QStringLiteral("baton-weekly-trend");
    case DashboardChart::Response: return QStringLiteral("baton-response-times");
    case DashboardChart::Revenue: return QStringLiteral("baton-revenue-by-source");
    case DashboardChart::Aging: return QStringLiteral("baton-stage-aging");
    }
    return QStringLiteral("baton-chart");
}

QStringList revenueSources(const KpiReport &report)
{
    QStringList sources = report.revenueBySource.keys();
    for (auto it = report.costPerCustomerBySource.cbegin(); it != report.costPerCustomerBySource.cend(); ++it) {
        if (!sources.contains(it.key()))
            sources.append(it.key());
    }
    std::stable_sort(sources.begin(), sources.end(), [&report](const QString &a, const QString &b) {
        return report.revenueBySource.value(a) > report.revenueBySource.value(b);
    });
    return sources;
}

QString funnelStepName(const QString &stepId)
{
    if (stepId == u"created")
        return DashboardChartsTr::tr("Created");
    if (stepId == u"mql")
        return DashboardChartsTr::tr("MQL");
    if (stepId == u"sal")
        return DashboardChartsTr::tr("SAL");
    if (stepId == u"accepted")
        return DashboardChartsTr::tr("Accepted");
    if (stepId == u"sql")
        return DashboardChartsTr::tr("SQL");
    if (stepId == u"opportunity")
        return DashboardChartsTr::tr("Opportunity");
    if (stepId == u"won")
        return DashboardChartsTr::tr("Won");
    return stepId;
}

QString agingBucketName(int bucket)
{
    switch (bucket) {
    // Legend labels are rich text: no "<" in them.
    case 0: return DashboardChartsTr::tr("under 1 day");
    case 1: return DashboardChartsTr::tr("1–7 days");
    case 2: return DashboardChartsTr::tr("7–30 days");
    case 3: return DashboardChartsTr::tr("30–90 days");
    default: return DashboardChartsTr::tr("90 days or more");
    }
}

QString responseRowName(int row)
{
    switch (row) {
    case 0: return DashboardChartsTr::tr("Review · normal");
    case 1: return DashboardChartsTr::tr("Review · urgent");
    case 2: return DashboardChartsTr::tr("First response · normal");
    default: return DashboardChartsTr::tr("First response · urgent");
    }
}

} // namespace baton
