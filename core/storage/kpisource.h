#pragma once

#include "kpi/kpiinput.h"

namespace baton {

class Database;

// Reads what the KPI engine needs as the database stood at `asof`: the event
// log up to then, the attribution of every lead, and campaign spend.
KpiInput loadKpiInput(Database &db, Timestamp asof);

} // namespace baton
