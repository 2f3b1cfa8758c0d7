#pragma once

// The benchmark's measurements that need no window: import, rescoring and KPIs,
// each with its baseline, on a database file the caller has copied for it.

#include "domain/result.h"
#include "domain/time.h"

#include <QString>

namespace baton::bench {

// Writes `rows` synthetic leads (names, e-mails, companies, sources, creation
// times before `now`) as a CSV of Baton's own columns. Same arguments, same file.
Status writeImportCsv(const QString &path, int rows, Timestamp now);

struct ImportTimes
{
    double bareInsertMs = 0; // a prepared INSERT of the parsed rows into a plain table, one transaction
    double importMs = 0;     // LeadImport plan + apply into a new Baton database
    int rows = 0;
    int leadsWritten = 0;
};
// Both into new files under `scratch`, the clock at `now`.
Result<ImportTimes> measureImport(const QString &csvPath, const QString &scratch, Timestamp now);

struct RescoreTimes
{
    double readActivitiesMs = 0; // SELECT lead_id, type, at, properties FROM activities, every row read
    double publishMs = 0;        // PipelineService::publishModel with one weight changed
    qint64 activities = 0;
    int leads = 0;
};
// Writes to `database`: give it a copy.
Result<RescoreTimes> measureRescore(const QString &database, Timestamp now);

struct KpiTimes
{
    double scanMs = 0; // the quarter's events, every column of every row read
    double kpiMs = 0;  // queryKpis (the KPI indexes), as `baton kpi` does
    qint64 events = 0;
    int wins = 0; // a sanity figure of the report
};
// Median of `repeats` runs of each, [from, to) as of `to`.
Result<KpiTimes> measureKpis(const QString &database, Timestamp from, Timestamp to, int repeats);

} // namespace baton::bench
