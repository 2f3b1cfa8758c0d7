#pragma once

#include "kpi/kpiinput.h"
#include "storage/feedbackstore.h"

#include <QHash>

#include <memory>

namespace baton {

class Database;

// What the KPI views read from the database at once, shared read-only between
// the worker that computes and the view that drills down (copies cost nothing).
struct KpiData
{
    std::shared_ptr<const KpiInput> input; // only what the KPIs read (FeedbackStore::trimmedKpiInput)
    std::shared_ptr<const QHash<QString, LeadLabel>> labels;
    std::shared_ptr<const QHash<qint64, FeedbackRead>> reads; // the feedback view's read marks
    qint64 eventsRead = 0;                                    // of those the KPIs read
    qint64 loadMs = 0;

    LeadLabel label(const QString &leadId) const;
};

KpiData loadKpiData(Database &db, Timestamp asof, bool withReads);

} // namespace baton
