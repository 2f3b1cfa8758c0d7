#pragma once

#include "domain/pipelineconfig.h"
#include "kpi/feedbackreport.h"
#include "kpi/kpidata.h"
#include "kpi/periodpicker.h"

namespace baton {

// What the feedback view shows for one period, computed off the UI thread from one
// KpiData: the period's rejections, their weekly trend, and the hand-off contract of
// the month that contains the period's asof (the SLA panel is always "this month").
struct FeedbackRequest
{
    PeriodChoice choice;
    QTimeZone zone;
    PipelineConfig config;
    int weeks = 12;
};

struct FeedbackSnapshot
{
    FeedbackRequest request;
    KpiData data;
    FeedbackReport report;
    QList<FeedbackWeek> weeks; // oldest first
    ContractReport contract;
    qint64 computeMs = 0;
};

FeedbackSnapshot computeFeedbackSnapshot(const KpiData &data, const FeedbackRequest &request);

} // namespace baton
