#pragma once

#include "kpiinput.h"
#include "kpireport.h"

namespace baton {

// Computes every joint KPI for [period.from, period.to) as the log stood at period.asof.
// Pure: events after asof and events undone by an `undo` at or before asof are ignored.
KpiReport computeKpis(const KpiInput &input, const KpiPeriod &period);

} // namespace baton
