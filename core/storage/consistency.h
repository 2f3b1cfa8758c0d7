#pragma once

#include "domain/event.h"
#include "domain/lead.h"

#include <QStringList>

namespace baton {

class Database;

// The event log is the source of truth: folding a lead's events must give the
// current-state row. Returns what disagrees ("L1: stage is sal, the log says sql").
QStringList compareWithLog(const Lead &lead, const QList<Event> &events);

// compareWithLog over every lead of the database.
QStringList checkConsistency(Database &db);

} // namespace baton
