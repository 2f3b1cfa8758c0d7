#pragma once

#include "feedbacksnapshot.h"
#include "kpi/chartstyle.h"
#include "kpi/dashboardcharts.h"

#include <QHash>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace baton {

// The feedback view's charts: rejections, disqualifications and losses of the period
// by reason (a Pareto chart: bars most first, cumulative share as a line), by campaign
// and by source (count, and share of that campaign's or source's hand-offs), and by week.
// nullptr when there is nothing to draw; feedbackEmptyReason() then says why.
//
// Drill-down keys: "reason", "campaign", "source" (index into the report's groups),
// "week" (index into snapshot.weeks).
enum class FeedbackChart { Reasons, Trend, Campaigns, Sources };

// Reason ids to their labels (the editable list in the database).
using ReasonLabels = QHash<QString, QString>;
QString reasonLabel(const ReasonLabels &labels, const QString &id);

QChart *buildFeedbackChart(FeedbackChart which, const FeedbackSnapshot &snapshot, const ReasonLabels &reasons,
                           const ChartStyle &style);
std::optional<EmptyReason> feedbackEmptyReason(FeedbackChart which, const FeedbackSnapshot &snapshot);
QString feedbackChartTitle(FeedbackChart which);
QString feedbackChartExplanation(FeedbackChart which);
QString feedbackChartFileName(FeedbackChart which);

// The groups behind a chart, in its order; at most kMostGroups (the rest are summed up in "other").
inline constexpr int kMostGroups = 10;
QList<FeedbackGroup> chartGroups(FeedbackChart which, const FeedbackSnapshot &snapshot);

} // namespace baton
