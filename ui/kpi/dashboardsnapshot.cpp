#include "dashboardsnapshot.h"

#include "kpi/kpiengine.h"

#include <QElapsedTimer>

namespace baton {

QList<KpiPeriod> trendWeeks(const KpiPeriod &period, int count, const QTimeZone &zone)
{
    // The last week with any time in it: a period that starts now shows the weeks before it.
    const Timestamp last = std::min(std::max(period.from, std::min(period.to, period.asof) - 1), period.asof - 1);
    return weeksEnding(last, count, zone, period.asof);
}

void computeDashboard(const KpiData &data, const DashboardRequest &request,
                      const std::function<bool(std::shared_ptr<const DashboardSnapshot>)> &publish)
{
    QElapsedTimer timer;
    timer.start();
    auto snapshot = std::make_shared<DashboardSnapshot>();
    snapshot->request = request;
    snapshot->data = data;
    const KpiInput &input = *data.input;
    const KpiPeriod &period = request.choice.period;
    snapshot->current = computeKpis(input, period);
    snapshot->previous = computeKpis(input, request.choice.previous);
    snapshot->funnel = periodFunnel(input, period);
    snapshot->aging = stageAging(input, period.asof);
    snapshot->times = responseTimes(input, period);
    snapshot->computeMs = timer.restart();
    if (!publish(std::make_shared<const DashboardSnapshot>(*snapshot)))
        return; // superseded: skip the trend

    const KpiInput slice = trendSlice(input);
    for (const KpiPeriod &week : trendWeeks(period, request.weeks, request.zone))
        snapshot->weekly.append(computeKpis(slice, week));
    snapshot->weeklyMs = timer.elapsed();
    snapshot->complete = true;
    publish(snapshot);
}

} // namespace baton
