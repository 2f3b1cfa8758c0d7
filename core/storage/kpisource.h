#pragma once

#include "kpi/kpiinput.h"
#include "kpi/kpireport.h"

namespace baton {

class Database;

// Reads what the KPI engine needs as the database stood at `asof`: the event
// log up to then, the attribution of every lead, and campaign spend.
KpiInput loadKpiInput(Database &db, Timestamp asof);

// Every joint KPI of `period`, read from the KPI indexes of lead_events (migration 0005)
// without loading the log: a quarter of a 100 000-lead pipeline in tens of milliseconds.
// The same report as computeKpis(loadKpiInput(db, period.asof), period) on a log the
// pipeline wrote, where each hand-off has one handed_off event and every event's lead
// is in the leads table.
KpiReport queryKpis(Database &db, const KpiPeriod &period);

} // namespace baton
