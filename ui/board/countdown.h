#pragma once

#include "domain/time.h"

#include <QString>

namespace baton {

// How a pending SAL's review deadline stands: calm, 75 % of the time gone, or
// past it (breached strictly after the deadline; a decision at it is in time).
enum class CountdownBand { Normal, Warn, Breached };

struct Countdown
{
    QString text; // "11 h left", "45 min left", "Due now", "Overdue 3 h"
    CountdownBand band = CountdownBand::Normal;
};

// The card's SLA chip for a review due at `deadline`, assigned at `assignedAt`.
// Time left rounds down (never promises more than there is), except the last
// minute, which still reads "1 min left"; overdue time rounds down too.
Countdown reviewCountdown(Timestamp deadline, Timestamp assignedAt, Timestamp now);

} // namespace baton
