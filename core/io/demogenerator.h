#pragma once

#include "domain/result.h"
#include "domain/time.h"

#include <QString>

#include <functional>

namespace baton {

struct DemoOptions
{
    int leads = 2000;
    quint32 seed = 1;
    Timestamp end = 0;             // the demo's "now"; 0 = the current hour
    int activitiesPerLead = 20;    // on average
    int days = 182;                // about six months of history
    std::function<bool(int done, int total)> progress; // return false to cancel
};

// Generates a living demo pipeline into a new database file at `path` by driving
// the pipeline service with actions under a manual clock, so every event, score
// and KPI is consistent. Same options, same file content.
Status generateDemo(const QString &path, const DemoOptions &options);

} // namespace baton
