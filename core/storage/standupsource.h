#pragma once

#include "domain/result.h"
#include "kpi/kpiinput.h"
#include "kpi/standupdeck.h"

namespace baton {

class Database;

// The KPI input the deck reads, as the database stood at `asof`: loadKpiInput()'s
// without the events no slide reads (activities, score and field changes, breach
// notices), which are most of the log: a refresh then costs a fraction of the time.
KpiInput loadStandupInput(Database &db, Timestamp asof);

// Reads what the stand-up deck needs besides the KPI input: every lead's current
// stage, score and owner, user names, reason labels and the pipeline configuration.
StandupSource loadStandupSource(Database &db);

// Settings keys of the "since last stand-up" marker: when stand-up mode last started,
// and what that meeting's marker counted from (a restart during a meeting keeps it).
inline const QString kLastStandupKey = QStringLiteral("last_standup");
inline const QString kLastStandupBaseKey = QStringLiteral("last_standup_base");

// What a stand-up starting at `now` would count its marker from, without recording it.
std::optional<Timestamp> standupMarkerSince(Database &db, Timestamp now);

// Records that stand-up mode starts at `now` and returns what its marker counts from.
// A database that cannot be written (read-only) still gets its marker; `saved` says why not.
StandupRun recordStandupRun(Database &db, Timestamp now, Status *saved = nullptr);

} // namespace baton
