#pragma once

#include "domain/time.h"

#include <QString>

namespace baton {

// Short texts a card and a column header print, kept apart from painting so
// they can be tested as plain functions.

// Time in stage: "12 min", "5 h", "3 d", "6 w" (rounded down).
QString formatAge(qint64 ms);
// A deal total for a column header: "€950", "€9.5k", "€412k", "€1.2M".
QString formatCompactAmount(double amount);

} // namespace baton
