#include "feedbacksnapshot.h"

#include "kpi/dashboardsnapshot.h"
#include "kpi/kpidetail.h"

#include <QElapsedTimer>

namespace baton {

FeedbackSnapshot computeFeedbackSnapshot(const KpiData &data, const FeedbackRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    FeedbackSnapshot s;
    s.request = request;
    s.data = data;
    const KpiPeriod &period = request.choice.period;
    s.report = computeFeedback(*data.input, period);
    s.weeks = feedbackByWeek(*data.input, trendWeeks(period, request.weeks, request.zone));
    s.contract = computeContract(*data.input, monthContaining(period.asof, request.zone, period.asof), request.config);
    s.computeMs = timer.elapsed();
    return s;
}

} // namespace baton
