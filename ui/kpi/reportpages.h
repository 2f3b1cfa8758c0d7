#pragma once

#include "dashboardsnapshot.h"
#include "feedback/feedbackcharts.h"
#include "feedback/feedbacksnapshot.h"

#include <QHash>
#include <QSizeF>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace baton {

// Everything the weekly report prints, computed once before painting.
struct WeeklyReportData
{
    int isoYear = 0;
    int isoWeek = 0;
    int previousYear = 0;
    int previousWeek = 0;
    QTimeZone zone;
    DashboardSnapshot dashboard; // the week, compared with the week before
    FeedbackSnapshot feedback;   // the week's rejections; the contract of the month
    ReasonLabels reasons;
    QHash<QString, QString> userNames;
};

// Pages are painted on a logical A4 landscape page (96 dpi); the writer scales.
inline constexpr QSizeF kReportPageSize(1123, 794);
inline constexpr int kReportPages = 3;

void paintReportPage(QPainter &painter, int page, const WeeklyReportData &data);

} // namespace baton
